using Orleans;

namespace CsEtiquette.Orleans;

/// <summary>One lint finding of a draft. Immutable.</summary>
/// <param name="RuleId">The rule, e.g. <c>CSE005</c>.</param>
/// <param name="Start">The offset of the flagged text.</param>
/// <param name="Length">The length of the flagged text.</param>
/// <param name="Message">Why it is flagged.</param>
[GenerateSerializer, Immutable]
public sealed record DraftFinding(
    [property: Id(0)] string RuleId,
    [property: Id(1)] int Start,
    [property: Id(2)] int Length,
    [property: Id(3)] string Message);
