namespace CsEtiquette.Complaints;

/// <summary>What an effect may read besides the event: the case before it, the time, the follow-up window.</summary>
/// <param name="Before">The case before the event.</param>
/// <param name="Now">When the event is applied.</param>
/// <param name="FollowUpWindow">The workflow's follow-up window (<see cref="ComplaintOptions.FollowUpWindow"/>).</param>
internal readonly record struct TransitionContext(ComplaintCase Before, DateTimeOffset Now, TimeSpan FollowUpWindow);
