using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace CsEtiquette.Analysis;

/// <summary>
/// Scores and explains recorded features (<see cref="FeatureRecorder"/>) in tight loops whose accumulators stay in
/// registers. Every float operation is the one <see cref="ScoreSink"/> and <see cref="EvidenceSink"/> perform, in the
/// same order, so logits and evidence are bit-identical to the sink path (tested against it).
/// </summary>
internal static class FeatureScorer
{
    /// <summary>The logits of <paramref name="features"/>: what <see cref="ScoreSink"/> + <see cref="ScoreSink.Finish"/> compute.</summary>
    public static void Score(AnalysisModel model, ReadOnlySpan<FeatureRecord> features, Span<float> logits)
    {
        Span<float> acc = stackalloc float[AnalysisModel.OutputCount];
        acc.Clear();
        var polarity = model.PolarityWeights;
        var weights = model.Weights;
        var mask = (uint)model.Buckets - 1;
        var polarityMask = (uint)model.PolarityBuckets - 1;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var p0 = ref MemoryMarshal.GetReference(polarity);
            float a0 = acc[0], a1 = acc[1], a2 = acc[2];
            var v = default(ScoreSink.VectorAcc);
            var va = v.A;
            var vb = v.B;
            var vc = v.C;
            var vd = v.D;
            ref var w0 = ref MemoryMarshal.GetReference(weights);
            foreach (ref readonly var f in features)
            {
                var value = f.Value;
                ref var p = ref Unsafe.Add(ref p0, (int)(f.Hash & polarityMask) * AnalysisModel.PolarityWidth);
                a0 += p * value;
                a1 += Unsafe.Add(ref p, 1) * value;
                a2 += Unsafe.Add(ref p, 2) * value;
                ref var row = ref Unsafe.Add(ref w0, (int)(f.Hash & mask) * AnalysisModel.SharedWidth);
                Vector256<int> a, b, c, d;
                if (Avx2.IsSupported)
                {
                    // vpmovsxbd: 8 int8 → 8 int32 straight from 8 loaded bytes (the same integers as the widening chain).
                    a = Avx2.ConvertToVector256Int32(Load8(ref row));
                    b = Avx2.ConvertToVector256Int32(Load8(ref Unsafe.Add(ref row, 8)));
                    c = Avx2.ConvertToVector256Int32(Load8(ref Unsafe.Add(ref row, 16)));
                    d = Avx2.ConvertToVector256Int32(Load8(ref Unsafe.Add(ref row, 24)));
                }
                else
                {
                    var bytes = Vector256.LoadUnsafe(ref row);
                    var (lo, hi) = Vector256.Widen(bytes);
                    (a, b) = Vector256.Widen(lo);
                    (c, d) = Vector256.Widen(hi);
                }

                var x = Vector256.Create(value);
                va += Vector256.ConvertToSingle(a) * x;
                vb += Vector256.ConvertToSingle(b) * x;
                vc += Vector256.ConvertToSingle(c) * x;
                vd += Vector256.ConvertToSingle(d) * x;
            }

            acc[0] = a0;
            acc[1] = a1;
            acc[2] = a2;
            v.A = va;
            v.B = vb;
            v.C = vc;
            v.D = vd;
            ScoreSink.Flush(v, acc[AnalysisModel.PolarityWidth..AnalysisModel.OutputCount]);
        }
        else
        {
            var sink = new ScoreSink(model, acc);
            foreach (ref readonly var f in features)
            {
                sink.Add(f.Hash, f.Value, f.Start, f.Length);
            }
        }

