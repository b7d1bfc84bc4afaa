using System.Text.Json;
using CsEtiquette.Tests.Cli;

namespace CsEtiquette.Tests.Insights;

/// <summary><c>cse report --compare BEFORE</c>: each metric before and after, in JSON, console and HTML (inline SVG).</summary>
public sealed class ReportTrendsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cse-trends-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Line(string conv, string role, string text, int minute) =>
        JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["conversation"] = conv,
            ["role"] = role,
            ["agent"] = role == "agent" ? "小王" : null,
            ["text"] = text,
            ["at"] = new DateTimeOffset(2026, 11, 1, 10, minute, 0, TimeSpan.FromHours(8)).ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        });

    [Fact]
    public void Compare_ShowsEachMetricBeforeAndAfter()
    {
        var before = Path.Combine(_dir, "before.jsonl");
        var after = Path.Combine(_dir, "after.jsonl");
        File.WriteAllLines(before, [Line("b1", "customer", "你们太差劲了，气死我了，我要投诉！", 0), Line("b1", "agent", "给您补发。", 5)]);
        File.WriteAllLines(after, [Line("a1", "customer", "你好,请问有货吗?", 0), Line("a1", "agent", "您好,有现货的。还有其他可以帮您的吗?", 0)]);
        var json = Path.Combine(_dir, "r.json");
        var html = Path.Combine(_dir, "r.html");
        var (code, output, err) = CliHarness.Run(string.Empty, "report", after, "--compare", before, "--json", json, "--html", html);
        Assert.True(code == 0, err);
        Assert.Contains("趋势 Trends", output);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        var metrics = doc.RootElement.GetProperty("compare").GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("metric").GetString()!);
        Assert.Equal(["complaintRate", "negativeEmotionRate", "inferredSatisfaction", "meanFirstResponseSeconds", "meanResponseSeconds", "meanConversationScore", "criticalConversationRate"], metrics.Keys);
        Assert.Equal(300, metrics["meanFirstResponseSeconds"].GetProperty("before").GetDouble());
        Assert.Equal(0, metrics["meanFirstResponseSeconds"].GetProperty("after").GetDouble());
        Assert.True(metrics["meanConversationScore"].GetProperty("after").GetDouble() > metrics["meanConversationScore"].GetProperty("before").GetDouble());
        Assert.Contains(doc.RootElement.GetProperty("compare").GetProperty("ruleRates").EnumerateArray(), r => r.GetProperty("metric").GetString() == "CSC003");
        Assert.Contains(doc.RootElement.GetProperty("compare").GetProperty("agentScores").EnumerateArray(), r => r.GetProperty("metric").GetString() == "小王");
        var page = File.ReadAllText(html);
        Assert.Contains("趋势 Trends", page);
        Assert.Contains("<svg", page);
        Assert.DoesNotContain("src=\"http", page);
    }

    [Fact]
    public void Compare_MissingBeforeFile_Exits1()
    {
        var after = Path.Combine(_dir, "after.jsonl");
        File.WriteAllLines(after, [Line("a1", "customer", "你好", 0)]);
        var (code, _, err) = CliHarness.Run(string.Empty, "report", after, "--compare", Path.Combine(_dir, "nope.jsonl"));
        Assert.Equal(1, code);
        Assert.Contains("nope.jsonl", err);
    }
}
