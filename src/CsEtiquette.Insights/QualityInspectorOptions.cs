namespace CsEtiquette.Insights;

/// <summary>Options of <see cref="QualityInspector"/>; validated by its constructor.</summary>
public sealed class QualityInspectorOptions
{
    /// <summary>Analysis workers (threads), 1..64; default 2. Results do not depend on it for time-ordered logs.</summary>
    public int Workers { get; init; } = 2;

    /// <summary>
    /// Most conversations held open at once (all workers together), at least 16; default 100,000. When exceeded
    /// the least recently active conversation is closed early (counted in the report). This bounds memory.
    /// </summary>
    public int ConversationWindow { get; init; } = 100_000;

    /// <summary>Whether the first bad line stops the run with <see cref="ChatLogFormatException"/>.</summary>
    public bool Strict { get; init; }

    /// <summary>
    /// Added to message sequence numbers (first-occurrence keys that break TF-IDF ties). Give shard <c>k</c> of a
    /// multi-machine job <c>k &lt;&lt; 40</c> so merged ties follow shard order; default 0.
    /// </summary>
    public long SequenceBase { get; init; }

    /// <summary>Phrases and topics; default <see cref="InspectionVocabulary.Default"/>.</summary>
    public InspectionVocabulary? Vocabulary { get; init; }

    /// <summary>Reply linter for agent replies; default <see cref="Linting.ReplyLinter.Default"/>.</summary>
    public Linting.IReplyLinter? Linter { get; init; }

    /// <summary>Analyzer for customer messages; default <see cref="Analysis.CustomerMessageAnalyzer.Default"/>.</summary>
    public Analysis.ICustomerMessageAnalyzer? Analyzer { get; init; }

    /// <summary>
    /// Whether personal data (phones, ID and bank-card numbers, e-mail, landlines, addresses; see
    /// <see cref="Analysis.FactRedaction"/>) is masked in everything the report keeps from customer text — question
    /// samples, keywords and <c>aggregate.terms</c> — with <see cref="Analyzer"/>'s <c>Redact</c>. Default
    /// <see langword="true"/>; <c>cse report --no-redact</c> turns it off. Classification always sees the original text.
    /// </summary>
    public bool RedactPersonalData { get; init; } = true;

    /// <summary>Keyword extractor; default <see cref="KeywordExtractor.Default"/>.</summary>
    public KeywordExtractor? Keywords { get; init; }

    /// <summary>
    /// Conversation rules (CSC001…) run over every conversation; default <see cref="Insights.ConversationRules.Default"/>.
    /// </summary>
    public ConversationRules? ConversationRules { get; init; }

    /// <summary>The scorecard every conversation is scored with; default <see cref="Insights.Scorecard.Default"/>.</summary>
    public Scorecard? Scorecard { get; init; }

    /// <summary>Run the conversation rules and scorecards (default true; false gives the reply-level report only).</summary>
    public bool ScoreConversations { get; init; } = true;

    /// <summary>Only messages at or after this time are inspected (inclusive); null for no lower bound. Compared as
    /// instants (the offsets of the log and of this value may differ).</summary>
    public DateTimeOffset? Since { get; init; }

    /// <summary>Only messages before this time are inspected (exclusive); null for no upper bound. Must be later than
    /// <see cref="Since"/>.</summary>
    public DateTimeOffset? Until { get; init; }

    internal void Validate()
    {
        if (Since is { } since && Until is { } until && until <= since)
        {
            throw new ArgumentOutOfRangeException(nameof(Until), until, $"QualityInspectorOptions.Until must be later than Since ({since:O}).");
        }

        if (Workers is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(Workers), Workers, "QualityInspectorOptions.Workers must be 1..64.");
        }

        if (ConversationWindow < 16)
        {
            throw new ArgumentOutOfRangeException(nameof(ConversationWindow), ConversationWindow, "QualityInspectorOptions.ConversationWindow must be at least 16.");
        }

        if (SequenceBase < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(SequenceBase), SequenceBase, "QualityInspectorOptions.SequenceBase must not be negative.");
        }
    }
}
