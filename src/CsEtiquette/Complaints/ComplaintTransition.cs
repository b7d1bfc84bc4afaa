namespace CsEtiquette.Complaints;

/// <summary>
/// One row of the <see cref="ComplaintTransitionTable"/>: in state <see cref="From"/>, an event of kind
/// <see cref="Trigger"/> moves the case to <see cref="To"/>, provided the row's <see cref="Guard"/> holds.
/// Immutable.
/// </summary>
public sealed record ComplaintTransition
{
    internal ComplaintTransition(ComplaintState from, ComplaintTrigger trigger, ComplaintState to,
        TransitionCondition condition = TransitionCondition.Always, string? guard = null)
    {
        From = from;
        Trigger = trigger;
        To = to;
        Condition = condition;
        Guard = guard;
    }

    /// <summary>The source state.</summary>
    public ComplaintState From { get; }

    /// <summary>The kind of event.</summary>
    public ComplaintTrigger Trigger { get; }

    /// <summary>The destination state.</summary>
    public ComplaintState To { get; }

    /// <summary>
    /// A short description of the condition that selects this row among rows with the same
    /// (<see cref="From"/>, <see cref="Trigger"/>), e.g. <c>satisfied</c>; null when the row is unconditional.
    /// Shown on the generated diagrams.
    /// </summary>
    public string? Guard { get; }

    internal TransitionCondition Condition { get; }

    /// <summary>The diagram label: the trigger, followed by the guard in brackets when there is one.</summary>
    public string Label => Guard is null ? Trigger.ToString() : $"{Trigger} [{Guard}]";
}
