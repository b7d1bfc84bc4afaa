namespace CsEtiquette.Analysis;

/// <summary>
/// Adds each feature's int8 weight rows (times the feature value) into one accumulator per model output: the polarity
/// table's row into outputs 0..2, the shared table's row into outputs 3..25.
/// </summary>
internal ref struct ScoreSink : IFeatureSink
{
    private readonly ReadOnlySpan<sbyte> _weights;
    private readonly ReadOnlySpan<sbyte> _polarity;
    private readonly Span<float> _acc;
    private readonly uint _mask;
    private readonly uint _polarityMask;

    public ScoreSink(AnalysisModel model, Span<float> acc)
    {
        _weights = model.Weights;
        _polarity = model.PolarityWeights;
        _acc = acc;
        _mask = (uint)model.Buckets - 1;
        _polarityMask = (uint)model.PolarityBuckets - 1;
        acc.Clear();
    }

    /// <summary>Features seen (a work counter: linear-time tests count these, not wall time).</summary>
    public int Count { get; private set; }

    public void Add(uint hash, float value, int start, int length)
    {
        Count++;
        var p = _polarity.Slice((int)(hash & _polarityMask) * AnalysisModel.PolarityWidth, AnalysisModel.PolarityWidth);
        var row = _weights.Slice((int)(hash & _mask) * AnalysisModel.SharedWidth, AnalysisModel.SharedWidth);
        var acc = _acc[..AnalysisModel.OutputCount];
        var shared = acc[AnalysisModel.PolarityWidth..];
        if (value == 1f)
        {
            acc[0] += p[0];
            acc[1] += p[1];
            acc[2] += p[2];
            for (var k = 0; k < row.Length; k++)
            {
                shared[k] += row[k];
            }
        }
        else
        {
            acc[0] += p[0] * value;
            acc[1] += p[1] * value;
            acc[2] += p[2] * value;
            for (var k = 0; k < row.Length; k++)
            {
                shared[k] += row[k] * value;
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
