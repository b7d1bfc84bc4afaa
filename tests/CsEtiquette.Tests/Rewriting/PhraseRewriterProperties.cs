using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Tests.Linting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CsEtiquette.Tests.Rewriting;

public sealed class PhraseRewriterProperties
{
    private static readonly RewriteContext[] Contexts =
    [
        RewriteContext.Default,
        new(new LintContext { IsComplaint = true }),
        new(new LintContext { Channel = ReplyChannel.Voice, CustomerEmotion = CustomerEmotion.Anxious }),
        new(new LintContext { CustomerUsedEmoji = true, Slots = new Dictionary<string, string> { ["到货时间"] = "3天内", ["替代商品"] = "XX款", ["处理时限"] = "2小时" } }),
    ];

    private static Arbitrary<RewriteContext> ContextArb => Arb.From(Gen.Elements(Contexts));

    [Property(MaxTest = 300)]
    public Property Rewrite_IsIdempotent() =>
        Prop.ForAll(Arb.From(DraftGenerators.AnyDraft), ContextArb, (draft, context) =>
        {
            var once = PhraseRewriter.Default.Rewrite(draft, context).Text;
            var twice = PhraseRewriter.Default.Rewrite(once, context);
            return (twice.Text == once && twice.Edits.Count == 0).Label($"once: {once} | twice: {twice.Text}");
        });

    [Property(MaxTest = 300)]
    public Property Edits_AreInBounds_NonOverlapping_Sorted_AndReproduceTheText() =>
        Prop.ForAll(Arb.From(DraftGenerators.AnyDraft), ContextArb, (draft, context) =>
        {
            var r = PhraseRewriter.Default.Rewrite(draft, context);
            var pos = 0;
            var lastInsert = -1;
            foreach (var e in r.Edits)
            {
                if (e.Start < 0 || e.Length < 0 || e.End > draft.Length || e.Start < pos || (e.Length == 0 && e.Start == lastInsert))
                {
                    return false.Label($"bad edit {e}");
                }

                lastInsert = e.Length == 0 ? e.Start : -1;
                pos = e.End;
            }

            return (r.Apply(r.Edits) == r.Text && r.Original == draft).Label("apply(all) != text");
        });

    [Property(MaxTest = 300)]
    public Property TextOutsideEdits_IsUntouched() =>
        Prop.ForAll(Arb.From(DraftGenerators.AnyDraft), ContextArb, (draft, context) =>
        {
            var r = PhraseRewriter.Default.Rewrite(draft, context);
            // Walk original and result together: every gap between edits must be copied verbatim.
            int o = 0, t = 0;
            foreach (var e in r.Edits)
            {
                var gap = e.Start - o;
                if (string.CompareOrdinal(draft, o, r.Text, t, gap) != 0)
                {
                    return false;
                }

                t += gap;
                if (string.CompareOrdinal(e.Replacement, 0, r.Text, t, e.Replacement.Length) != 0)
                {
                    return false;
                }

                t += e.Replacement.Length;
                o = e.End;
            }

            return string.CompareOrdinal(draft, o, r.Text, t, draft.Length - o) == 0 && t + (draft.Length - o) == r.Text.Length;
        });

    [Property(MaxTest = 300)]
    public Property Relint_OfRewrite_HasNoAutomaticallyFixableFinding_ThatIsNotASuggestion() =>
        Prop.ForAll(Arb.From(DraftGenerators.AnyDraft), ContextArb, (draft, context) =>
        {
            // The verifier may decline a fix (it would repeat a clause, double a word, …): then it is offered as a
            // suggestion over the same words instead — never silently left, never applied as broken text.
            var r = PhraseRewriter.Default.Rewrite(draft, context);
            var auto = ReplyLinter.Default.Lint(r.Text, context.Lint).Findings
                .Where(f => f.HasAutomaticFix && !r.Suggestions.Any(s => s.Start < f.End && s.End > f.Start || (s.Start == f.Start && s.Length == f.Length)))
                .ToList();
            return (auto.Count == 0).Label($"{r.Text}: {string.Join(", ", auto.Select(f => f.RuleId + " " + f.MatchedText))}");
        });

    [Property(MaxTest = 200)]
    public Property Rewrite_NeverLeavesALiteralSlot() =>
        Prop.ForAll(Arb.From(DraftGenerators.Draft.Select(d => d.Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal))), ContextArb, (draft, context) =>
            !PhraseRewriter.Default.Rewrite(draft, context).Text.Contains('{', StringComparison.Ordinal));

    [Fact]
    public void Rewrite_OneMegabyteDraft_DoesNotThrow_AndIsClean()
    {
        var draft = string.Concat(Enumerable.Repeat("你好，这个商品没货了，我们会尽快处理😀！！", 40_000));
        var r = PhraseRewriter.Default.Rewrite(draft);
        Assert.True(r.Edits.Count > 10_000);
        Assert.DoesNotContain(ReplyLinter.Default.Lint(r.Text).Findings, f => f.HasAutomaticFix);
    }
}
