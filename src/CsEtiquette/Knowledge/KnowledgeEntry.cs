using System.Collections.Immutable;

namespace CsEtiquette.Knowledge;

/// <summary>One FAQ entry (常见问题): an id, the ways customers ask it, and the answer. Immutable and thread-safe.</summary>
/// <param name="Id">A stable id, unique in its pack, e.g. <c>gift-rules</c>.</param>
/// <param name="Questions">Ways customers ask it (at least one), e.g. <c>赠品规则是什么</c>, <c>买这个送什么</c>.</param>
/// <param name="Answer">The answer the agent gives, in the shop's words (a complete sentence).</param>
public sealed record KnowledgeEntry(string Id, ImmutableArray<string> Questions, string Answer)
{
    /// <summary>Extra words that mark the entry's topic (they weigh like one more question each); empty when none.</summary>
    public ImmutableArray<string> Keywords { get; init; } = [];

    /// <summary>Whether the entry was generated from a policy fact (<c>policy.return-window</c> …) rather than written in the pack.</summary>
    public bool FromPolicy { get; init; }
}
