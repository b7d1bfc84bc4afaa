using System.Diagnostics;
using System.Text;
using System.Text.Json;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Tests.Cli;

public sealed class SegmentCommandTests
{
    private const string Chat = "在吗？我想问一下这款保温杯还有货吗";

    private static readonly ChineseSegmenter Seg = ChineseSegmenter.Default;

    [Fact]
    public void Text_JoinsAccurateTokensWithSlash_OneLinePerInputLine()
    {
        var (code, output, err) = CliHarness.Run(Chat + "\n亲，在的呢😊 请问有什么可以帮您？\n", "segment");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        Assert.Equal(
            Join(Seg.Cut(Chat)) + "\n" + Join(Seg.Cut("亲，在的呢😊 请问有什么可以帮您？")) + "\n",
            output);
    }

    [Fact]
    public void Text_MatchesPythonJieba_EndToEnd()
    {
        // jieba.lcut("在吗？我想问一下这款保温杯还有货吗") with jieba 0.42.1.
        var (code, output, _) = CliHarness.Run(Chat + "\n", "segment");
        Assert.Equal(0, code);
        Assert.Equal("在 / 吗 / ？ / 我 / 想 / 问 / 一下 / 这 / 款 / 保温杯 / 还有 / 货 / 吗\n", output);
    }

    [Theory]
    [InlineData("accurate", true)]
    [InlineData("accurate", false)]
    [InlineData("full", true)]
    [InlineData("full", false)]
    [InlineData("search", true)]
    [InlineData("search", false)]
    public void EveryModeAndHmmFlag_CallsTheMatchingSegmenterMode(string mode, bool hmm)
    {
        const string text = "这个iPhone15Pro的手机壳是磁吸的吗，价格¥199.00，能打9.9折吗";
        var args = hmm ? new[] { "segment", "--mode", mode } : new[] { "segment", "--mode", mode, "--no-hmm" };
        var (code, output, _) = CliHarness.Run(text + "\n", args);
        Assert.Equal(0, code);
        var expected = mode switch
        {
            "full" => Seg.CutAll(text),
            "search" => Seg.CutForSearch(text, hmm),
            _ => Seg.Cut(text, hmm),
        };
        Assert.Equal(Join(expected) + "\n", output);
    }

    [Fact]
    public void ModeOption_AcceptsEqualsForm_AndDefaultsToAccurate()
    {
        var (_, byDefault, _) = CliHarness.Run(Chat, "segment");
        var (_, explicitMode, _) = CliHarness.Run(Chat, "segment", "--mode=accurate");
        Assert.Equal(byDefault, explicitMode);
    }

