using System.Collections.Immutable;
using CsEtiquette.Packs;

namespace CsEtiquette.Knowledge;

/// <summary>
/// The retrieval lexicon of <see cref="ShopKnowledge"/>: synonym groups (the first word is the canonical term), stop
/// words, the policy entries generated from a pack's policy facts, whole chat turns (收到, 好的) and chit-chat cues that
/// are never answered from the FAQ. <see cref="Default"/> is the embedded <c>knowledge-lexicon.zh-CN.json</c> (schema:
/// docs/schemas/knowledge-lexicon.schema.json); a shop replaces it with <see cref="Load(string)"/> or
/// <see cref="Parse(string, string?)"/> and <see cref="ShopKnowledge.WithLexicon(KnowledgeLexicon)"/>.
/// Immutable and thread-safe; load once and share.
/// </summary>
public sealed class KnowledgeLexicon
{
    internal const string ResourceName = "CsEtiquette.Data.knowledge-lexicon.zh-CN.json";

    private static readonly Lazy<KnowledgeLexicon> LazyDefault =
        new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private KnowledgeLexicon(ImmutableArray<ImmutableArray<string>> synonyms, ImmutableArray<string> stopWords, ImmutableArray<PolicyEntry> policyEntries,
        ImmutableArray<string> chatTurns, ImmutableArray<string> outOfScopeCues)
    {
        Synonyms = synonyms;
        StopWords = stopWords;
        PolicyEntries = policyEntries;
        ChatTurns = System.Collections.Frozen.FrozenSet.ToFrozenSet(chatTurns, StringComparer.OrdinalIgnoreCase);
        OutOfScopeCues = outOfScopeCues;
        _outOfScope = System.Buffers.SearchValues.Create(outOfScopeCues.AsSpan(), StringComparison.Ordinal);
        _chatTurns = ChatTurns.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // One vectorised multi-string search instead of a Contains per cue; the alternate lookup is made once.
    private readonly System.Buffers.SearchValues<string> _outOfScope;
    private readonly System.Collections.Frozen.FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _chatTurns;

    /// <summary>Whole messages that are chat, not questions (收到, 好的): never answered from the FAQ.</summary>
    internal System.Collections.Frozen.FrozenSet<string> ChatTurns { get; }

    /// <summary>Phrases of chit-chat the shop FAQ never answers (你是机器人, 讲个笑话).</summary>
    internal ImmutableArray<string> OutOfScopeCues { get; }

    /// <summary>Whether <paramref name="question"/> is chat (a whole chat turn, or a chit-chat phrase) rather than a shop question.</summary>
    internal bool IsChat(ReadOnlySpan<char> question)
    {
        var trimmed = question.Trim().TrimEnd("?？!！。.,，~ ");
        return (trimmed.Length <= 6 && _chatTurns.Contains(trimmed)) || question.ContainsAny(_outOfScope);
    }

    /// <summary>The embedded lexicon (<c>knowledge-lexicon.zh-CN.json</c>); loaded once.</summary>
    public static KnowledgeLexicon Default => LazyDefault.Value;

    /// <summary>The pack name (<c>$.name</c>).</summary>
    public string Name { get; private init; } = "";

    /// <summary>Loads a lexicon from a JSON file with the schema of the embedded one.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="KnowledgePackException">The file cannot be read, is too large, or is malformed (the message names the file and JSON path).</exception>
    public static KnowledgeLexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Format.ReadFile(path);
    }

    /// <summary>Parses a lexicon from a JSON string with the schema of the embedded one.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="KnowledgePackException">The JSON is malformed or does not follow the schema (the message names the JSON path).</exception>
    public static KnowledgeLexicon Parse(string json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Format.ReadText(json, sourceName ?? "knowledge lexicon");
    }

    internal ImmutableArray<ImmutableArray<string>> Synonyms { get; }

    internal ImmutableArray<string> StopWords { get; }

    internal ImmutableArray<PolicyEntry> PolicyEntries { get; }

    private static readonly string[] Body = ["synonyms", "stopWords", "policyEntries", "chatTurns", "outOfScopeCues"];
    private static readonly string[] PolicyEntryProperties = ["id", "fact", "questions", "answer"];
    private static readonly string[] Facts = ["returnWindowDays", "afterSalesDays", "warrantyDays", "shippingHours", "freeShippingThreshold"];

    private static readonly PackFormat<KnowledgeLexicon> Format = new((s, p, m, e) => new KnowledgePackException(s, p, m, e), Read);


    private static KnowledgeLexicon LoadEmbedded() => Format.ReadEmbedded(typeof(KnowledgeLexicon), ResourceName);

    private static KnowledgeLexicon Read(PackDocument pack)
    {
        var root = pack.ReadRoot(Body, out var header);
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

        return new KnowledgeLexicon(synonyms.ToImmutable(), [.. root.Required("stopWords").AsStrings()], policy.ToImmutable(),
            [.. root.Required("chatTurns").AsStrings()], [.. root.Required("outOfScopeCues").AsStrings()]) { Name = header.Name.Trim() };
    }

    /// <summary>A built-in entry generated when a pack states <paramref name="Fact"/> and has no entry <paramref name="Id"/>.</summary>
    internal sealed record PolicyEntry(string Id, string Fact, ImmutableArray<string> Questions, string Answer);
}
