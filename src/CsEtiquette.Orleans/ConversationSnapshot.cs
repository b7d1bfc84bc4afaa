using Orleans;

namespace CsEtiquette.Orleans;

/// <summary>A conversation's state as seen from outside the grain. Immutable.</summary>
/// <param name="Id">The conversation id.</param>
/// <param name="TurnCount">How many turns it has.</param>
/// <param name="LastTurn">The last turn's text, or null.</param>
/// <param name="ComplaintState">The complaint case's state, or null.</param>
/// <param name="StoredVersion">The store's version (the grain state's ETag); 0 before the first save. With write-behind
/// (<see cref="ConversationGrainOptions.WriteEvery"/> above 1) it counts writes, not changes.</param>
/// <param name="Silo">The silo the grain runs on (its runtime identity).</param>
[GenerateSerializer, Immutable]
public sealed record ConversationSnapshot(
    [property: Id(0)] string Id,
    [property: Id(1)] int TurnCount,
    [property: Id(2)] string? LastTurn,
    [property: Id(3)] string? ComplaintState,
    [property: Id(4)] long StoredVersion,
    [property: Id(5)] string Silo);
