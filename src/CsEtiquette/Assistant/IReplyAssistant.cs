namespace CsEtiquette.Assistant;

/// <summary>
/// Suggests replies to customers the way the training seeds teach (先处理情绪,再处理事情: empathy and apology, then
/// a paraphrase, then the missing information, then 2–3 choices), drives the complaint workflow
/// (投诉处理四步法) when a complaint is detected, and checks an agent's own drafts. Implementations are stateless and
/// thread-safe: all state is in the immutable <see cref="Conversation"/>. The default is <see cref="ReplyAssistant"/>.
/// </summary>
public interface IReplyAssistant
{
    /// <summary>
    /// Suggests the reply to <paramref name="latestCustomerMessage"/>. <paramref name="conversation"/> holds the turns
    /// before it; the result's <see cref="ReplySuggestion.Conversation"/> has the message, the reply and the complaint
    /// case recorded. Deterministic for the same conversation (seed, turns) and clock reading.
    /// </summary>
    /// <param name="conversation">The conversation so far.</param>
    /// <param name="latestCustomerMessage">The customer's new message; any string (an empty one gets a listening reply).</param>
    /// <returns>A suggestion whose text lints clean.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    ReplySuggestion Suggest(Conversation conversation, string latestCustomerMessage);

    /// <summary>
    /// Suggests the agent-initiated follow-up (闭环跟进: “您好,之前您反馈的…问题已处理,请问目前是否还有其他疑问?”) for a
    /// conversation whose complaint case is resolved. The case is unchanged; the customer's answer, passed to
    /// <see cref="Suggest"/>, records the follow-up (satisfied → closed, not satisfied → reopened).
    /// </summary>
    /// <param name="conversation">The conversation.</param>
    /// <returns>The follow-up suggestion, or null when the conversation has no resolved case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conversation"/> is null.</exception>
    ReplySuggestion? SuggestFollowUp(Conversation conversation);

    /// <summary>Lints an agent's own <paramref name="draft"/> in the context of <paramref name="conversation"/>
    /// (complaint, customer emotion and emoji use, policy slots) and rewrites it.</summary>
    /// <param name="draft">The draft; any string.</param>
    /// <param name="conversation">The conversation the draft answers.</param>
    /// <returns>The findings and the rewrite.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    DraftCheck CheckDraft(string draft, Conversation conversation);
}
