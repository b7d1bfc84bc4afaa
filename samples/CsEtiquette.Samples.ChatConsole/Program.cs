using CsEtiquette.Samples.ChatConsole;
using Spectre.Console;

Console.OutputEncoding = System.Text.Encoding.UTF8;
return ChatConsoleApp.Run(args, Console.In, AnsiConsole.Console);
