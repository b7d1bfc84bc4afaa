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
}
