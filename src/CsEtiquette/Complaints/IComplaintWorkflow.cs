namespace CsEtiquette.Complaints;

/// <summary>
/// The complaint workflow (投诉处理四步法: 接纳情绪 → 核实信息 → 解决方案 → 闭环跟进) as a service for dependency
/// injection. Implementations are stateless and thread-safe: the state lives in the immutable
/// <see cref="ComplaintCase"/>. The default implementation is <see cref="ComplaintWorkflow"/>.
/// </summary>
public interface IComplaintWorkflow
{
    /// <summary>The transition table the workflow follows (and the diagrams are generated from).</summary>
    ComplaintTransitionTable Transitions { get; }

    /// <summary>Opens a case now (per the workflow's <see cref="TimeProvider"/>).</summary>
    /// <param name="id">The case id; must not be null or blank.</param>
    /// <returns>A case in <see cref="ComplaintState.Opened"/> with version 0 and an empty history.</returns>
    ComplaintCase Start(string id);

    /// <summary>Opens a case at <paramref name="openedAt"/>.</summary>
    /// <param name="id">The case id; must not be null or blank.</param>
    /// <param name="openedAt">When the complaint was received.</param>
    /// <returns>A case in <see cref="ComplaintState.Opened"/> with version 0 and an empty history.</returns>
    ComplaintCase Start(string id, DateTimeOffset openedAt);

    /// <summary>Applies an event now (per the workflow's <see cref="TimeProvider"/>).</summary>
    /// <param name="complaint">The case.</param>
    /// <param name="complaintEvent">The event.</param>
    /// <returns>See <see cref="Apply(ComplaintCase, ComplaintEvent, DateTimeOffset)"/>.</returns>
    ComplaintApplyResult Apply(ComplaintCase complaint, ComplaintEvent complaintEvent);

    /// <summary>
    /// Applies an event at <paramref name="now"/>. Never throws for a wrong-order or invalid event: the result is
    /// either accepted (a new case with <c>Version + 1</c> and the event appended to the history) or rejected (the
    /// unchanged case, a <see cref="ComplaintRejectionReason"/> and a message saying which step must come first).
    /// </summary>
    /// <param name="complaint">The case.</param>
    /// <param name="complaintEvent">The event.</param>
    /// <param name="now">When the event happens; must not be earlier than <see cref="ComplaintCase.UpdatedAt"/>.</param>
    /// <returns>The accepted or rejected result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="complaint"/> or <paramref name="complaintEvent"/> is null.</exception>
    ComplaintApplyResult Apply(ComplaintCase complaint, ComplaintEvent complaintEvent, DateTimeOffset now);

    /// <summary>Whether the case is resolved and its follow-up is overdue now (per the workflow's <see cref="TimeProvider"/>).</summary>
    /// <param name="complaint">The case.</param>
    /// <returns>See <see cref="IsFollowUpOverdue(ComplaintCase, DateTimeOffset)"/>.</returns>
    bool IsFollowUpOverdue(ComplaintCase complaint);

    /// <summary>Whether the case is <see cref="ComplaintState.Resolved"/> and <paramref name="now"/> is later than
    /// <see cref="ComplaintCase.FollowUpDueAt"/> (exactly at the due time is not overdue). False in every other state.</summary>
    /// <param name="complaint">The case.</param>
    /// <param name="now">The time to compare with.</param>
    /// <returns><see langword="true"/> when the follow-up is overdue.</returns>
    bool IsFollowUpOverdue(ComplaintCase complaint, DateTimeOffset now);

    /// <summary>What to do next with the case, as data: the expected event, the description, the complaint-pack reply
    /// and the reply template that fits the step (with its slots), for a renderer such as
    /// <c>CsEtiquette.Templates.ComplaintReplySuggester</c> to turn into a suggested reply that follows the training
    /// seeds (您, positive wording, concrete times). Pure: the same case gives the same plan.</summary>
    /// <param name="complaint">The case.</param>
    /// <returns>The plan; for a closed case, a plan with a null action, an empty reply and no template.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="complaint"/> is null.</exception>
    ComplaintStepPlan PlanNextStep(ComplaintCase complaint);
}
