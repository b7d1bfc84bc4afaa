using CsEtiquette.Linting;
using CsEtiquette.Rewriting;

namespace CsEtiquette.Tests.Linting;

/// <summary>Every phrase to avoid (seeds and rule catalogue) is flagged by its rule and rewritten as expected.</summary>
public sealed class FlaggedCatalogueTests
{
    [Theory]
    [MemberData(nameof(LintTestData.FlaggedRows), MemberType = typeof(LintTestData))]
    public void Lint_Flags_PhraseToAvoid(string rule, string draft, string expected)
    {
        _ = expected;
        var context = Context(draft, out var text);
        var report = ReplyLinter.Default.Lint(text, context.Lint);
        Assert.Contains(report.Findings, f => f.RuleId == rule);
    }

    [Theory]
    [MemberData(nameof(LintTestData.FlaggedRows), MemberType = typeof(LintTestData))]
    public void Rewrite_GivesExpectedText(string rule, string draft, string expected)
    {
        var context = Context(draft, out var text);
        var result = PhraseRewriter.Default.Rewrite(text, context);
        if (expected == "=")
        {
            Assert.Equal(text, result.Text);
            Assert.Contains(result.RemainingFindings, f => f.RuleId == rule && !f.HasAutomaticFix);
        }
        else
        {
            Assert.Equal(expected, result.Text);
            Assert.Contains(result.Edits, e => e.RuleId == rule);
        }
    }

    // A leading "!" in the catalogue marks a complaint conversation (CSE009).
    private static RewriteContext Context(string draft, out string text)
    {
        var complaint = draft.StartsWith('!');
        text = complaint ? draft[1..] : draft;
        return new RewriteContext(new LintContext { IsComplaint = complaint });
    }
}
