namespace CsEtiquette.Analysis;

/// <summary>
/// What the lexicon pass of <see cref="FeatureExtractor"/> is certain of, beside the model features: a defect reported
/// (not negated, not asked about), a photo mentioned, the worst abuse and the threats outside negation scope.
/// Dispose to return the threat buffer.
/// </summary>
internal struct LexCues
{
    public bool Problem;
    public bool Photo;
    public AbuseSeverity Abuse;
    public PooledList<PlatformThreat> Threats;

    public void Dispose() => Threats.Dispose();
}
