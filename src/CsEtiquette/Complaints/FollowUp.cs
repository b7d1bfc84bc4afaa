using System.Text.Json.Serialization;

namespace CsEtiquette.Complaints;

/// <summary>
/// Step 4, 闭环跟进: the follow-up after the resolution (“您好，之前您反馈的XX问题已处理，请问目前是否还有其他疑问？”).
/// Satisfied moves the case to <see cref="ComplaintState.FollowedUp"/>; not satisfied reopens it at
/// <see cref="ComplaintState.InformationVerified"/> (or at <see cref="ComplaintState.Opened"/> when the facts were
/// never verified because the case was resolved through an escalation). A late follow-up is still accepted.
/// </summary>
/// <param name="Satisfied">Whether the customer is satisfied with the resolution.</param>
/// <param name="Note">An optional note from the follow-up.</param>
public sealed record FollowUp(bool Satisfied, string? Note = null) : ComplaintEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ComplaintTrigger Trigger => ComplaintTrigger.FollowUp;
}
