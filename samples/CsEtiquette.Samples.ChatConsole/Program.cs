using CsEtiquette.Samples.ChatConsole;
using Spectre.Console;

Console.OutputEncoding = System.Text.Encoding.UTF8;
if (Console.IsOutputRedirected)
{
    // Piped output (CI, README captures): no wrapping at 80 columns.
    AnsiConsole.Profile.Width = 1000;
}

return ChatConsoleApp.Run(args, Console.In, AnsiConsole.Console);
