using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CsEtiquette.Tests.Linting;

/// <summary>
/// The segmentation-free clean check (<see cref="ReplyLinter.IsCertainlyClean"/>) is a shortcut: when it says
/// "clean" the full lint must find nothing, and linting / rewriting with and without it must agree exactly.
/// </summary>
public sealed class CleanCheckProperties
{
    private static readonly ReplyLinter Full = new() { UseCleanCheck = false };
    private static readonly PhraseRewriter FullRewriter = new(Full);

    private static readonly RewriteContext[] Contexts =
    [
        RewriteContext.Default,
        new(new LintContext { IsComplaint = true }),
        new(new LintContext { Channel = ReplyChannel.Voice, CustomerEmotion = CustomerEmotion.Anxious }),
        new(new LintContext { CustomerEmotion = CustomerEmotion.Dissatisfied }),
        new(new LintContext { CustomerUsedEmoji = true, Slots = new Dictionary<string, string> { ["到货时间"] = "3天内", ["替代商品"] = "XX款", ["处理时限"] = "2小时" } }),
    ];

    // The fragments of the benchmark's 100k drafts (clean and dirty ones).
    private static readonly string[] BenchmarkFragments =
    [
        "您好，", "你好，", "这个商品没货了，", "我们会尽快处理，", "预计3天内送达，", "请您注意查收。", "不好意思让您久等了。",
        "大概三天到，", "这是快递的问题，", "马上为您处理。", "已为您创建工单，", "好的！！", "没问题，", "木有货了，", "感谢您的支持~",
    ];

    private static Arbitrary<RewriteContext> ContextArb => Arb.From(Gen.Elements(Contexts));

    // Drafts and their rewrites: rewrites are mostly clean, so the "clean" branch is exercised often.
    private static Arbitrary<string> DraftOrRewrite => Arb.From(Gen.OneOf(
        DraftGenerators.AnyDraft,
        DraftGenerators.Draft.Select(d => PhraseRewriter.Default.Rewrite(d).Text),
        Gen.Elements(BenchmarkFragments).ListOf().Select(l => string.Concat(l.Take(6))),
        Gen.Elements(BenchmarkFragments).ListOf().Select(l => PhraseRewriter.Default.Rewrite(string.Concat(l.Take(6))).Text)));

    private static string Show(IEnumerable<Finding> findings) =>
        string.Join(" / ", findings.Select(f => $"{f.RuleId}|{f.Severity}|{f.Start}|{f.Length}|{f.MatchedText}|{f.Message}|{f.AutomaticFix}|{string.Join("¦", f.Fixes)}"));

    private static string Show(RewriteResult r) =>
        $"{r.Text} || {string.Join(" / ", r.Edits.Select(e => $"{e.RuleId}|{e.Start}|{e.Length}|{e.Replacement}|{e.Explanation}"))} || {Show(r.RemainingFindings)}";

    [Property(MaxTest = 500)]
    public Property CertainlyClean_ImpliesTheFullLintFindsNothing() =>
        Prop.ForAll(DraftOrRewrite, ContextArb, (draft, context) =>
        {
            var lintContext = context.Lint;
            var clean = ReplyLinter.Default.IsCertainlyClean(draft, lintContext);
            var full = Full.Lint(draft, lintContext);
            return (!clean || full.Findings.Count == 0).Label($"clean check said clean, full lint found: {Show(full.Findings)}");
        });

    [Property(MaxTest = 500)]
    public Property Lint_WithAndWithoutCleanCheck_Agree() =>
        Prop.ForAll(DraftOrRewrite, ContextArb, (draft, context) =>
        {
            var lintContext = context.Lint;
            var fast = Show(ReplyLinter.Default.Lint(draft, lintContext).Findings);
            var full = Show(Full.Lint(draft, lintContext).Findings);
            return (fast == full).Label($"fast: {fast} | full: {full}");
        });

