using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Running;
using CsEtiquette.Benchmarks;

namespace CsEtiquette.Tests.Benchmarks;

/// <summary>
/// Smoke test of the benchmarks project: every benchmark class converts to runnable cases (attributes and
/// parameters valid), and the lint + rewrite benchmark measures what it claims (a draft with three fixes).
/// </summary>
public sealed class BenchmarkSuiteSmokeTests
{
    private static readonly Type[] BenchmarkTypes = typeof(LintRewriteBenchmarks).Assembly.GetTypes()
        .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
        .ToArray();

    [Fact]
    public void Suite_CoversEveryHotPath()
    {
        var names = BenchmarkTypes.Select(t => t.Name).ToHashSet();
        foreach (var expected in new[] { "LintRewriteBenchmarks", "AnalysisBenchmarks", "TemplateBenchmarks", "SegmentationLatencyBenchmarks" })
        {
            Assert.Contains(expected, names);
        }
    }

    [Fact]
    public void EveryBenchmarkClass_ConvertsToCases()
    {
        foreach (var type in BenchmarkTypes)
        {
            var info = BenchmarkConverter.TypeToBenchmarks(type);
            Assert.True(info.BenchmarksCases.Length > 0, $"{type.Name} has no benchmark cases");
        }
    }

    [Fact]
    public void LintRewriteBenchmark_ThreeFindingsDraft_IsRewritten()
    {
        var bench = new LintRewriteBenchmarks();
        bench.Setup();
        var result = bench.LintAndRewrite_ThreeFindings();
        Assert.True(result.Edits.Count >= 2, $"expected several edits, got {result.Edits.Count}");
        Assert.NotEqual(LintRewriteBenchmarks.Draft, result.Text);
        Assert.Empty(bench.LintAndRewrite_Clean().Edits);
    }
    /// <summary>
    /// The #19 scale benchmark measures what it claims: a deterministic log of exactly the requested messages, every one
    /// inspected by the cse report pipeline, with the conversation rules and scorecards on.
    /// </summary>
    [Fact]
    public void ReportScaleBenchmark_InspectsEveryMessage_WithConversationRules()
    {
        var log = ReportLogCorpus.JsonLines(2_000);
        Assert.Equal(log, ReportLogCorpus.JsonLines(2_000));
        Assert.NotEqual(log, ReportLogCorpus.JsonLines(2_000, seed: 7));
        Assert.Equal(2_000, log.Count(b => b == (byte)'\n'));
        Assert.Equal(2_000, ReportScaleBenchmarks.Run(log));

        var aggregate = CsEtiquette.Cli.Report.ReportServices.CreateInspector(strict: false, [])
            .Inspect(new CsEtiquette.Insights.ChatLogReader(new StreamReader(new MemoryStream(log)), CsEtiquette.Insights.ChatLogFormat.JsonLines));
        Assert.Equal(0, aggregate.BadLines);
        Assert.True(aggregate.ScoredConversations > 100, $"{aggregate.ScoredConversations} scored conversations");
        Assert.True(aggregate.ComplaintConversations > 0);
        var report = CsEtiquette.Insights.InsightReport.Create(aggregate);
        Assert.NotEmpty(report.ConversationResults);
        Assert.Contains(report.ConversationResults, q => q.Findings.Any(f => f.Rule.StartsWith("CSC", StringComparison.Ordinal)));
    }
}
