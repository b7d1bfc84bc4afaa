using CsEtiquette.Linting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CsEtiquette.Tests.Linting;

public sealed class ReplyLinterProperties
{
    private static readonly LintContext[] Contexts =
    [
        LintContext.Default,
        new() { IsComplaint = true },
        new() { Channel = ReplyChannel.Voice, CustomerEmotion = CustomerEmotion.Angry },
        new() { CustomerUsedEmoji = true, Slots = new Dictionary<string, string> { ["到货时间"] = "3天内", ["替代商品"] = "XX款" } },
    ];

    [Property(MaxTest = 300)]
    public Property Lint_NeverThrows_AndFindingsLieInsideTheDraft() =>
        Prop.ForAll(Arb.From(DraftGenerators.AnyDraft), Arb.From(Gen.Elements(Contexts)), (draft, context) =>
        {
            var report = ReplyLinter.Default.Lint(draft, context);
            foreach (var f in report.Findings)
            {
                if (f.Start < 0 || f.Length < 0 || f.End > draft.Length || draft.Substring(f.Start, f.Length) != f.MatchedText)
                {
                    return false;
                }

                // A fix never introduces a literal {slot} (the CSE012 suggestion quotes the draft, so only when the draft has none).
                if (!draft.Contains('{', StringComparison.Ordinal) && f.Fixes.Any(x => x.Contains('{', StringComparison.Ordinal)))
                {
                    return false;
                }

                if (f.AutomaticFix is not null && f.Fixes[0] != f.AutomaticFix)
                {
                    return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 100)]
    public Property Lint_IsDeterministic() =>
        Prop.ForAll(Arb.From(DraftGenerators.AnyDraft), draft =>
            ReplyLinter.Default.Lint(draft).Findings.SequenceEqual(ReplyLinter.Default.Lint(draft).Findings, FindingComparer.Instance));

    [Fact]
    public void Lint_OneMegabyteDraft_DoesNotThrow()
    {
        var sb = new System.Text.StringBuilder();
        var i = 0;
        while (sb.Length < 1_000_000)
        {
            sb.Append(i++ % 3 == 0 ? "你好，这个商品没货了，我们会尽快处理😀！！" : "您好，请问有什么可以帮到您？\uD800");
        }

        var report = ReplyLinter.Default.Lint(sb.ToString());
        Assert.True(report.Findings.Count > 1000);
        Assert.All(report.Findings, f => Assert.True(f.End <= sb.Length));
    }

    [Fact]
    public void Lint_OneMegabyteOfOneCharacter_DoesNotThrow()
    {
        Assert.NotNull(ReplyLinter.Default.Lint(new string('!', 1_000_000)));
        Assert.NotNull(ReplyLinter.Default.Lint(new string('三', 1_000_000)));
    }

    private sealed class FindingComparer : IEqualityComparer<Finding>
    {
        public static FindingComparer Instance { get; } = new();

        public bool Equals(Finding? x, Finding? y) =>
            x!.RuleId == y!.RuleId && x.Start == y.Start && x.Length == y.Length && x.AutomaticFix == y.AutomaticFix && x.Fixes.SequenceEqual(y.Fixes);

        public int GetHashCode(Finding obj) => obj.Start;
    }
}
