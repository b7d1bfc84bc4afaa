namespace CsEtiquette.Cli.Commands;

/// <summary><c>cse rewrite</c> (not implemented yet; its issue replaces this file).</summary>
internal static class RewriteCommand
{
    public static int Run(string[] args, CliIO io)
    {
        _ = args;
        io.Error.WriteLine("cse rewrite: not implemented yet.");
        return ExitCodes.Usage;
    }
}
