namespace CsEtiquette.Cli.Commands;

/// <summary><c>cse report</c> (not implemented yet; its issue replaces this file).</summary>
internal static class ReportCommand
{
    public static int Run(string[] args, CliIO io)
    {
        _ = args;
        io.Error.WriteLine("cse report: not implemented yet.");
        return ExitCodes.Usage;
    }
}
