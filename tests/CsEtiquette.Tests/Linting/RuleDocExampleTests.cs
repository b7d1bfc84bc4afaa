using CsEtiquette.Linting;
using CsEtiquette.Rewriting;

namespace CsEtiquette.Tests.Linting;

/// <summary>
/// Docs as tests: every row of the "Examples" table of docs/rules/CSE*.md runs. The bad example must produce the
/// page's rule; the good one must have no finding of that rule and nothing automatically fixable; an "automatic" row's
/// good example is exactly what the rewriter makes of the bad one.
/// </summary>
public sealed class RuleDocExampleTests
{
    public static TheoryData<string, string, string, string> Rows()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var path in Directory.GetFiles(Path.Combine(LintTestData.RepoRoot(), "docs", "rules"), "CSE*.md").Order(StringComparer.Ordinal))
        {
            var rule = Path.GetFileNameWithoutExtension(path);
            var inExamples = false;
            foreach (var line in File.ReadLines(path))
            {
                if (line.StartsWith("## ", StringComparison.Ordinal))
                {
                    inExamples = line == "## Examples";
                    continue;
                }

                if (!inExamples || !line.StartsWith('|') || line.StartsWith("| Bad", StringComparison.Ordinal) || line.StartsWith("|---", StringComparison.Ordinal))
                {
                    continue;
                }

                var cells = line.Trim('|').Split('|');
                if (cells.Length >= 3)
                {
                    data.Add(rule, cells[0].Trim(), cells[1].Trim(), cells[2].Trim());
                }
            }
        }

        return data;
    }

    [Fact]
    public void EveryRulePage_HasExamples()
    {
        var rules = Rows().Select(r => (string)r[0]).ToHashSet();
        foreach (var rule in ReplyLinter.Default.Rules.Where(r => r.Id.StartsWith("CSE", StringComparison.Ordinal)))
        {
            Assert.Contains(rule.Id, rules);
        }
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void BadExample_ProducesTheRule(string rule, string bad, string good, string fix)
    {
        _ = good;
        _ = fix;
        var (draft, context) = Parse(bad);
        Assert.Contains(ReplyLinter.Default.Lint(draft, context).Findings, f => f.RuleId == rule);
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public void GoodExample_IsClean_AndIsTheAutomaticFix(string rule, string bad, string good, string fix)
    {
        var (draft, context) = Parse(bad);
        var manual = good.StartsWith("（人工）", StringComparison.Ordinal);
        var text = manual ? good["（人工）".Length..] : good;
        var note = text.IndexOf(" (", StringComparison.Ordinal);
        text = note > 0 ? text[..note] : text;
        if (text == "删除")
        {
            return; // the fix is to delete the words: nothing left to lint
        }

        var findings = ReplyLinter.Default.Lint(text, context).Findings;
        Assert.DoesNotContain(findings, f => f.RuleId == rule);
        Assert.DoesNotContain(findings, f => f.HasAutomaticFix);
        if (!manual && fix.StartsWith("automatic", StringComparison.Ordinal) && !fix.Contains("insertion", StringComparison.Ordinal))
        {
            Assert.Equal(text, PhraseRewriter.Default.Rewrite(draft, new RewriteContext(context)).Text);
        }
    }

    // "(slot k=v)" after the draft sets a slot; "(complaint)", "(customer Anxious)", "(customer used emoji)" before it set the context.
    private static (string Draft, LintContext Context) Parse(string cell)
    {
        var context = LintContext.Default;
        var draft = cell;
        if (draft.StartsWith('('))
        {
            var close = draft.IndexOf(')', StringComparison.Ordinal);
            var note = draft[1..close];
            draft = draft[(close + 1)..].Trim();
            context = note switch
            {
                "complaint" => context with { IsComplaint = true },
                "customer used emoji" => context with { CustomerUsedEmoji = true },
                _ when note.StartsWith("customer ", StringComparison.Ordinal) => context with { CustomerEmotion = Enum.Parse<CustomerEmotion>(note["customer ".Length..]) },
                _ => context,
            };
        }

        var slot = draft.IndexOf(" (slot ", StringComparison.Ordinal);
        if (slot > 0)
        {
            var kv = draft[(slot + 7)..].TrimEnd(')').Split('=');
            draft = draft[..slot];
            context = context with { Slots = new Dictionary<string, string> { [kv[0]] = kv[1] } };
        }

        return (draft, context);
    }
}
