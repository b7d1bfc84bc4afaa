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

    public bool Has(LexFlags flag) => (Flags & flag) != 0;
}
