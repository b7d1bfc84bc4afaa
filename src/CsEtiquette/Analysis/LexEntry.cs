namespace CsEtiquette.Analysis;

/// <summary>Everything the lexicons say about one word; several roles can share a word.</summary>
internal sealed class LexEntry
{
    public string Word = string.Empty;
    public EmotionLabel Emotion;
    public double EmotionWeight;
    public double Intensifier;
    public double Negator;
    public AbuseSeverity Abuse;
    public ThreatKind Threat;
    public double[]? Intents;
    public FactKind? Fact;
    public LexFlags Flags;

    /// <summary>The intensifier/negator role alone, used when the word is split off the front of a fused token (非常高兴).</summary>
    public LexEntry? FunctionOnly;

    public bool Has(LexFlags flag) => (Flags & flag) != 0;
}
