namespace CsEtiquette.Knowledge;

/// <summary>An entry that answers a question, with the retrieval confidence. Immutable and thread-safe.</summary>
/// <param name="Entry">The entry.</param>
/// <param name="Score">Confidence in 0..1 (1 = every word of the question is a word of the entry).</param>
public sealed record KnowledgeMatch(KnowledgeEntry Entry, double Score)
{
    /// <summary>The entry id.</summary>
    public string Id => Entry.Id;
}
