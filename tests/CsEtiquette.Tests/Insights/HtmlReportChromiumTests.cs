using System.Text.RegularExpressions;
using CsEtiquette.Cli.Report;
using CsEtiquette.Insights;
using CsEtiquette.Tests.Cli;

namespace CsEtiquette.Tests.Insights;

/// <summary>The <c>--html</c> report in a real browser: loads without console errors, charts have the expected bars, fits a phone.</summary>
public sealed class HtmlReportChromiumTests : IDisposable
{
    private static readonly string Sample = Path.Combine(AppContext.BaseDirectory, "TestData", "Insights", "sample-log.jsonl");
    private readonly string _dir = Directory.CreateTempSubdirectory("cse-html-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [ChromiumFact]
    public void HtmlReport_InHeadlessChromium_LoadsCleanlyWithExpectedBars()
    {
        var html = Path.Combine(_dir, "report.html");
        Assert.Equal(0, CliHarness.Run(string.Empty, "report", Sample, "--html", html).Code);

        // The bars we expect: the same report computed in-process.
        var aggregate = new QualityInspector().Inspect(new ChatLogReader(new StreamReader(Sample), ChatLogFormat.JsonLines), Sample);
        var charts = HtmlReportRenderer.Charts(InsightReport.Create(aggregate, 20));
        var expected = string.Join(';', charts.Select(c => $"{c.Id}={c.Bars.Count}"));
        Assert.True(charts.All(c => c.Bars.Count > 0), "every chart of the sample has bars: " + expected);

        var (dom, log) = HeadlessChromium.DumpDom(html);
        var body = Regex.Match(dom, "<body[^>]*>").Value;
        Assert.Contains("data-ready=\"1\"", body, StringComparison.Ordinal);
        Assert.Contains("data-errors=\"0\"", body, StringComparison.Ordinal);
        Assert.Contains($"data-bars=\"{expected}\"", body, StringComparison.Ordinal);
        Assert.Contains("data-overflow=\"0\"", body, StringComparison.Ordinal); // no sideways scrolling at 390 px
        var consoleLines = log.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal) || l.Contains("Uncaught", StringComparison.Ordinal)).ToArray();
        Assert.True(consoleLines.Length == 0, "console output: " + string.Join('\n', consoleLines));
    }

    [ChromiumFact]
    public void HtmlReport_ScriptError_WouldBeDetected()
    {
        // Guards the check above: a page with an error must be caught by the same probe.
        var html = Path.Combine(_dir, "broken.html");
        File.WriteAllText(html, "<!DOCTYPE html><html><body><script>undefinedFunction();</script></body></html>");
        var (_, log) = HeadlessChromium.DumpDom(html);
        Assert.Contains("Uncaught", log, StringComparison.Ordinal);
    }
}
