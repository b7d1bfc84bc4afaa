namespace CsEtiquette.Analysis;

/// <summary>Everything the lexicons say about one word; several roles can share a word.</summary>
internal sealed class LexEntry
{
    public string Word = string.Empty;
    public CustomerEmotion Emotion = CustomerEmotion.Neutral;
    public double EmotionWeight;
    public double Intensifier;
    public double Negator;
    public AbuseSeverity Abuse;
    public ThreatKind Threat;
    public double[]? Intents;
    public FactKind? Fact;

    /// <summary>
    /// A fact word at the start of a longer cue (明天 in 明天要用): the longest match must not hide the fact.
    /// Set only when <see cref="Fact"/> is null; the fact spans the first <see cref="LeadingFactLength"/> chars.
    /// </summary>
    public FactKind? LeadingFact;
    public int LeadingFactLength;
    public LexFlags Flags;

    /// <summary>The intensifier/negator role alone, used when the word is split off the front of a fused token (非常高兴).</summary>
    public LexEntry? FunctionOnly;

    public bool Has(LexFlags flag) => (Flags & flag) != 0;
}
