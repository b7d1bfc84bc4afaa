using System.Collections.Immutable;
using System.Text.Json;

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

    private KnowledgeLexicon(ImmutableArray<ImmutableArray<string>> synonyms, ImmutableArray<string> stopWords, ImmutableArray<PolicyEntry> policyEntries,
        ImmutableArray<string> chatTurns, ImmutableArray<string> outOfScopeCues)
    {
        Synonyms = synonyms;
        StopWords = stopWords;
        PolicyEntries = policyEntries;
        ChatTurns = System.Collections.Frozen.FrozenSet.ToFrozenSet(chatTurns, StringComparer.OrdinalIgnoreCase);
        OutOfScopeCues = outOfScopeCues;
    }

    /// <summary>Whole messages that are chat, not questions (收到, 好的): never answered from the FAQ.</summary>
    internal System.Collections.Frozen.FrozenSet<string> ChatTurns { get; }

    /// <summary>Phrases of chit-chat the shop FAQ never answers (你是机器人, 讲个笑话).</summary>
    internal ImmutableArray<string> OutOfScopeCues { get; }

    /// <summary>Whether <paramref name="question"/> is chat (a whole chat turn, or a chit-chat phrase) rather than a shop question.</summary>
    internal bool IsChat(ReadOnlySpan<char> question)
    {
        var trimmed = question.Trim().TrimEnd("?？!！。.,，~ ");
        if (trimmed.Length <= 6 && ChatTurns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(trimmed))
        {
            return true;
        }

        foreach (var cue in OutOfScopeCues)
        {
            if (question.Contains(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal static KnowledgeLexicon Default => LazyDefault.Value;

    internal ImmutableArray<ImmutableArray<string>> Synonyms { get; }

    internal ImmutableArray<string> StopWords { get; }

    internal ImmutableArray<PolicyEntry> PolicyEntries { get; }

    private static KnowledgeLexicon Load(string resourceName)
    {
        using var stream = typeof(KnowledgeLexicon).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{resourceName}' is missing from the CsEtiquette assembly.");
        using var doc = JsonDocument.Parse(stream);
        var root = doc.RootElement;
        var synonyms = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var group in root.GetProperty("synonyms").EnumerateArray())
        {
            synonyms.Add(Strings(group));
        }

        var policy = ImmutableArray.CreateBuilder<PolicyEntry>();
        foreach (var e in root.GetProperty("policyEntries").EnumerateArray())
        {
            policy.Add(new PolicyEntry(
                e.GetProperty("id").GetString()!,
                e.GetProperty("fact").GetString()!,
                Strings(e.GetProperty("questions")),
                e.GetProperty("answer").GetString()!));
        }

        return new KnowledgeLexicon(synonyms.ToImmutable(), Strings(root.GetProperty("stopWords")), policy.ToImmutable(),
            Strings(root.GetProperty("chatTurns")), Strings(root.GetProperty("outOfScopeCues")));
    }

    private static ImmutableArray<string> Strings(JsonElement array)
    {
        var list = ImmutableArray.CreateBuilder<string>();
        foreach (var s in array.EnumerateArray())
        {
            if (s.GetString() is { Length: > 0 } text)
            {
                list.Add(text);
            }
        }

        return list.ToImmutable();
    }

    /// <summary>A built-in entry generated when a pack states <paramref name="Fact"/> and has no entry <paramref name="Id"/>.</summary>
    internal sealed record PolicyEntry(string Id, string Fact, ImmutableArray<string> Questions, string Answer);
}
