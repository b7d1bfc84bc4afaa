namespace CsEtiquette.Insights;

/// <summary>Adapter from quality inspection to the reply linter (keeps aggregation testable without it).</summary>
internal interface IReplyChecker
{
    /// <summary>
    /// Lints one agent reply, appending the rule id of every finding to <paramref name="ruleIds"/>; returns
    /// whether the reply is flagged (has a finding of warning severity or worse).
    /// </summary>
    /// <param name="reply">The agent's reply.</param>
    /// <param name="isComplaint">Whether the conversation is a complaint.</param>
    /// <param name="customerEmotion">The emotion label of the customer's last message, or null.</param>
    /// <param name="empathyShown">
    /// The agent already apologised or empathised since the customer became upset / complained: the
    /// apology-or-empathy rule (CSE009) is not checked for this reply.
    /// </param>
    /// <param name="ruleIds">Receives the rule ids.</param>
    /// <param name="showsEmpathy">
    /// True when the context required empathy (complaint or upset customer, <paramref name="empathyShown"/>
    /// false) and the reply satisfied it by the linter's own empathy markers; false otherwise (also when the
    /// context did not require it, since then it is not checked).
    /// </param>
    bool Check(string reply, bool isComplaint, string? customerEmotion, bool empathyShown, List<string> ruleIds, out bool showsEmpathy);
}
