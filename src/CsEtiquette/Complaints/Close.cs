using System.Text.Json.Serialization;

namespace CsEtiquette.Complaints;

/// <summary>
/// Closes the case. Accepted only after a satisfied follow-up (<see cref="ComplaintState.FollowedUp"/>) or a
/// withdrawal (<see cref="ComplaintState.Withdrawn"/>); the closed case accepts nothing afterwards.
/// </summary>
public sealed record Close : ComplaintEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ComplaintTrigger Trigger => ComplaintTrigger.Close;
}
