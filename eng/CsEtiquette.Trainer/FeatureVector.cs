using CsEtiquette.Analysis;

namespace CsEtiquette.Trainer;

/// <summary>
/// The hashed features of one message as the analyzer extracts them, duplicates summed, twice: (bucket, value) in the
/// shared table and in the polarity head's larger table (format 2).
/// </summary>
internal sealed class FeatureVector
{
    public FeatureVector(int[] buckets, float[] values, int[] polarityBuckets, float[] polarityValues)
    {
        Buckets = buckets;
        Values = values;
        PolarityBuckets = polarityBuckets;
        PolarityValues = polarityValues;
    }

    public int[] Buckets { get; }

    public float[] Values { get; }

    public int[] PolarityBuckets { get; }

    public float[] PolarityValues { get; }

    public static FeatureVector Of(CustomerMessageAnalyzer analyzer, string text, int log2Buckets, int log2PolarityBuckets)
    {
        var sink = new CollectingSink();
        analyzer.ExtractFeatures(text, ref sink);
        var norm = AnalysisModel.LengthNorm(sink.Hashes.Count);
        var (b, v) = Bucket(sink, (1u << log2Buckets) - 1, norm);
        var (pb, pv) = Bucket(sink, (1u << log2PolarityBuckets) - 1, norm);
        return new FeatureVector(b, v, pb, pv);
    }

    private static (int[] Buckets, float[] Values) Bucket(CollectingSink s, uint mask, float norm)
    {
        var sum = new Dictionary<int, float>();
        var order = new List<int>();
        for (var i = 0; i < s.Hashes.Count; i++)
        {
            var b = (int)(s.Hashes[i] & mask);
            if (sum.TryGetValue(b, out var v))
            {
                sum[b] = v + s.Values[i];
            }
            else
            {
                sum[b] = s.Values[i];
                order.Add(b);
            }
        }

        var buckets = order.ToArray();
        var values = new float[buckets.Length];
        for (var i = 0; i < buckets.Length; i++)
        {
            values[i] = sum[buckets[i]] * norm;
        }

        return (buckets, values);
    }

    private struct CollectingSink() : IFeatureSink
    {
        public readonly List<uint> Hashes = [];
        public readonly List<float> Values = [];

        public void Add(uint hash, float value, int start, int length)
        {
            Hashes.Add(hash);
            Values.Add(value);
        }
    }
}
