using System.Collections.Immutable;

namespace CsEtiquette.Complaints;

/// <summary>
/// What to do next with a case, as data (建议下一步): the expected event, what the agent should do, the reply of the
/// embedded complaint pack with its slots filled, and — when a reply template fits the step better — the template id,
/// its slot values and the variant inputs, for a template renderer to turn into the suggested reply. Produced by
/// <see cref="IComplaintWorkflow.PlanNextStep"/>; the complaint workflow itself renders no template (the adapter
/// <c>CsEtiquette.Templates.ComplaintReplySuggester</c> does). Immutable.
/// </summary>
/// <param name="Action">The event expected next (for <see cref="ComplaintState.SolutionsOffered"/>, the customer's
/// <see cref="ComplaintTrigger.ChooseSolution"/>; for an escalated case, <see cref="ComplaintTrigger.Resolve"/> by the
/// supervisor or platform); null for a closed case.</param>
/// <param name="Description">What the agent should do, in one sentence (English with the Chinese step name).</param>
/// <param name="ReplyId">The id of the reply in the complaint pack (e.g. <c>complaint.follow-up</c>); empty for a
/// closed case.</param>
/// <param name="PackReply">That reply with its slots filled from the case (or the text of
/// <see cref="ComplaintOptions.Replies"/> when overridden); empty for a closed case.</param>
/// <param name="TemplateId">The template of the template library that renders this step (e.g. <c>followup.24h</c>),
/// or null when <paramref name="PackReply"/> is the reply (no template fits, or the reply is overridden).</param>
/// <param name="TemplateSlots">The slot values for <paramref name="TemplateId"/> (e.g. <c>处理时限</c> → <c>24小时</c>);
/// empty when the template has no slots.</param>
/// <param name="Choices">The options for a choice-offer template (解决方案); empty otherwise.</param>
/// <param name="DueAt">The deadline of the action when there is one (the follow-up due time), else null.</param>
/// <param name="VariantSeed">A seed stable across processes for the case (FNV-1a of the id), so the same case gets the
/// same template variant.</param>
/// <param name="Turn">The variant turn: the case version, so consecutive steps vary (避免机械话术).</param>
/// <param name="At">The case's last update time, the render time of the reply.</param>
public sealed record ComplaintStepPlan(
    ComplaintTrigger? Action,
    string Description,
    string ReplyId,
    string PackReply,
    string? TemplateId,
    ImmutableDictionary<string, string> TemplateSlots,
    ImmutableArray<string> Choices,
    DateTimeOffset? DueAt,
    long VariantSeed,
    int Turn,
    DateTimeOffset At)
{
    /// <summary>The step as a <see cref="ComplaintNextStep"/> with the pack reply (no template rendering).</summary>
    /// <returns>The step with <see cref="ReplyId"/> and <see cref="PackReply"/>.</returns>
    public ComplaintNextStep WithPackReply() => new(Action, Description, ReplyId, PackReply, DueAt);
}
