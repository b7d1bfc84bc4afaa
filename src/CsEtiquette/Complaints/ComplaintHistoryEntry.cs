namespace CsEtiquette.Complaints;

/// <summary>One accepted event in a case's history. Immutable.</summary>
/// <param name="Version">The case version this event produced (1 for the first accepted event).</param>
/// <param name="At">When the event was applied.</param>
/// <param name="From">The state before the event.</param>
/// <param name="To">The state after the event.</param>
/// <param name="Event">The event itself.</param>
public sealed record ComplaintHistoryEntry(
    int Version,
    DateTimeOffset At,
    ComplaintState From,
    ComplaintState To,
    ComplaintEvent Event);
