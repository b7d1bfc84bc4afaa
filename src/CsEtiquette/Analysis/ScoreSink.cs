using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

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
    private VectorAcc _vacc;

    /// <summary>32 float lanes: the shared outputs 3..25 in lanes 0..22 (lanes 23..31 collect the zero padding).</summary>
    internal struct VectorAcc
    {
        public Vector256<float> A, B, C, D;
    }

    /// <summary>Adds <paramref name="value"/> × the 23 int8 weights at <paramref name="offset"/> (read as one 32-byte vector) into <paramref name="v"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static void AddRow(ReadOnlySpan<sbyte> weights, int offset, float value, ref VectorAcc v)
    {
        var bytes = Vector256.LoadUnsafe(ref Unsafe.Add(ref MemoryMarshal.GetReference(weights), offset));
        var (lo, hi) = Vector256.Widen(bytes);
        var (a, b) = Vector256.Widen(lo);
        var (c, d) = Vector256.Widen(hi);
        var x = Vector256.Create(value);
        v.A += Vector256.ConvertToSingle(a) * x;
        v.B += Vector256.ConvertToSingle(b) * x;
        v.C += Vector256.ConvertToSingle(c) * x;
        v.D += Vector256.ConvertToSingle(d) * x;
    }

    /// <summary>Adds the vector lanes 0..22 into <paramref name="shared"/>.</summary>
    internal static void Flush(in VectorAcc v, Span<float> shared)
    {
        Span<float> lanes = stackalloc float[32];
        v.A.CopyTo(lanes);
        v.B.CopyTo(lanes[8..]);
        v.C.CopyTo(lanes[16..]);
        v.D.CopyTo(lanes[24..]);
        for (var k = 0; k < AnalysisModel.SharedWidth; k++)
        {
            shared[k] += lanes[k];
        }
    }

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
        if (Vector256.IsHardwareAccelerated)
        {
            acc[0] += p[0] * value;
            acc[1] += p[1] * value;
            acc[2] += p[2] * value;
            AddRow(_weights, (int)(hash & _mask) * AnalysisModel.SharedWidth, value, ref _vacc);
            return;
        }

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
    public void Finish(AnalysisModel model, Span<float> logits)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            Flush(_vacc, _acc[AnalysisModel.PolarityWidth..AnalysisModel.OutputCount]);
        }

        var bias = model.Bias;
        var scale = model.Scale;
        var norm = AnalysisModel.LengthNorm(Count);
        for (var k = 0; k < AnalysisModel.OutputCount; k++)
        {
            logits[k] = bias[k] + (scale[k] * _acc[k] * norm);
        }
    }
}
