using BenchmarkDotNet.Attributes;
using CsEtiquette.Linting;

namespace CsEtiquette.Benchmarks;

/// <summary>
/// Issue #15: the clean shortcut of the linter, before (quick automaton walked from every position) and after
/// (required-literal filter), in the same run. Goal: a clean reply ≤ 0.5 µs, allocating only the report.
/// Run: dotnet run -c Release --project benchmarks/CsEtiquette.Benchmarks -- --filter '*CleanCheck*' --job short --inProcess
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class CleanCheckBenchmarks
{
    /// <summary>26 characters, no finding.</summary>
    public const string CleanReply = "您好，已经为您查询到订单，包裹正在派送中，请您耐心等候哦。";

    /// <summary>40 characters, three findings.</summary>
    public const string ViolatingReply = LintRewriteBenchmarks.Draft;

    private readonly ReplyLinter _after = ReplyLinter.Default;
    private readonly ReplyLinter _before = new() { UseLiteralFilter = false };

    [GlobalSetup]
    public void Setup()
    {
        if (_after.Lint(CleanReply).Findings.Count != 0 || _after.Lint(ViolatingReply).Findings.Count == 0)
        {
            throw new InvalidOperationException("benchmark drafts are not clean / violating");
        }
    }

    [Benchmark(Baseline = true)]
    public LintReport Lint_Clean_Before() => _before.Lint(CleanReply);

    [Benchmark]
    public LintReport Lint_Clean_After() => _after.Lint(CleanReply);

    [Benchmark]
    public LintReport Lint_Violating_Before() => _before.Lint(ViolatingReply);

    [Benchmark]
    public LintReport Lint_Violating_After() => _after.Lint(ViolatingReply);

    [Benchmark]
    public bool CleanCheck_Before() => _before.IsCertainlyCleanByAutomaton(CleanReply, LintContext.Default);

    [Benchmark]
    public bool CleanCheck_After() => _after.IsCertainlyCleanByLiterals(CleanReply, LintContext.Default);
}
