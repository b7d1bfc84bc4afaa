namespace CsEtiquette.Cli.Commands;

/// <summary><c>cse template</c> (not implemented yet; its issue replaces this file).</summary>
internal static class TemplateCommand
{
    public static int Run(string[] args, CliIO io)
    {
        _ = args;
        io.Error.WriteLine("cse template: not implemented yet.");
        return ExitCodes.Usage;
    }
}
