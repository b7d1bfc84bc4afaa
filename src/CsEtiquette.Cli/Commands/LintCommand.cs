namespace CsEtiquette.Cli.Commands;

/// <summary><c>cse lint</c> (not implemented yet; its issue replaces this file).</summary>
internal static class LintCommand
{
    public static int Run(string[] args, CliIO io)
    {
        _ = args;
        io.Error.WriteLine("cse lint: not implemented yet.");
        return ExitCodes.Usage;
    }
}
