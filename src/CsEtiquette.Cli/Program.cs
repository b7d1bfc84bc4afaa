using System.Text;
using CsEtiquette.Cli;

Console.InputEncoding = Encoding.UTF8;
Console.OutputEncoding = new UTF8Encoding(false);
// 64 K buffers: the standard streams are unbuffered, so the reader/writer buffer is the syscall size (with the 4 K
// defaults `cse segment` spent a third of its time in 17,000 read/write calls on a 14 MB input).
using var stdin = CliIO.OpenUtf8(Console.OpenStandardInput(), 1 << 16);
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
using var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true };
var code = CliApp.Run(args, new CliIO(stdin, stdout, stderr));
stdout.Flush();
return code;
