using System.Diagnostics;
using System.Text;
using CsEtiquette.Segmentation;
using CsEtiquette.Tests.Cli;

namespace CsEtiquette.Tests.Security;

/// <summary>Input files are UTF-8 (a BOM is stripped, never text; FF FE is not UTF-16) and an output that is the input
/// under another name — a hard link included — is refused (#17).</summary>
public sealed class FileInputIdentityTests : IDisposable
{
    private static readonly byte[] Utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly string _dir = Directory.CreateTempSubdirectory("cse-input-identity-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] prefix, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, [.. prefix, .. Encoding.UTF8.GetBytes(text)]);
        return path;
    }

    [Fact]
    public void LintFile_WithUtf8Bom_FindsAtColumn1_AndTheTextHasNoBom()
    {
        var path = Write("bom.txt", Utf8Bom, "不知道\n");
        var (code, output, _) = CliHarness.Run("", "lint", path, "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("\"start\":0,", output, StringComparison.Ordinal);
        Assert.Contains("\"text\":\"不知道\"", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\uFEFF", output, StringComparison.Ordinal);
        Assert.DoesNotContain("\\uFEFF", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void LintFile_StartingWithFFFE_IsReadAsUtf8_NotUtf16()
    {
        // Read as UTF-16 the line is mojibake and nothing is found; read as UTF-8 (the contract) 不知道 is flagged.
        var path = Write("fffe.txt", [0xFF, 0xFE], "不知道\n");
        var (_, output, _) = CliHarness.Run("", "lint", path, "--format", "json");
        Assert.Contains("\"text\":\"不知道\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void LexiconLoad_WithUtf8Bom_StripsIt_FromTheFirstWord()
    {
        var path = Write("dict.txt", Utf8Bom, "云计算 5 n\n创新办 3 i\n");
        var lexicon = Lexicon.Load(path);
        Assert.Equal(5, lexicon.GetFrequency("云计算"));
        Assert.Null(lexicon.GetFrequency("\uFEFF云计算"));

        var user = Lexicon.CreateDefaultCopy();
        user.LoadUserDictionary(Write("user.txt", Utf8Bom, "李小福 2 nr\n"));
        Assert.Equal(2, user.GetFrequency("李小福"));
    }

    [Fact]
    public void LexiconLoad_StartingWithFFFE_IsReadAsUtf8()
    {
        // As UTF-16 the bytes would decode as other CJK characters; as UTF-8 (the contract) FF FE are two U+FFFD,
        // and the error names the file and line 1.
        var path = Write("dict16.txt", [0xFF, 0xFE, (byte)'\n'], "云计算 5 n\n");
        var ex = Assert.Throws<LexiconFormatException>(() => Lexicon.Load(path));
        Assert.Contains("line 1", ex.Message, StringComparison.Ordinal);
        Assert.Contains("\uFFFD\uFFFD", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_OutputThatIsAHardLinkToTheInput_IsRefused()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // hard links via ln(1)
        }

        var log = Write("chat.jsonl", [], """{"conversation":"c1","role":"customer","text":"你好","at":"2026-11-24T10:00:00+08:00"}""" + "\n");
        var before = File.ReadAllText(log);
        var link = Path.Combine(_dir, "out.json");
        using (var ln = Process.Start(new ProcessStartInfo("ln", [log, link]) { UseShellExecute = false })!)
        {
            ln.WaitForExit();
            Assert.Equal(0, ln.ExitCode);
        }

        var (code, _, err) = CliHarness.Run("", "report", log, "--json", link);
        Assert.Equal(2, code);
        Assert.Contains("input", err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(log));

        // Two outputs that are hard links of each other are refused as the same file.
        var other = Path.Combine(_dir, "other.html");
        File.WriteAllText(other, "x");
        var twin = Path.Combine(_dir, "twin.json");
        using (var ln = Process.Start(new ProcessStartInfo("ln", [other, twin]) { UseShellExecute = false })!)
        {
            ln.WaitForExit();
        }

        Assert.Equal(2, CliHarness.Run("", "report", log, "--html", other, "--json", twin).Code);
    }
}
