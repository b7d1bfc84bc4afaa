namespace CsEtiquette.Complaints;

/// <summary>The latest escalation of a case: why, to whom, when and from which state. Immutable.</summary>
/// <param name="Reason">Why the case was escalated.</param>
/// <param name="Target">Who took it over.</param>
/// <param name="At">When it was escalated.</param>
/// <param name="FromState">The state the case was in when escalated.</param>
/// <param name="Note">The note given with the <see cref="Escalate"/> event, or null.</param>
public sealed record ComplaintEscalation(
    EscalationReason Reason,
    EscalationTarget Target,
    DateTimeOffset At,
    ComplaintState FromState,
    string? Note = null);
