using System.Text;
using CsEtiquette.Cli;

Console.InputEncoding = Encoding.UTF8;
Console.OutputEncoding = new UTF8Encoding(false);
using var stdin = CliIO.OpenUtf8(Console.OpenStandardInput());
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
using var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
var code = CliApp.Run(args, new CliIO(stdin, stdout, stderr));
stdout.Flush();
return code;
