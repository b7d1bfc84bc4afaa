namespace CsEtiquette.Cli;

/// <summary>The three standard streams of one CLI invocation (real console or test doubles).</summary>
internal sealed record CliIO(TextReader In, TextWriter Out, TextWriter Error);
