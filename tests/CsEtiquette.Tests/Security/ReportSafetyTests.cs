using System.Text.Json;
using CsEtiquette.Cli.Commands;
using CsEtiquette.Insights;
using CsEtiquette.Tests.Cli;

namespace CsEtiquette.Tests.Security;

/// <summary>Issue #17 defects 4 and 5: reports redact personal data by default and never destroy their input.</summary>
public sealed class ReportSafetyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cse-report-safety-").FullName;

    private static readonly string[] Leaks =
    [
        "13812345678", "1234-5678", "11010519491231002X", "6222021234567890128", "zhang.san@example.com", "010-12345678",
        "阳光花园", "建国路",
    ];

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Log()
    {
        var path = Path.Combine(_dir, "chat.jsonl");
        string[] questions =
        [
            "我的手机13812345678怎么还没收到货？", "电话138-1234-5678能打通吗？", "身份证11010519491231002X要填吗？",
            "退款能退到卡号6222021234567890128吗？", "发票发到zhang.san@example.com可以吗？", "座机010-12345678能联系吗？",
            "地址：阳光花园3栋501室能送到吗？", "能寄到北京市朝阳区建国路88号吗？",
        ];
        using var w = new StreamWriter(path);
        for (var i = 0; i < questions.Length; i++)
        {
            w.WriteLine(JsonSerializer.Serialize(new { conversation = $"c{i}", role = "customer", text = questions[i], at = $"2026-11-24T10:0{i}:00Z" }));
            w.WriteLine(JsonSerializer.Serialize(new { conversation = $"c{i}", role = "agent", agent = "小王", text = "您好，请问有什么可以帮您？", at = $"2026-11-24T10:0{i}:30Z" }));
        }

        return path;
    }

    [Fact]
    public void Report_RedactsByDefault_InJsonHtmlAndConsole()
    {
        var log = Log();
        var json = Path.Combine(_dir, "out.json");
        var html = Path.Combine(_dir, "out.html");
        var (code, console, _) = CliHarness.Run("", "report", log, "--json", json, "--html", html, "--top", "200");
        Assert.Equal(0, code);
        foreach (var text in new[] { File.ReadAllText(json), File.ReadAllText(html), console })
        {
            foreach (var leak in Leaks)
            {
                Assert.DoesNotContain(leak, text, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Report_NoRedact_KeepsTheOriginalText()
    {
        var json = Path.Combine(_dir, "out.json");
        var (code, _, _) = CliHarness.Run("", "report", Log(), "--json", json, "--no-redact");
        Assert.Equal(0, code);
        Assert.Contains("阳光花园", File.ReadAllText(json), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_NeverMakesANumberLikeTokenAKeyword()
    {
        var json = Path.Combine(_dir, "out.json");
        Assert.Equal(0, CliHarness.Run("", "report", Log(), "--json", json, "--no-redact", "--top", "1000").Code);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        foreach (var k in doc.RootElement.GetProperty("topKeywords").EnumerateArray())
        {
            var word = k.GetProperty("word").GetString()!;
            Assert.False(KeywordExtractor.IsNumberLike(word), word);
        }
    }

    [Theory]
    [InlineData("13812345678", true)]
    [InlineData("5678", true)]
    [InlineData("****", true)]
    [InlineData("１３８", true)]
    [InlineData("X200", true)]
    [InlineData("iPhone15", false)]
    [InlineData("退款", false)]
    public void IsNumberLike(string word, bool expected) => Assert.Equal(expected, KeywordExtractor.IsNumberLike(word));

    [Fact]
    public void Report_OutputEqualToInput_IsRefused_AndTheLogSurvives()
    {
        var log = Log();
        var before = File.ReadAllText(log);
        var (code, _, err) = CliHarness.Run("", "report", log, "--json", log);
        Assert.Equal(2, code);
        Assert.Contains("input", err, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(log));
        Assert.Equal(2, CliHarness.Run("", "report", log, "--html", Path.Combine(_dir, ".", "chat.jsonl")).Code);
        Assert.Equal(before, File.ReadAllText(log));
    }

    [Fact]
    public void Report_OutputThroughASymlinkToTheInput_IsRefused()
    {
        var log = Log();
        var link = Path.Combine(_dir, "link.json");
        File.CreateSymbolicLink(link, log);
        Assert.Equal(2, CliHarness.Run("", "report", log, "--json", link).Code);
        Assert.NotEqual(0, new FileInfo(log).Length);
    }

    [Fact]
    public void Report_HtmlAndJsonOnTheSameFile_IsRefused()
    {
        var same = Path.Combine(_dir, "same.out");
        var (code, _, err) = CliHarness.Run("", "report", Log(), "--json", same, "--html", same);
        Assert.Equal(2, code);
        Assert.Contains("same file", err, StringComparison.Ordinal);
        Assert.False(File.Exists(same));
    }

    [Fact]
    public void WriteFile_IsAtomic_NoTemporaryFileRemains_AndAFailedWriteKeepsNothingHalfWritten()
    {
        var target = Path.Combine(_dir, "report.json");
        ReportCommand.WriteFile(target, "{\"v\":1}");
        ReportCommand.WriteFile(target, "{\"v\":2}");
        Assert.Equal("{\"v\":2}", File.ReadAllText(target));
        Assert.Single(Directory.GetFiles(_dir));

        // A target that cannot be replaced (a folder): the write fails and leaves no temporary or partial file.
        var blocked = Path.Combine(_dir, "blocked");
        Directory.CreateDirectory(blocked);
        Assert.ThrowsAny<Exception>(() => ReportCommand.WriteFile(blocked, new string('x', 1 << 20)));
        Assert.Single(Directory.GetFiles(_dir));
        Assert.Empty(Directory.GetFileSystemEntries(blocked));
    }
}
