namespace CsEtiquette.Complaints;

/// <summary>
/// What to do next with a case and what to say (建议话术): a <see cref="ComplaintStepPlan"/> with its reply rendered
/// (by <c>CsEtiquette.Templates.ComplaintReplySuggester</c>, or <see cref="ComplaintStepPlan.WithPackReply"/>). Immutable.
/// </summary>
/// <param name="Action">The event expected next (for <see cref="ComplaintState.SolutionsOffered"/>, the customer's
/// <see cref="ComplaintTrigger.ChooseSolution"/>; for an escalated case, <see cref="ComplaintTrigger.Resolve"/> by
/// the supervisor or platform); null for a closed case.</param>
/// <param name="Description">What the agent should do, in one sentence (English with the Chinese step name).</param>
/// <param name="ReplyId">Where the reply came from: a template id of the template library (e.g.
/// <c>apology.general</c>, <c>followup.24h</c>) or an id of the embedded complaint pack (e.g.
/// <c>complaint.resolve</c>); empty for a closed case.</param>
/// <param name="SuggestedReply">The suggested reply to the customer, slots filled from the case (order number,
/// options, follow-up window); empty for a closed case.</param>
/// <param name="DueAt">The deadline of the action when there is one (the follow-up due time), else null.</param>
public sealed record ComplaintNextStep(
    ComplaintTrigger? Action,
    string Description,
    string ReplyId,
    string SuggestedReply,
    DateTimeOffset? DueAt = null);
