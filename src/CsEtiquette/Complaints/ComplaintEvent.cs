using System.Text.Json.Serialization;

namespace CsEtiquette.Complaints;

/// <summary>
/// Something that happens to a complaint case. Events are immutable values with value equality; they carry no
/// time — the time is given to <see cref="IComplaintWorkflow.Apply(ComplaintCase, ComplaintEvent, DateTimeOffset)"/>.
/// In JSON an event is an object whose <c>"type"</c> property names the event (for example
/// <c>{"type":"VerifyInformation","orderNumber":"202611240001","facts":["外包装破损"]}</c>); the
/// <c>"type"</c> property may appear anywhere in the object.
/// </summary>
/// <remarks>Payload checks (option count, order number, escalation reason) are made by the workflow, which
/// rejects a bad event with a reason code instead of throwing; constructing an event never throws.</remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type",
    UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(AcknowledgeEmotion), nameof(AcknowledgeEmotion))]
[JsonDerivedType(typeof(VerifyInformation), nameof(VerifyInformation))]
[JsonDerivedType(typeof(OfferSolutions), nameof(OfferSolutions))]
[JsonDerivedType(typeof(ChooseSolution), nameof(ChooseSolution))]
[JsonDerivedType(typeof(Resolve), nameof(Resolve))]
[JsonDerivedType(typeof(FollowUp), nameof(FollowUp))]
[JsonDerivedType(typeof(Escalate), nameof(Escalate))]
[JsonDerivedType(typeof(Withdraw), nameof(Withdraw))]
[JsonDerivedType(typeof(Close), nameof(Close))]
public abstract record ComplaintEvent
{
    private protected ComplaintEvent()
    {
    }

    /// <summary>The trigger this event fires in the transition table.</summary>
    [JsonIgnore]
    public abstract ComplaintTrigger Trigger { get; }
}