    [Fact]
    public void Json_WritesOneArrayPerLine_WithCjkAndEmojiUnescaped()
    {
        const string line = "亲，在的呢😊👨‍👩‍👧 请问有什么可以帮您？";
        var (code, output, _) = CliHarness.Run(line + "\n" + Chat + "\n", "segment", "--format", "json");
        Assert.Equal(0, code);
        var lines = output.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal(string.Empty, lines[2]);
        Assert.Equal(Seg.Cut(line), JsonSerializer.Deserialize<string[]>(lines[0]));
        Assert.Equal(Seg.Cut(Chat), JsonSerializer.Deserialize<string[]>(lines[1]));
        Assert.DoesNotContain("\\u", output, StringComparison.Ordinal);
        Assert.Contains("\"亲\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("😊", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("[\"", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_EscapesQuotesBackslashesAndControlCharacters()
    {
        const string line = "他说\"你好\"\\路径\t制表\u0001控制\u2028分隔";
        var (code, output, _) = CliHarness.Run(line + "\n", "segment", "--format", "json");
        Assert.Equal(0, code);
        var json = output.TrimEnd('\n');
        Assert.DoesNotContain('\t', json);
        Assert.DoesNotContain('\u0001', json);
        Assert.Contains("\"\\\"\"", json, StringComparison.Ordinal); // the token " is written as "\""
        Assert.Contains("\"\\\\\"", json, StringComparison.Ordinal); // the token \ is written as "\\"
        Assert.Contains("\\t", json, StringComparison.Ordinal);
        Assert.Contains("\\u0001", json, StringComparison.Ordinal);
        var tokens = JsonSerializer.Deserialize<string[]>(json)!;
        Assert.Equal(Seg.Cut(line), tokens);
        Assert.Equal(line, string.Concat(tokens));
    }

    [Fact]
    public void Json_LoneSurrogateIsEscapedNotWrittenRaw()
    {
        var sb = new StringBuilder();
        CsEtiquette.Cli.Commands.SegmentCommand.AppendJsonArray(sb, ["a\ud800b", "😊"]);
        Assert.Equal("[\"a\\ud800b\",\"😊\"]", sb.ToString());
    }

    [Theory]
    [InlineData("text", "你好\n\n再见\n", 3)]
    [InlineData("json", "你好\n\n再见\n", 3)]
    [InlineData("text", "\n\n", 2)]
    [InlineData("json", "", 0)]
    public void EmptyLines_GiveEmptyOutputLines(string format, string input, int expectedLines)
    {
        var (code, output, _) = CliHarness.Run(input, "segment", "--format", format);
        Assert.Equal(0, code);
        var lines = output.Split('\n')[..^1];
        Assert.Equal(expectedLines, lines.Length);
        var inputLines = input.Split('\n')[..^1];
        for (var i = 0; i < lines.Length; i++)
        {
            if (inputLines[i].Length == 0)
            {
                Assert.Equal(format == "json" ? "[]" : string.Empty, lines[i]);
            }
        }
    }

    [Fact]
    public void LastLineWithoutNewline_AndCrLfLineEnds_AreOneOutputLineEach()
    {
        var (code, output, _) = CliHarness.Run("你好\r\n再见\r\n谢谢", "segment");
        Assert.Equal(0, code);
        Assert.Equal(Join(Seg.Cut("你好")) + "\n" + Join(Seg.Cut("再见")) + "\n" + Join(Seg.Cut("谢谢")) + "\n", output);
    }

    [Fact]
    public void Stats_WritesLoadTimeAndThroughputToStderr_NotStdout()
    {
        var (code, output, err) = CliHarness.Run(Chat + "\n" + Chat + "\n", "segment", "--stats");
        Assert.Equal(0, code);
        Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.DoesNotContain("MB/s", output, StringComparison.Ordinal);
        Assert.Matches(@"dictionary load \d+\.\d ms", err);
        Assert.Matches(@"2 lines, 102 bytes UTF-8, 34 chars in \d+\.\d ms: \d+\.\d\d MB/s, [\d,]+ chars/s", err);
    }

    [Fact]
    public void UserDictionary_AddsWordsThatThenSegmentAsOneToken()
    {
        using var dict = new TempFile("小鹿家居旗舰店 10 nz\n鹿角杯\n");
        const string text = "欢迎光临小鹿家居旗舰店，鹿角杯有货";
        var (code, output, err) = CliHarness.Run(text + "\n", "segment", "--user-dict", dict.Path);
        Assert.True(code == 0, err);
        var tokens = output.TrimEnd('\n').Split(" / ");
        Assert.Contains("小鹿家居旗舰店", tokens);
        Assert.Contains("鹿角杯", tokens);

        var (_, _, stats) = CliHarness.Run(text, "segment", "--user-dict", dict.Path, "--stats");
        Assert.Contains("user dictionary " + dict.Path, stats, StringComparison.Ordinal);

        // The default dictionary is untouched by a user dictionary.
        Assert.DoesNotContain("小鹿家居旗舰店", Seg.Cut(text));
    }

    [Fact]
    public void UserDictionary_Missing_IsDataError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cse-missing-{Guid.NewGuid():N}.txt");
        var (code, output, err) = CliHarness.Run(Chat, "segment", "--user-dict", path);
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(path, err, StringComparison.Ordinal);
    }

    [Fact]
    public void UserDictionary_NonPositiveFrequency_IsDataError_NamingTheLine()
    {
        using var dict = new TempFile("好词 5\n坏词 0\n");
        var (code, output, err) = CliHarness.Run(Chat, "segment", "--user-dict", dict.Path);
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("坏词", err, StringComparison.Ordinal);
        Assert.Contains("2", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--mode", "fast")]
    [InlineData("--format", "xml")]
    [InlineData("--frobnicate")]
    [InlineData("stray-positional")]
    [InlineData("--user-dict")]
    [InlineData("--user-dict=")]
    [InlineData("--no-hmm=yes")]
    public void BadCommandLine_IsUsageError_WithMessageOnStderr(params string[] extra)
    {
        var (code, output, err) = CliHarness.Run(Chat, ["segment", .. extra]);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("cse segment: ", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RealProcess_ReadsAndWritesUtf8ThroughProgramMain()
    {
        // The test host runs under `dotnet`; cse.dll (referenced project) sits next to the test assembly.
        var dotnet = Environment.ProcessPath!;
        var cse = Path.Combine(AppContext.BaseDirectory, "cse.dll");
        Assert.True(File.Exists(cse), cse);
        const string input = "在吗？我想问一下这款保温杯还有货吗😊\n订单号：E20231120-0045，价格¥199.00，café\n";
        var psi = new ProcessStartInfo(dotnet)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in new[] { cse, "segment" })
        {
            psi.ArgumentList.Add(arg);
        }

        psi.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        psi.Environment["LANG"] = "C"; // a non-UTF-8 locale must not change the encoding cse uses
        using var process = Process.Start(psi)!;
        var stderrTask = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        var stderr = await stderrTask;

        Assert.True(process.ExitCode == 0, $"exit {process.ExitCode}: {stderr}");
        var (_, inProcess, _) = CliHarness.Run(input, "segment");
        Assert.Equal(inProcess, stdout.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Contains("¥", stdout, StringComparison.Ordinal); // 2-byte UTF-8
        Assert.Contains("订", stdout, StringComparison.Ordinal); // 3-byte UTF-8
        Assert.Contains("é", stdout, StringComparison.Ordinal);
        Assert.Contains(" / 😊\n", stdout, StringComparison.Ordinal); // 4-byte UTF-8, one token
    }

    private static string Join(IReadOnlyList<string> tokens) => string.Join(" / ", tokens);

    private sealed class TempFile : IDisposable
    {
        public TempFile(string content)
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"cse-userdict-{Guid.NewGuid():N}.txt");
            File.WriteAllText(Path, content, new UTF8Encoding(false));
        }

        public string Path { get; }

        public void Dispose() => File.Delete(Path);
    }
}
