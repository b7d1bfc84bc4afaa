namespace CsEtiquette.Complaints;

/// <summary>
/// The outcome of <see cref="IComplaintWorkflow.Apply(ComplaintCase, ComplaintEvent, DateTimeOffset)"/>: either the
/// event was accepted and <see cref="Case"/> is the new case, or it was rejected and <see cref="Case"/> is the
/// unchanged input with a <see cref="Reason"/> and a <see cref="Message"/> saying what must come first. Immutable.
/// </summary>
public sealed record ComplaintApplyResult
{
    private ComplaintApplyResult(bool accepted, ComplaintCase @case, ComplaintEvent @event,
        ComplaintRejectionReason? reason, string message)
    {
        IsAccepted = accepted;
        Case = @case;
        Event = @event;
        Reason = reason;
        Message = message;
    }

    /// <summary>Whether the event was accepted.</summary>
    public bool IsAccepted { get; }

    /// <summary>The new case when accepted; the unchanged case when rejected.</summary>
    public ComplaintCase Case { get; }

    /// <summary>The event that was applied.</summary>
    public ComplaintEvent Event { get; }

    /// <summary>Why the event was rejected; null when accepted.</summary>
    public ComplaintRejectionReason? Reason { get; }

    /// <summary>A sentence for people: for a rejection, which step must come first or what is wrong with the event
    /// (e.g. “VerifyInformation (核实信息) must come first: …”); for an acceptance, the transition made.</summary>
    public string Message { get; }

    internal static ComplaintApplyResult Accepted(ComplaintCase next, ComplaintEvent e, string message) =>
        new(true, next, e, null, message);

    internal static ComplaintApplyResult Rejected(ComplaintCase unchanged, ComplaintEvent e,
        ComplaintRejectionReason reason, string message) =>
        new(false, unchanged, e, reason, message);
}
