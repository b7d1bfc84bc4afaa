using Orleans;

namespace CsEtiquette.Orleans;

/// <summary>A reply suggestion as it crosses the wire (the conversation itself stays in the grain). Immutable.</summary>
/// <param name="Text">The suggested reply.</param>
/// <param name="Emotion">The customer's emotion (<c>CustomerEmotion</c> name).</param>
/// <param name="Intent">The customer's primary intent (<c>MessageIntent</c> name).</param>
/// <param name="ComplaintState">The complaint case's state (<c>ComplaintState</c> name), or null when there is no case.</param>
/// <param name="ComplaintVersion">The complaint case's version; 0 when there is no case.</param>
/// <param name="TurnCount">The conversation's turns after this call.</param>
[GenerateSerializer, Immutable]
public sealed record ConversationReply(
    [property: Id(0)] string Text,
    [property: Id(1)] string? Emotion,
    [property: Id(2)] string? Intent,
    [property: Id(3)] string? ComplaintState,
    [property: Id(4)] int ComplaintVersion,
    [property: Id(5)] int TurnCount);
