namespace CsEtiquette.Analysis;

/// <summary>
/// Keeps, for up to <see cref="MaxTargets"/> decisions, the <see cref="PerTarget"/> features that pushed hardest towards
/// each (contribution = value × Σ coefficient × scale × weight). Fixed-size buffers: nothing allocates.
/// </summary>
internal ref struct EvidenceSink : IFeatureSink
{
    public const int MaxTargets = 4;
    public const int PerTarget = 3;

    private readonly ReadOnlySpan<sbyte> _weights;
    private readonly ReadOnlySpan<sbyte> _polarity;
    private readonly uint _polarityMask;
    private readonly ReadOnlySpan<float> _coef; // [target][output], already multiplied by the output scale
    private readonly Span<float> _best;         // [target][slot] contribution
    private readonly Span<int> _start;
    private readonly Span<int> _length;
    private readonly uint _mask;
    private readonly int _targets;
    private readonly Span<int> _nz;      // [target][i]: the shared outputs with a non-zero coefficient (a target has few)
    private readonly Span<int> _nzCount; // [target]

    /// <summary>Scratch <paramref name="nonZero"/> holds <see cref="MaxTargets"/> × 23 ints, <paramref name="nonZeroCount"/> <see cref="MaxTargets"/>.</summary>
    public EvidenceSink(AnalysisModel model, ReadOnlySpan<float> coef, int targets, Span<float> best, Span<int> start, Span<int> length,
        Span<int> nonZero, Span<int> nonZeroCount)
    {
        _nz = nonZero;
        _nzCount = nonZeroCount;
        for (var t = 0; t < targets; t++)
        {
            var n = 0;
            var cs = coef.Slice((t * AnalysisModel.OutputCount) + AnalysisModel.PolarityWidth, AnalysisModel.SharedWidth);
            for (var k = 0; k < cs.Length; k++)
            {
                if (cs[k] != 0f)
                {
                    nonZero[(t * AnalysisModel.SharedWidth) + n++] = k;
                }
            }

            nonZeroCount[t] = n;
        }

        _weights = model.Weights;
        _mask = (uint)model.Buckets - 1;
        _polarity = model.PolarityWeights;
        _polarityMask = (uint)model.PolarityBuckets - 1;
        _coef = coef;
        _targets = targets;
        _best = best;
        _start = start;
        _length = length;
        best.Clear();
        length.Clear();
    }

    public void Add(uint hash, float value, int start, int length)
    {
        if (start < 0 || length <= 0)
        {
            return;
        }

        var p = _polarity.Slice((int)(hash & _polarityMask) * AnalysisModel.PolarityWidth, AnalysisModel.PolarityWidth);
        var row = _weights.Slice((int)(hash & _mask) * AnalysisModel.SharedWidth, AnalysisModel.SharedWidth);
        for (var t = 0; t < _targets; t++)
        {
            var c = _coef.Slice(t * AnalysisModel.OutputCount, AnalysisModel.OutputCount);
            var sum = (c[0] * p[0]) + (c[1] * p[1]) + (c[2] * p[2]);
            var cs = c[AnalysisModel.PolarityWidth..];
            var nz = _nz.Slice(t * AnalysisModel.SharedWidth, _nzCount[t]);
            foreach (var k in nz)
            {
                sum += cs[k] * row[k]; // the zero coefficients add exactly +0: same sum as the dense loop
            }

            sum *= value;
            if (sum <= 0)
            {
                continue;
            }

            // Replace the weakest of this target's slots.
            var slots = _best.Slice(t * PerTarget, PerTarget);
            var weakest = 0;
            for (var s = 1; s < PerTarget; s++)
            {
                if (slots[s] < slots[weakest])
                {
                    weakest = s;
                }
            }

            if (sum > slots[weakest])
            {
                slots[weakest] = sum;
                _start[(t * PerTarget) + weakest] = start;
                _length[(t * PerTarget) + weakest] = length;
            }
        }
    }
}
