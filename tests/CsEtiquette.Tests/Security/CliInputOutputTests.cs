using System.Text;
using System.Text.Json;
using CsEtiquette.Cli;
using CsEtiquette.Internal;
using CsEtiquette.Tests.Cli;

namespace CsEtiquette.Tests.Security;

/// <summary>Issue #17 risks: terminal control characters, UTF-8-only input, one-line slots, surrogate-safe clipping.</summary>
public sealed class CliInputOutputTests
{
    [Theory]
    [InlineData("\u001b[31m红\u001b[0m", "\\u001B[31m红\\u001B[0m")]
    [InlineData("a\0b", "a\\u0000b")]
    [InlineData("\u202Eabc", "\\u202Eabc")]
    [InlineData("\u2066x\u2069\u0085\u007f", "\\u2066x\\u2069\\u0085\\u007F")]
    [InlineData("普通文本\t制表\n", "普通文本\t制表\n")]
    public void Neutralize_EscapesTerminalControls(string input, string expected) =>
        Assert.Equal(expected, ConsoleText.Neutralize(input));

    [Fact]
    public void Analyze_TextOutput_HasNoRawControlCharacters()
    {
        var (code, output, _) = CliHarness.Run("在吗\u001b]0;pwned\u0007\u202E\n", "analyze", "--redact");
        Assert.Equal(0, code);
        AssertTerminalSafe(output);
        Assert.Contains("\\u001B", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Segment_JsonOutput_StaysJsonWithTheSameValue()
    {
        var (code, output, _) = CliHarness.Run("你好\u202E世界\n", "segment", "--format", "json");
        Assert.Equal(0, code);
        AssertTerminalSafe(output);
        using var doc = JsonDocument.Parse(output);
        Assert.Contains("\u202E", string.Concat(doc.RootElement.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString() : e.ToString())), StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ConsoleTables_NeutraliseAgentNamesAndTexts()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cse-ctl-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path,
            "{\"conversation\":\"c1\",\"role\":\"customer\",\"text\":\"怎么退货\\u001b[2J？\",\"at\":\"2026-11-24T10:00:00Z\"}\n" +
            "{\"conversation\":\"c1\",\"role\":\"agent\",\"agent\":\"小王\\u001b[31m\\u0000\\u202E\",\"text\":\"您好\",\"at\":\"2026-11-24T10:00:05Z\"}\n" +
            "{\"conversation\":\"c1\",\"role\":\"bad\\u001b\",\"text\":\"x\",\"at\":\"2026-11-24T10:00:06Z\"}\n");
        try
        {
            var (code, output, err) = CliHarness.Run("", "report", path);
            Assert.Equal(0, code);
            AssertTerminalSafe(output);
            AssertTerminalSafe(err);
            Assert.Contains("小王", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Stdin_IsUtf8Only_FFFEIsNotReadAsUtf16()
    {
        // "你好" in UTF-16LE with its BOM: read as UTF-16 it would be the text 你好.
        var bytes = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("你好\n")).ToArray();
        using var reader = CliIO.OpenUtf8(new MemoryStream(bytes));
        var line = reader.ReadLine();
        Assert.NotEqual("你好", line);
        Assert.StartsWith("\uFFFD\uFFFD", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Stdin_Utf8Bom_IsSkipped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("你好\n")).ToArray();
        using var reader = CliIO.OpenUtf8(new MemoryStream(bytes));
        Assert.Equal("你好", reader.ReadLine());
    }

    [Theory]
    [InlineData("rewrite", "--slot", "name=小\n王")]
    [InlineData("rewrite", "--slot", "name=小\r王")]
    [InlineData("template", "--slot", "name=a\u2028b")]
    public void SlotValueWithALineBreak_IsAUsageError(string command, string option, string value)
    {
        string[] args = command == "template" ? ["template", "render", "greeting.time-of-day", option, value] : [command, option, value];
        var (code, output, err) = CliHarness.Run("您好\n", args);
        Assert.Equal(2, code);
        Assert.Contains("one line", err, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(40)]
    public void Clip_NeverSplitsASurrogatePair(int max)
    {
        var text = new string('字', max - 1) + "😀😀" + "尾";
        var clipped = TextClip.Clip(text, max);
        Assert.EndsWith("…", clipped, StringComparison.Ordinal);
        AssertNoLoneSurrogate(clipped);
    }

    [Fact]
    public void ReportSample_NeverEndsInHalfAnEmoji()
    {
        var question = new string('问', 79) + "😀还有吗？";
        var path = Path.Combine(Path.GetTempPath(), $"cse-clip-{Guid.NewGuid():N}.jsonl");
        var json = Path.ChangeExtension(path, ".out.json");
        File.WriteAllText(path, JsonSerializer.Serialize(new { conversation = "c1", role = "customer", text = question, at = "2026-11-24T10:00:00Z" }) + "\n");
        try
        {
            Assert.Equal(0, CliHarness.Run("", "report", path, "--json", json).Code);
            using var doc = JsonDocument.Parse(File.ReadAllBytes(json));
            var sample = doc.RootElement.GetProperty("topQuestions")[0].GetProperty("sample").GetString()!;
            AssertNoLoneSurrogate(sample);
        }
        finally
        {
            File.Delete(path);
            File.Delete(json);
        }
    }

    private static void AssertTerminalSafe(string text)
    {
        foreach (var c in text)
        {
            Assert.False(ConsoleText.IsUnsafe(c), $"U+{(int)c:X4} reached the console raw");
        }
    }

    private static void AssertNoLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]))
            {
                Assert.True(i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]), "lone high surrogate");
                i++;
            }
            else
            {
                Assert.False(char.IsLowSurrogate(s[i]), "lone low surrogate");
            }
        }
    }
}