    [Property(MaxTest = 500)]
    public Property Rewrite_WithAndWithoutCleanCheck_Agree() =>
        Prop.ForAll(DraftOrRewrite, ContextArb, (draft, context) =>
        {
            var fast = Show(PhraseRewriter.Default.Rewrite(draft, context));
            var full = Show(FullRewriter.Rewrite(draft, context));
            var viaReport = Show(PhraseRewriter.Default.Rewrite(ReplyLinter.Default.Lint(draft, context.Lint), context));
            return (fast == full && viaReport == full).Label($"fast: {fast} | via report: {viaReport} | full: {full}");
        });

    [Fact]
    public void EveryBenchmarkDraftShape_AgreesWithTheFullPath()
    {
        // Exhaustive over 1–3 benchmark fragments (3,615 drafts) in the default context, plus their rewrites.
        var drafts = new List<string>();
        foreach (var a in BenchmarkFragments)
        {
            drafts.Add(a);
            foreach (var b in BenchmarkFragments)
            {
                drafts.Add(a + b);
                foreach (var c in BenchmarkFragments)
                {
                    drafts.Add(a + b + c);
                }
            }
        }

        var cleanSeen = 0;
        foreach (var d in drafts)
        {
            var text = PhraseRewriter.Default.Rewrite(d).Text;
            foreach (var t in new[] { d, text })
            {
                if (ReplyLinter.Default.IsCertainlyClean(t, LintContext.Default))
                {
                    cleanSeen++;
                    Assert.Empty(Full.Lint(t).Findings);
                }

                Assert.Equal(Show(Full.Lint(t).Findings), Show(ReplyLinter.Default.Lint(t).Findings));
            }

            Assert.Equal(Show(FullRewriter.Rewrite(d)), Show(PhraseRewriter.Default.Rewrite(d)));
        }

        Assert.True(cleanSeen > drafts.Count / 4, $"the clean check took the fast path only {cleanSeen} times");
    }

    [Fact]
    public void PoliteReplies_AgreeWithTheFullPath()
    {
        foreach (var line in LintTestData.Lines("polite-negatives.txt"))
        {
            Assert.Equal(Show(Full.Lint(line).Findings), Show(ReplyLinter.Default.Lint(line).Findings));
            Assert.Equal(Show(FullRewriter.Rewrite(line)), Show(PhraseRewriter.Default.Rewrite(line)));
        }
    }

    [Theory]
    [InlineData("您好，您的订单已经发货，预计3天内送达，请您注意查收，有问题可以随时联系我们哦。", true)]
    [InlineData("您好，这款商品目前暂时售罄，我们已将您的需求记录，到货后会第一时间通知您，您看可以吗？我们会在24小时内处理，请您耐心等待一下，非常谢谢您的支持与理解。", true)]
    [InlineData("好的！", true)]
    [InlineData("好的！！", false)]     // a run of marks: CSE006 may fire
    [InlineData("好的！谢谢！", false)]  // two marks
    [InlineData("你好", false)]          // a CSE005 pattern
    [InlineData("迷你", false)]          // superset match (你 inside 迷你): unknown, the full lint decides
    [InlineData("感谢您的支持😀", false)] // an emoji: CSE011 may fire
    [InlineData("", true)]
    public void CleanCheck_Examples(string draft, bool expected)
    {
        Assert.Equal(expected, ReplyLinter.Default.IsCertainlyClean(draft, LintContext.Default));
        if (expected)
        {
            Assert.Empty(Full.Lint(draft).Findings);
        }
    }

    [Fact]
    public void CleanCheck_IsNeverTaken_ForAComplaint()
    {
        // CSE009 depends on empathy markers, which need segmentation.
        var complaint = new LintContext { IsComplaint = true };
        Assert.False(ReplyLinter.Default.IsCertainlyClean("您好，已为您查询", complaint));
        Assert.Contains(ReplyLinter.Default.Lint("您好，已为您查询", complaint).Findings, f => f.RuleId == "CSE009");
    }
}
