namespace CsEtiquette.Insights;

/// <summary>
/// One partition's view of the conversation rules and scorecard: per-rule item and critical lookups (cached per
/// rule id), rule messages, and the per-rule finding counts of the partition's aggregate. Not thread-safe.
/// </summary>
internal sealed class ConversationScoring(ConversationRules rules, Scorecard card, IReadOnlyDictionary<string, string> lintMessages, SortedDictionary<string, long> ruleCounts)
{
    private readonly Dictionary<string, (int Item, bool Critical)> _cache = new(StringComparer.Ordinal);

    public ConversationRules Rules { get; } = rules;

    public Scorecard Card { get; } = card;

    public (int Item, bool Critical) Classify(string rule)
    {
        if (!_cache.TryGetValue(rule, out var c))
        {
            _cache[rule] = c = (Card.ItemOf(rule), Card.IsCritical(rule));
        }

        return c;
    }

    public string MessageOf(string rule) =>
        lintMessages.TryGetValue(rule, out var m) ? m : Rules.ById.TryGetValue(rule, out var r) ? r.Message : rule;

    public void Count(string rule) => ruleCounts[rule] = ruleCounts.GetValueOrDefault(rule) + 1;
}
