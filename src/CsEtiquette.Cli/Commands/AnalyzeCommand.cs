namespace CsEtiquette.Cli.Commands;

/// <summary><c>cse analyze</c> (not implemented yet; its issue replaces this file).</summary>
internal static class AnalyzeCommand
{
    public static int Run(string[] args, CliIO io)
    {
        _ = args;
        io.Error.WriteLine("cse analyze: not implemented yet.");
        return ExitCodes.Usage;
    }
}
