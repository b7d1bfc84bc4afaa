namespace CsEtiquette.Analysis;

/// <summary>
/// The result of <see cref="ICustomerMessageAnalyzer.Analyze(string)"/>: what the customer wants, how they feel,
/// whether they are abusive or threaten to escalate, the key facts they gave and what is still missing
/// (倾听：订单号、商品型号、具体诉求、情绪倾向). Immutable and thread-safe.
/// </summary>
public sealed class MessageAnalysis
{
    internal MessageAnalysis(
        IntentScore[] intents,
        EmotionReading emotion,
        AbuseSeverity abuse,
        PlatformThreat[] threats,
        KeyFact[] facts,
        MissingInfo[] missing,
        string? guidanceTemplateId,
        CustomerIssue issue,
        EvidenceSpan[] evidence)
    {
        Intents = intents;
        Emotion = emotion;
        AbuseSeverity = abuse;
        Threats = threats;
        Facts = facts;
        Missing = missing;
        GuidanceTemplateId = guidanceTemplateId;
        Issue = issue;
        Evidence = evidence;
        IsComplaint = DecideComplaint();
    }

    /// <summary>
    /// Recognised intents, highest score first (the score is the model's probability; see
    /// <see cref="AnalysisOptions.IntentThreshold"/>); never empty: when no intent reaches the threshold the list is
    /// the single best intent if its probability is at least 0.3 (short turns; its score then shows the low
    /// confidence), else a single <see cref="MessageIntent.Other"/>.
    /// </summary>
    public IReadOnlyList<IntentScore> Intents { get; }

    /// <summary>The intent with the highest score (<see cref="MessageIntent.Other"/> when nothing was recognised).</summary>
    public MessageIntent PrimaryIntent => Intents[0].Intent;

    /// <summary>The dominant emotion and its intensity.</summary>
    public EmotionReading Emotion { get; }

    /// <summary>
    /// What the customer's problem is about (问题类型: 商品破损、物流延迟、发错商品 …), from the lexicon's <c>issueCues</c>: the
    /// cue that starts earliest names it. <see cref="CustomerIssue.General"/> when no cue occurs.
    /// </summary>
    public CustomerIssue Issue { get; }

    /// <summary>
    /// Whether the message is a complaint (投诉), the one decision the assistant, the linter context and quality
    /// inspection share: a <see cref="MessageIntent.Complaint"/> intent, a threat to escalate, moderate or worse abuse,
    /// or an upset customer with a concrete problem (<see cref="Issue"/> other than General or OutOfStock).
    /// </summary>
    public bool IsComplaint { get; }

    /// <summary>
    /// Why the message was read this way (判断依据): the spans whose model features pushed hardest towards the emotion
    /// polarity (<c>negative</c>/<c>positive</c>; none for neutral) and towards each recognised intent, overlapping spans
    /// of one decision merged, in text order. Empty when the message is neutral with no intent.
    /// </summary>
    public IReadOnlyList<EvidenceSpan> Evidence { get; }

    /// <summary>Severity of the worst abusive word; <see cref="AbuseSeverity.None"/> when there is none.</summary>
    public AbuseSeverity AbuseSeverity { get; }

    /// <summary>Whether the message contains abuse (辱骂/脏话).</summary>
    public bool IsAbusive => AbuseSeverity != AbuseSeverity.None;

    /// <summary>Threats to escalate (要投诉、12315、差评) in text order; empty when none.</summary>
    public IReadOnlyList<PlatformThreat> Threats { get; }

    /// <summary>Key facts in text order; they never overlap. Empty when none.</summary>
    public IReadOnlyList<KeyFact> Facts { get; }

    /// <summary>Information the intent needs but the message lacks (e.g. the order number for after-sales).</summary>
    public IReadOnlyList<MissingInfo> Missing { get; }

    /// <summary>
    /// Id of the guidance template that asks for the missing information (by default
    /// <c>guidance.order-and-photos</c>, 请提供订单号和商品照片), or null when nothing needs asking.
    /// </summary>
    public string? GuidanceTemplateId { get; }

    /// <summary>Whether <paramref name="intent"/> is among <see cref="Intents"/>.</summary>
    public bool HasIntent(MessageIntent intent)
    {
        foreach (var i in Intents)
        {
            if (i.Intent == intent)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The score of <paramref name="intent"/>, or 0 when it was not recognised.</summary>
    public double ScoreOf(MessageIntent intent)
    {
        foreach (var i in Intents)
        {
            if (i.Intent == intent)
            {
                return i.Score;
            }
        }

        return 0;
    }

    /// <summary>The first fact of <paramref name="kind"/>, if any.</summary>
    /// <returns>True when found.</returns>
    public bool TryGetFact(FactKind kind, out KeyFact fact)
    {
        foreach (var f in Facts)
        {
            if (f.Kind == kind)
            {
                fact = f;
                return true;
            }
        }

        fact = default;
        return false;
    }

    private bool DecideComplaint() =>
        HasIntent(MessageIntent.Complaint)
        || Threats.Count > 0
        || AbuseSeverity >= AbuseSeverity.Moderate
        || (Emotion.Polarity == EmotionPolarity.Negative && Issue is not (CustomerIssue.General or CustomerIssue.OutOfStock));
}
