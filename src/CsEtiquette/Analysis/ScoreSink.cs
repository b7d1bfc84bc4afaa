namespace CsEtiquette.Analysis;

/// <summary>Adds each feature's int8 weight row (times the feature value) into one accumulator per model output.</summary>
internal ref struct ScoreSink : IFeatureSink
{
    private readonly ReadOnlySpan<sbyte> _weights;
    private readonly Span<float> _acc;
    private readonly uint _mask;

    public ScoreSink(AnalysisModel model, Span<float> acc)
    {
        _weights = model.Weights;
        _acc = acc;
        _mask = (uint)model.Buckets - 1;
        acc.Clear();
    }

    /// <summary>Features seen (a work counter: linear-time tests count these, not wall time).</summary>
    public int Count { get; private set; }

    public void Add(uint hash, float value, int start, int length)
    {
        Count++;
        var row = _weights.Slice((int)(hash & _mask) * AnalysisModel.OutputCount, AnalysisModel.OutputCount);
        var acc = _acc[..AnalysisModel.OutputCount];
        if (value == 1f)
        {
            for (var k = 0; k < row.Length; k++)
            {
                acc[k] += row[k];
            }
        }
        else
        {
            for (var k = 0; k < row.Length; k++)
            {
                acc[k] += row[k] * value;
            }
        }
    }

    /// <summary>Turns the accumulators into logits: bias + scale × sum × length norm.</summary>
    public readonly void Finish(AnalysisModel model, Span<float> logits)
    {
        var bias = model.Bias;
        var scale = model.Scale;
        var norm = AnalysisModel.LengthNorm(Count);
        for (var k = 0; k < AnalysisModel.OutputCount; k++)
        {
            logits[k] = bias[k] + (scale[k] * _acc[k] * norm);
        }
    }
}
