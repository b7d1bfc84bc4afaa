using Spectre.Console;

namespace CsEtiquette.Cli;

/// <summary>Spectre.Console consoles over a command's writer: colours on a terminal, plain text otherwise.</summary>
internal static class Consoles
{
    public static IAnsiConsole Create(TextWriter output)
    {
        var isTerminal = output is not StringWriter && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!isTerminal)
        {
            console.Profile.Width = 160;
        }

        return console;
    }
}
