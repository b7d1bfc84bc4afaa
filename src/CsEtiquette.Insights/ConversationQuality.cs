namespace CsEtiquette.Insights;

/// <summary>
/// The scorecard result of one conversation (会话质检): its id, the agent who served it (first agent to reply), the
/// 0..100 score, whether a critical finding zeroed it, and every finding with its turn (1-based message index within
/// the conversation) and the message text in context. Immutable.
/// </summary>
/// <param name="Id">The conversation id.</param>
/// <param name="Agent">The first agent who replied, or null when no agent replied.</param>
/// <param name="Score">0..100 (0 when <paramref name="Critical"/>).</param>
/// <param name="Critical">A critical finding (compliance error, abuse by the agent) zeroed the score.</param>
/// <param name="Findings">Conversation-rule and reply-lint findings in turn order (at most 32 are kept).</param>
public sealed record ConversationQuality(string Id, string? Agent, int Score, bool Critical, IReadOnlyList<ConversationFinding> Findings)
{
    /// <summary>Global sequence number of the conversation's first message (orders ties; merges stay deterministic).</summary>
    internal long FirstSeq { get; init; }
}

/// <summary>One finding in a conversation.</summary>
/// <param name="Rule">Rule id: <c>CSC…</c> (conversation), <c>CSE…</c>/<c>CSP…</c> (reply lint) or a custom pack's.</param>
/// <param name="Turn">1-based index of the message within the conversation.</param>
/// <param name="Message">What is wrong (the rule's message).</param>
/// <param name="Text">The message at that turn (at most 120 characters), for the drill-down.</param>
public sealed record ConversationFinding(string Rule, int Turn, string Message, string Text);
