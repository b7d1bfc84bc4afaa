using Orleans;

namespace CsEtiquette.Orleans;

/// <summary>The check of a draft. Immutable.</summary>
/// <param name="IsClean">Whether the draft has no findings.</param>
/// <param name="Findings">The findings, in text order.</param>
/// <param name="SuggestedText">The draft with every verified edit applied.</param>
[GenerateSerializer, Immutable]
public sealed record DraftResult(
    [property: Id(0)] bool IsClean,
    [property: Id(1)] DraftFinding[] Findings,
    [property: Id(2)] string SuggestedText);
