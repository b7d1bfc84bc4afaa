using Spectre.Console;

namespace CsEtiquette.Cli;

/// <summary>Spectre.Console consoles over a command's writer: colours on a terminal, plain text otherwise.</summary>
internal static class Consoles
{
    public static IAnsiConsole Create(TextWriter output)
    {
        var isTerminal = ConsoleSafeWriter.Unwrap(output) is not StringWriter && !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            // A terminal gets Spectre's colour sequences, so the raw writer: callers neutralise user data
            // (ConsoleText.Neutralize) before it goes into markup. Otherwise the safe writer does it.
            Out = new AnsiConsoleOutput(isTerminal ? ConsoleSafeWriter.Unwrap(output) : output),
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
