using System.Text.Json.Serialization;

namespace CsEtiquette.Complaints;

/// <summary>
/// The chosen solution (or the supervisor's or platform's decision after an escalation) was carried out.
/// Starts the follow-up window: <see cref="ComplaintCase.FollowUpDueAt"/> = resolution time +
/// <see cref="ComplaintOptions.FollowUpWindow"/> (24 hours by default, 问题解决后24小时内回访).
/// </summary>
/// <param name="Note">An optional note on what was done, e.g. “已补发，单号SF123”.</param>
public sealed record Resolve(string? Note = null) : ComplaintEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ComplaintTrigger Trigger => ComplaintTrigger.Resolve;
}
