using System.Text.Json;
using CsEtiquette.Tests.Cli;

namespace CsEtiquette.Tests.Insights;

public sealed class ReportCommandTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "TestData", "Insights", "sample-log.jsonl");
    private readonly string _dir = Directory.CreateTempSubdirectory("cse-report-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Report_Jsonl_PrintsSummaryAndListsBadLines_Exit0()
    {
        var (code, stdout, stderr) = CliHarness.Run(string.Empty, "report", Sample);
        Assert.Equal(0, code);
        Assert.Contains("质检报告", stdout, StringComparison.Ordinal);
        Assert.Contains("小王", stdout, StringComparison.Ordinal);
        Assert.Contains("近期", stdout, StringComparison.Ordinal);
        Assert.Contains("客户询问尺码问题,建议详情页增加尺码说明", stdout, StringComparison.Ordinal);
        Assert.Contains("2 bad line(s)", stderr, StringComparison.Ordinal);
        Assert.Contains("sample-log.jsonl:8: invalid JSON", stderr, StringComparison.Ordinal);
        Assert.Contains("sample-log.jsonl:10: unknown role 'manager'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Strict_FirstBadLineIsAnError_Exit1()
    {
        var (code, stdout, stderr) = CliHarness.Run(string.Empty, "report", Sample, "--strict");
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("sample-log.jsonl:8: invalid JSON", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Json_WritesReportWithMergeableAggregate()
    {
        var json = Path.Combine(_dir, "out", "report.json");
        var (code, _, _) = CliHarness.Run(string.Empty, "report", Sample, "--json", json, "--top", "5");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var root = doc.RootElement;
        Assert.Equal("cse.report/1", root.GetProperty("schema").GetString());
        Assert.Equal(11, root.GetProperty("summary").GetProperty("messages").GetInt32());
        Assert.Equal(2, root.GetProperty("summary").GetProperty("badLines").GetInt32());
        Assert.Equal([8, 10], root.GetProperty("badLines").EnumerateArray().Select(b => b.GetProperty("line").GetInt32()));
        Assert.True(root.GetProperty("topKeywords").GetArrayLength() <= 5);
        var agents = root.GetProperty("agents").EnumerateArray().ToDictionary(a => a.GetProperty("agent").GetString()!);
        Assert.Equal(3, agents["小王"].GetProperty("replies").GetInt32());
        Assert.Equal(1, agents["小王"].GetProperty("followUpWithin24h").GetProperty("compliant").GetInt32());
        Assert.Equal(1, agents["小王"].GetProperty("apologyBeforeSolution").GetProperty("compliant").GetInt32());
        Assert.True(agents["小李"].GetProperty("findingsByRule").EnumerateObject().Any());
        var aggregate = CsEtiquette.Insights.InsightAggregate.FromJson(root.GetProperty("aggregate"));
        Assert.Equal(11, aggregate.MessageCount);
    }

    [Fact]
    public void Report_Json_IsDeterministicAcrossRuns()
    {
        var a = Path.Combine(_dir, "a.json");
        var b = Path.Combine(_dir, "b.json");
        Assert.Equal(0, CliHarness.Run(string.Empty, "report", Sample, "--json", a).Code);
        Assert.Equal(0, CliHarness.Run(string.Empty, "report", Sample, "--json", b).Code);
        Assert.Equal(File.ReadAllText(a), File.ReadAllText(b));
    }

    [Fact]
    public void Report_Html_WritesSelfContainedPage()
    {
        var html = Path.Combine(_dir, "report.html");
        var (code, _, _) = CliHarness.Run(string.Empty, "report", Sample, "--html", html);
        Assert.Equal(0, code);
        var page = File.ReadAllText(html);
        Assert.Contains("<meta name=\"viewport\"", page, StringComparison.Ordinal);
        Assert.Equal(6, CountOf(page, "<figure data-chart="));
        Assert.DoesNotContain("src=\"http", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Csv_ByExtensionAndByFormat()
    {
        var csv = Path.Combine(_dir, "log.csv");
        File.WriteAllText(csv, "conversation,role,agent,text,at\r\nc1,customer,,\"尺码偏大吗?\",2026-11-24T10:00:00+08:00\r\nc1,agent,小王,\"亲,偏大一码哦~\",2026-11-24T10:01:00+08:00\r\n");
        var (code, stdout, _) = CliHarness.Run(string.Empty, "report", csv);
        Assert.Equal(0, code);
        Assert.Contains("小王", stdout, StringComparison.Ordinal);
        var renamed = Path.Combine(_dir, "log.txt");
        File.Copy(csv, renamed);
        Assert.Equal(0, CliHarness.Run(string.Empty, "report", renamed, "--format", "csv").Code);
        Assert.Equal(0, CliHarness.Run(string.Empty, "report", renamed, "--format", "jsonl").Code); // lines are bad, not fatal
    }

    [Fact]
    public void Report_CsvWithoutRequiredColumn_Exit1()
    {
        var csv = Path.Combine(_dir, "bad.csv");
        File.WriteAllText(csv, "conversation,role,text\nc1,customer,hi\n");
        var (code, _, stderr) = CliHarness.Run(string.Empty, "report", csv);
        Assert.Equal(1, code);
        Assert.Contains("no 'at' column", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Stdin_Dash()
    {
        var line = """{"conversation":"c1","role":"customer","text":"在吗","at":"2026-11-24T10:00:00+08:00"}""";
        var (code, stdout, _) = CliHarness.Run(line + "\n", "report", "-");
        Assert.Equal(0, code);
        Assert.Contains("stdin", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_MissingFile_Exit1() =>
        Assert.Equal(1, CliHarness.Run(string.Empty, "report", Path.Combine(_dir, "nope.jsonl")).Code);

    [Theory]
    [InlineData("")]
    [InlineData("a.jsonl b.jsonl")]
    [InlineData("x.jsonl --top 0")]
    [InlineData("x.jsonl --top many")]
    [InlineData("x.jsonl --format xml")]
    [InlineData("x.jsonl --bogus")]
    [InlineData("x.jsonl --json")]
    public void Report_BadCommandLine_Exit2(string args) =>
        Assert.Equal(2, CliHarness.Run(string.Empty, ["report", .. args.Split(' ', StringSplitOptions.RemoveEmptyEntries)]).Code);

    [Fact]
    public void Report_UnwritableOutput_Exit1()
    {
        var blocker = Path.Combine(_dir, "file");
        File.WriteAllText(blocker, "x");
        Assert.Equal(1, CliHarness.Run(string.Empty, "report", Sample, "--json", Path.Combine(blocker, "out.json")).Code);
    }

    private static int CountOf(string s, string what)
    {
        var n = 0;
        for (var i = s.IndexOf(what, StringComparison.Ordinal); i >= 0; i = s.IndexOf(what, i + 1, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
