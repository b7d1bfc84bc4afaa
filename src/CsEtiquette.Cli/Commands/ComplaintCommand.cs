namespace CsEtiquette.Cli.Commands;

/// <summary><c>cse complaint</c> (not implemented yet; its issue replaces this file).</summary>
internal static class ComplaintCommand
{
    public static int Run(string[] args, CliIO io)
    {
        _ = args;
        io.Error.WriteLine("cse complaint: not implemented yet.");
        return ExitCodes.Usage;
    }
}
