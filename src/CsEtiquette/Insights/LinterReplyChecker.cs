using CsEtiquette.Linting;

namespace CsEtiquette.Insights;

/// <summary>Quality inspection through <see cref="IReplyLinter"/>: conversation context becomes a <see cref="LintContext"/>.</summary>
internal sealed class LinterReplyChecker(IReplyLinter linter) : IReplyChecker
{
    private static readonly LintContext Plain = LintContext.Default;

    public bool Check(string reply, bool isComplaint, string? customerEmotion, List<string> ruleIds)
    {
        var emotion = customerEmotion is not null && Enum.TryParse<CustomerEmotion>(customerEmotion, out var e) ? e : CustomerEmotion.Unknown;
        var context = !isComplaint && emotion == CustomerEmotion.Unknown
            ? Plain
            : new LintContext { IsComplaint = isComplaint, CustomerEmotion = emotion };
        var flagged = false;
        foreach (var f in linter.Lint(reply, context).Findings)
        {
            ruleIds.Add(f.RuleId);
            flagged |= f.Severity >= Severity.Warning;
        }

        return flagged;
    }
}
