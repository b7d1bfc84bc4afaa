using BenchmarkDotNet.Attributes;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;

namespace CsEtiquette.Benchmarks;

/// <summary>
/// Lint and rewrite of a 40-character agent draft, segmentation included (goal: median ≤ 5 µs, allocating
/// only the results), and throughput over 100,000 varied drafts (messages/s = 1 / mean of
/// <see cref="LintAndRewrite_100k"/> per operation).
/// Run: dotnet run -c Release --project benchmarks/CsEtiquette.Benchmarks -- --filter '*LintRewrite*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class LintRewriteBenchmarks
{
    /// <summary>40 characters, three findings (你好 → 您好, 没货了 → restock offer, 尽快 → 24小时内).</summary>
    public const string Draft = "你好，这个商品没货了，我们会尽快处理，请您耐心等待一下，非常谢谢您的支持与理解。";

    /// <summary>40 characters, no finding.</summary>
    public const string CleanDraft = "您好，您的订单已经发货，预计3天内送达，请您注意查收，有问题可以随时联系我们哦。";

    private static readonly string[] Fragments =
    [
        "您好，", "你好，", "这个商品没货了，", "我们会尽快处理，", "预计3天内送达，", "请您注意查收。", "不好意思让您久等了。",
        "大概三天到，", "这是快递的问题，", "马上为您处理。", "已为您创建工单，", "好的！！", "没问题，", "木有货了，", "感谢您的支持~",
    ];

    private readonly ReplyLinter _linter = ReplyLinter.Default;
    private readonly PhraseRewriter _rewriter = PhraseRewriter.Default;
    private string[] _drafts = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(20261124);
        _drafts = new string[100_000];
        for (var i = 0; i < _drafts.Length; i++)
        {
            var parts = new string[3 + rng.Next(3)];
            for (var k = 0; k < parts.Length; k++)
            {
                parts[k] = Fragments[rng.Next(Fragments.Length)];
            }

            _drafts[i] = string.Concat(parts);
        }

        _ = _linter.Lint(Draft);
        _ = _rewriter.Rewrite(Draft);
    }

    /// <summary>The segmenter's share of a lint: enumerating the tokens of the same draft.</summary>
    [Benchmark]
    public int Segment_Only()
    {
        var n = 0;
        foreach (var r in CsEtiquette.Segmentation.ChineseSegmenter.Default.EnumerateTokens(CleanDraft))
        {
            n += r.Length;
        }

        return n;
    }

    [Benchmark]
    public LintReport Lint_Clean() => _linter.Lint(CleanDraft);

    [Benchmark]
    public LintReport Lint_ThreeFindings() => _linter.Lint(Draft);

    [Benchmark]
    public RewriteResult Rewrite_Clean() => _rewriter.Rewrite(CleanDraft);

    [Benchmark]
    public RewriteResult Rewrite_ThreeFindings() => _rewriter.Rewrite(Draft);

    /// <summary>Lint, then rewrite reusing the lint report (the way a chat console shows findings and a fix).</summary>
    [Benchmark(Baseline = true)]
    public RewriteResult LintAndRewrite_Clean() => _rewriter.Rewrite(_linter.Lint(CleanDraft));

    [Benchmark]
    public RewriteResult LintAndRewrite_ThreeFindings() => _rewriter.Rewrite(_linter.Lint(Draft));

    [Benchmark(OperationsPerInvoke = 100_000)]
    public int LintAndRewrite_100k()
    {
        var n = 0;
        foreach (var d in _drafts)
        {
            n += _rewriter.Rewrite(_linter.Lint(d)).Edits.Count;
        }

        return n;
    }
}
