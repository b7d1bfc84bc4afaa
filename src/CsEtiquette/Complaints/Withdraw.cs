using System.Text.Json.Serialization;

namespace CsEtiquette.Complaints;

/// <summary>
/// The customer withdraws the complaint before it is resolved (or while it is escalated). The case then waits
/// for <see cref="Close"/>.
/// </summary>
/// <param name="Note">An optional note, e.g. the customer's words.</param>
public sealed record Withdraw(string? Note = null) : ComplaintEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ComplaintTrigger Trigger => ComplaintTrigger.Withdraw;
}
