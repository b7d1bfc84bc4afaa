namespace CsEtiquette.Insights;

/// <summary>Adapter from quality inspection to the reply linter (keeps Insights independent of its types).</summary>
internal interface IReplyChecker
{
    /// <summary>
    /// Lints one agent reply, appending the rule id of every finding to <paramref name="ruleIds"/>; returns
    /// whether the reply is flagged (has a finding of warning severity or worse).
    /// </summary>
    bool Check(string reply, string? lastCustomerText, List<string> ruleIds);
}
