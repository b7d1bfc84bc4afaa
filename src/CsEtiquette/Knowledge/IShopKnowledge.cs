namespace CsEtiquette.Knowledge;

/// <summary>
/// The shop's knowledge the reply assistant answers from (常见问题速查): FAQ entries and the policy facts (return
/// window, after-sales period, warranty, shipping). <see cref="ShopKnowledge"/> is the built-in JSON pack with jieba
/// BM25 retrieval; implement this interface when your FAQ lives elsewhere (a search service, a database).
/// Implementations must be thread-safe and must not guess: return no match rather than a weak one.
/// </summary>
public interface IShopKnowledge
{
    /// <summary>The policy facts of the shop (null properties are unknown).</summary>
    KnowledgePolicy Policy { get; }

    /// <summary>
    /// The entries that answer <paramref name="question"/>, best first, each with a confidence in 0..1; only
    /// matches at or above the implementation's confidence threshold; empty when nothing answers it.
    /// </summary>
    /// <param name="question">The customer's question; any string (empty gives no match).</param>
    /// <param name="top">How many matches at most (at least 1).</param>
    /// <returns>At most <paramref name="top"/> matches, best first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="question"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is less than 1.</exception>
    IReadOnlyList<KnowledgeMatch> Find(string question, int top = 1);
}
