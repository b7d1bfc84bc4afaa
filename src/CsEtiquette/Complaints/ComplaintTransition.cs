namespace CsEtiquette.Complaints;

/// <summary>
/// One row of the <see cref="ComplaintTransitionTable"/>: in state <see cref="From"/>, an event of kind
/// <see cref="Trigger"/> moves the case to <see cref="To"/>, provided the row's guard holds (described by
/// <see cref="Guard"/>). The row also carries its effect — what the accepted event records on the case — so one row
/// holds everything about one transition, as in Stateless' <c>PermitIf(trigger, state, guard, description)</c>.
/// Immutable and thread-safe.
/// </summary>
public sealed record ComplaintTransition
{
    internal ComplaintTransition(ComplaintState from, ComplaintTrigger trigger, ComplaintState to,
        TransitionEffect effect, ComplaintGuard? when = null, string? guard = null)
    {
        From = from;
        Trigger = trigger;
        To = to;
        Effect = effect;
        When = when;
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

    /// <summary>The diagram label: the trigger, followed by the guard in brackets when there is one.</summary>
    public string Label => Guard is null ? Trigger.ToString() : $"{Trigger} [{Guard}]";

    /// <summary>The guard itself; null for an unconditional row.</summary>
    internal ComplaintGuard? When { get; }

    /// <summary>What an accepted event records on the case besides state, version and history.</summary>
    internal TransitionEffect Effect { get; }

    /// <summary>Whether this row applies to <paramref name="e"/> on <paramref name="c"/>.</summary>
    internal bool Holds(ComplaintCase c, ComplaintEvent e) => When is null || When(c, e);
}
