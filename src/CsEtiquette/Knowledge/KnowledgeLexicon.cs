using System.Collections.Immutable;
using CsEtiquette.Packs;

namespace CsEtiquette.Knowledge;

/// <summary>
/// The retrieval lexicon, loaded once from the embedded <c>knowledge-lexicon.zh-CN.json</c>: synonym groups (the first
/// word is the canonical term), stop words and the policy entries generated from a pack's policy facts.
/// Immutable and thread-safe.
/// </summary>
internal sealed class KnowledgeLexicon
{
    internal const string ResourceName = "CsEtiquette.Data.knowledge-lexicon.zh-CN.json";

    private static readonly Lazy<KnowledgeLexicon> LazyDefault =
        new(() => Load(ResourceName), LazyThreadSafetyMode.ExecutionAndPublication);

    private KnowledgeLexicon(ImmutableArray<ImmutableArray<string>> synonyms, ImmutableArray<string> stopWords, ImmutableArray<PolicyEntry> policyEntries)
    {
        Synonyms = synonyms;
        StopWords = stopWords;
        PolicyEntries = policyEntries;
    }

    internal static KnowledgeLexicon Default => LazyDefault.Value;

    internal ImmutableArray<ImmutableArray<string>> Synonyms { get; }

    internal ImmutableArray<string> StopWords { get; }

    internal ImmutableArray<PolicyEntry> PolicyEntries { get; }

    private static readonly string[] Body = ["synonyms", "stopWords", "policyEntries"];
    private static readonly string[] PolicyEntryProperties = ["id", "fact", "questions", "answer"];
    private static readonly string[] Facts = ["returnWindowDays", "afterSalesDays", "warrantyDays", "shippingHours", "freeShippingThreshold"];

    private static readonly PackFormat<KnowledgeLexicon> Format = new((s, p, m, e) => new KnowledgePackException(s, p, m, e), Read);

    private static KnowledgeLexicon Load(string resourceName) => Format.ReadEmbedded(typeof(KnowledgeLexicon), resourceName);

    private static KnowledgeLexicon Read(PackDocument pack)
    {
        var root = pack.ReadRoot(Body, out _);
        var synonyms = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var group in root.Required("synonyms").AsArray())
        {
            synonyms.Add([.. group.AsStrings(minCount: 2)]);
        }

        var policy = ImmutableArray.CreateBuilder<PolicyEntry>();
        foreach (var value in root.Required("policyEntries").AsArray())
        {
            var e = value.AsObject(PolicyEntryProperties);
            var fact = e.Required("fact");
            if (Array.IndexOf(Facts, fact.AsString()) < 0)
            {
                throw fact.Fail($"unknown policy fact '{fact.AsString()}' (expected one of: {string.Join(", ", Facts)})");
            }

            policy.Add(new PolicyEntry(e.RequiredText("id"), fact.AsString(), [.. e.Required("questions").AsStrings(minCount: 1)], e.RequiredText("answer")));
        }

        return new KnowledgeLexicon(synonyms.ToImmutable(), [.. root.Required("stopWords").AsStrings()], policy.ToImmutable());
    }

    /// <summary>A built-in entry generated when a pack states <paramref name="Fact"/> and has no entry <paramref name="Id"/>.</summary>
    internal sealed record PolicyEntry(string Id, string Fact, ImmutableArray<string> Questions, string Answer);
}
