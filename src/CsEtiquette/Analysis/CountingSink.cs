namespace CsEtiquette.Analysis;

/// <summary>Counts features (the work counter of the linear-time properties).</summary>
internal struct CountingSink : IFeatureSink
{
    public int Count;

    public void Add(uint hash, float value, int start, int length) => Count++;
}
