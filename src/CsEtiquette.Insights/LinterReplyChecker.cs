using CsEtiquette.Linting;

namespace CsEtiquette.Insights;

/// <summary>Quality inspection through <see cref="IReplyLinter"/>: conversation context becomes a <see cref="LintContext"/>.</summary>
internal sealed class LinterReplyChecker(IReplyLinter linter) : IReplyChecker
{
    /// <summary>The linter rule that asks for an apology or empathy (缺少道歉或共情).</summary>
    internal const string EmpathyRuleId = "CSE009";

    private static readonly LintContext Plain = LintContext.Default;
    private static readonly string[] EmpathySuppressed = [EmpathyRuleId];

    public bool Check(string reply, bool isComplaint, string? customerEmotion, bool empathyShown, List<string> ruleIds, out bool showsEmpathy)
    {
        var emotion = customerEmotion is not null && Enum.TryParse<CustomerEmotion>(customerEmotion, out var e) ? e : CustomerEmotion.Unknown;
        LintContext context;
        if (!isComplaint && emotion == CustomerEmotion.Unknown)
        {
            context = Plain;
        }
        else
        {
            // Already apologised in this conversation: do not ask for it again (the emotion still informs other rules).
            context = new LintContext
            {
                IsComplaint = isComplaint,
                CustomerEmotion = emotion,
                SuppressedRules = empathyShown ? EmpathySuppressed : [],
            };
        }

        // Which words count as empathy is the linter's business (its CSE009 markers): a reply in a context
        // requiring empathy shows it exactly when CSE009 does not fire.
        var required = !empathyShown && (context.IsComplaint || context.IsCustomerUpset);
        var empathyMissing = false;
        var flagged = false;
        foreach (var f in linter.Lint(reply, context).Findings)
        {
            ruleIds.Add(f.RuleId);
            flagged |= f.Severity >= Severity.Warning;
            empathyMissing |= string.Equals(f.RuleId, EmpathyRuleId, StringComparison.Ordinal);
        }

        showsEmpathy = required && !empathyMissing;
        return flagged;
    }
}
