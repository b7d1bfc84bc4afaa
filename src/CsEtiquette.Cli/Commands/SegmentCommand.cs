namespace CsEtiquette.Cli.Commands;

/// <summary><c>cse segment</c> (not implemented yet; its issue replaces this file).</summary>
internal static class SegmentCommand
{
    public static int Run(string[] args, CliIO io)
    {
        _ = args;
        io.Error.WriteLine("cse segment: not implemented yet.");
        return ExitCodes.Usage;
    }
}