        var bias = model.Bias;
        var scale = model.Scale;
        var norm = AnalysisModel.LengthNorm(features.Length);
        for (var k = 0; k < AnalysisModel.OutputCount; k++)
        {
            logits[k] = bias[k] + (scale[k] * acc[k] * norm);
        }
    }

    /// <summary>8 bytes at <paramref name="at"/> in the low half of a vector (the last row's read ends inside the table's padding).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<sbyte> Load8(ref sbyte at) => Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<long>(ref Unsafe.As<sbyte, byte>(ref at))).AsSByte();

    /// <summary>
    /// For each of <paramref name="targets"/> decisions, the <see cref="EvidenceSink.PerTarget"/> features with the largest
    /// positive contribution (value × Σ coefficient × weight), exactly as <see cref="EvidenceSink"/> keeps them: same
    /// sums, same slot replacement in feature order. <paramref name="coef"/> is [target][output].
    /// </summary>
    public static void Explain(AnalysisModel model, ReadOnlySpan<FeatureRecord> features, ReadOnlySpan<float> coef, int targets,
        Span<float> best, Span<int> start, Span<int> length)
    {
        const int K = AnalysisModel.OutputCount;
        const int PerTarget = EvidenceSink.PerTarget;
        best.Clear();
        length.Clear();
        ref var p0 = ref MemoryMarshal.GetReference(model.PolarityWeights);
        ref var w0 = ref MemoryMarshal.GetReference(model.Weights);
        var mask = (uint)model.Buckets - 1;
        var polarityMask = (uint)model.PolarityBuckets - 1;
        Span<int> nz = stackalloc int[AnalysisModel.SharedWidth];
        for (var t = 0; t < targets; t++)
        {
            var c = coef.Slice(t * K, K);
            var cs = c[AnalysisModel.PolarityWidth..];
            var n = 0;
            for (var k = 0; k < cs.Length; k++)
            {
                if (cs[k] != 0f)
                {
                    nz[n++] = k;
                }
            }

            // Without polarity coefficients the sink's first three terms are ±0, and ±0 + x == x for every x ≠ 0 (an
            // all-zero sum is skipped either way): leaving them out changes no kept sum.
            var withPolarity = c[0] != 0f || c[1] != 0f || c[2] != 0f;
            float c0 = c[0], c1 = c[1], c2 = c[2];
            var nzs = nz[..n];
            var slots = best.Slice(t * PerTarget, PerTarget);
            var starts = start.Slice(t * PerTarget, PerTarget);
            var lengths = length.Slice(t * PerTarget, PerTarget);
            var weakest = 0;
            var floor = 0f; // slots[weakest]; slots start at 0 and only take positive sums
            if (withPolarity && n == 0)
            {
                // A polarity decision: the polarity table alone.
                foreach (ref readonly var f in features)
                {
                    ref var p = ref Unsafe.Add(ref p0, (int)(f.Hash & polarityMask) * AnalysisModel.PolarityWidth);
                    var sum = ((c0 * p) + (c1 * Unsafe.Add(ref p, 1)) + (c2 * Unsafe.Add(ref p, 2))) * f.Value;
                    if (sum > floor && f.Start >= 0 && f.Length > 0)
                    {
                        Keep(slots, starts, lengths, ref weakest, ref floor, sum, f.Start, f.Length);
                    }
                }

                continue;
            }

            if (!withPolarity && n == 2)
            {
                // An intent decision: its one-vs-rest column and its primary-head column.
                int ka = nz[0], kb = nz[1];
                float ca = cs[ka], cb = cs[kb];
                foreach (ref readonly var f in features)
                {
                    ref var row = ref Unsafe.Add(ref w0, (int)(f.Hash & mask) * AnalysisModel.SharedWidth);
                    var sum = ((ca * Unsafe.Add(ref row, ka)) + (cb * Unsafe.Add(ref row, kb))) * f.Value;
                    if (sum > floor && f.Start >= 0 && f.Length > 0)
                    {
                        Keep(slots, starts, lengths, ref weakest, ref floor, sum, f.Start, f.Length);
                    }
                }

                continue;
            }

            foreach (ref readonly var f in features)
            {
                if (f.Start < 0 || f.Length <= 0)
                {
                    continue;
                }

                float sum;
                if (withPolarity)
                {
                    ref var p = ref Unsafe.Add(ref p0, (int)(f.Hash & polarityMask) * AnalysisModel.PolarityWidth);
                    sum = (c0 * p) + (c1 * Unsafe.Add(ref p, 1)) + (c2 * Unsafe.Add(ref p, 2));
                    if (n == 0)
                    {
                        sum *= f.Value;
                        goto Keep;
                    }
                }
                else
                {
                    sum = 0f;
                    if (n == 0)
                    {
                        continue;
                    }
                }

                {
                    ref var row = ref Unsafe.Add(ref w0, (int)(f.Hash & mask) * AnalysisModel.SharedWidth);
                    var first = !withPolarity;
                    foreach (var k in nzs)
                    {
                        var term = cs[k] * Unsafe.Add(ref row, k);
                        sum = first ? term : sum + term;
                        first = false;
                    }

                    sum *= f.Value;
                }

            Keep:
                if (sum > floor)
                {
                    Keep(slots, starts, lengths, ref weakest, ref floor, sum, f.Start, f.Length);
                }
            }
        }
    }

    /// <summary>
    /// <see cref="EvidenceSink"/>'s slot rule: a positive sum above the weakest slot (the first smallest; slots start at 0,
    /// so <paramref name="floor"/> ≥ 0 and "above the floor" implies positive) replaces it.
    /// </summary>
    private static void Keep(Span<float> slots, Span<int> starts, Span<int> lengths, ref int weakest, ref float floor, float sum, int start, int length)
    {
        slots[weakest] = sum;
        starts[weakest] = start;
        lengths[weakest] = length;
        weakest = 0;
        for (var s = 1; s < slots.Length; s++)
        {
            if (slots[s] < slots[weakest])
            {
                weakest = s;
            }
        }

        floor = slots[weakest];
    }
}
