using System.Text.Json.Serialization;

namespace CsEtiquette.Complaints;

/// <summary>
/// Hands the case to a supervisor or the platform. Accepted in every open state before the follow-up
/// (<see cref="ComplaintState.Opened"/> … <see cref="ComplaintState.Resolved"/>), and once more in
/// <see cref="ComplaintState.Escalated"/> to move a case from the supervisor to the platform.
/// An undefined reason or target is rejected with <see cref="ComplaintRejectionReason.InvalidEscalation"/>.
/// </summary>
/// <param name="Reason">Why the case is escalated.</param>
/// <param name="Target">Who takes it over.</param>
/// <param name="Note">An optional note, e.g. the rule the decision is based on (处理依据).</param>
public sealed record Escalate(EscalationReason Reason, EscalationTarget Target, string? Note = null) : ComplaintEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ComplaintTrigger Trigger => ComplaintTrigger.Escalate;
}
