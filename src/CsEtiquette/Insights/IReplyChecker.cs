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
    /// <param name="ruleIds">Receives the rule ids.</param>
    bool Check(string reply, bool isComplaint, string? customerEmotion, List<string> ruleIds);
}
