using CsEtiquette.Analysis;
using CsEtiquette.Complaints;
using CsEtiquette.Knowledge;
using CsEtiquette.Linting;

namespace CsEtiquette.Assistant;

/// <summary>
/// A suggested reply (建议回复) from <see cref="IReplyAssistant"/>: the text, its parts and why each was chosen, the
/// analysis of the customer's message, the complaint case after the reply (if any) and the lint report proving the
/// reply is clean. Immutable and thread-safe.
/// </summary>
/// <param name="Text">The reply text; never empty, never contains an unfilled <c>{slot}</c>, lints clean.</param>
/// <param name="Parts">The parts in reply order; their texts concatenate to <see cref="Text"/>.</param>
/// <param name="Analysis">The analysis of the latest customer message; null for an agent-initiated reply (follow-up).</param>
/// <param name="Issue">The problem the conversation is about (chooses the empathy wording).</param>
/// <param name="Complaint">The complaint case as it stands once this reply is sent, or null when there is none.</param>
/// <param name="ComplaintStep">The workflow's next step after this reply (what to do next), or null without a case.</param>
/// <param name="Lint">The lint report of <see cref="Text"/> in the conversation's context (no findings).</param>
/// <param name="Conversation">The conversation with the customer's message, this reply and the complaint case
/// recorded: pass it to the next <see cref="IReplyAssistant.Suggest"/> call.</param>
public sealed record ReplySuggestion(
    string Text,
    IReadOnlyList<ReplyPart> Parts,
    MessageAnalysis? Analysis,
    CustomerIssue Issue,
    ComplaintCase? Complaint,
    ComplaintNextStep? ComplaintStep,
    LintReport Lint,
    Conversation Conversation)
{
    /// <summary>What the customer's turn does in context (question, answer, thanks, choice …); <see cref="DialogueAct.Statement"/> for a follow-up.</summary>
    public DialogueAct Act { get; init; }

    /// <summary>The knowledge entry the reply answers from (常见问题), or null when none passed the threshold.</summary>
    public KnowledgeMatch? Knowledge { get; init; }

    /// <summary>What this reply asks the customer for (order number, photos); empty when nothing.</summary>
    public IReadOnlyList<MissingInfo> Asked { get; init; } = [];

    /// <summary>The policy check of the customer's request (return window, after-sales period, warranty), or null when none was made.</summary>
    public PolicyCheck? Eligibility { get; init; }

    /// <summary>
    /// Complaint events the workflow rejected while composing this reply (never silently dropped): each result names
    /// the event, the reason and what must come first. Empty when every event was accepted.
    /// </summary>
    public IReadOnlyList<ComplaintApplyResult> Rejections { get; init; } = [];

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The reply text.</returns>
    public override string ToString() => Text;
}
