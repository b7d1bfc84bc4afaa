using CsEtiquette.Analysis;

namespace CsEtiquette.Trainer;

/// <summary>The hashed features of one message as the analyzer extracts them (bucket, value), duplicates summed.</summary>
internal sealed class FeatureVector
{
    public FeatureVector(int[] buckets, float[] values)
    {
        Buckets = buckets;
        Values = values;
    }

    public int[] Buckets { get; }

    public float[] Values { get; }

    public static FeatureVector Of(CustomerMessageAnalyzer analyzer, string text, int log2Buckets)
    {
        var sink = new CollectingSink((1u << log2Buckets) - 1);
        analyzer.ExtractFeatures(text, ref sink);
        return sink.ToVector();
    }

    private struct CollectingSink(uint mask) : IFeatureSink
    {
        private readonly Dictionary<int, float> _sum = [];
        private readonly List<int> _order = [];
        private int _count;

        public void Add(uint hash, float value, int start, int length)
        {
            _count++;
            var b = (int)(hash & mask);
            if (_sum.TryGetValue(b, out var v))
            {
                _sum[b] = v + value;
            }
            else
            {
                _sum[b] = value;
                _order.Add(b);
            }
        }

        public readonly FeatureVector ToVector()
        {
            var buckets = _order.ToArray();
            var values = new float[buckets.Length];
            var norm = AnalysisModel.LengthNorm(_count);
            for (var i = 0; i < buckets.Length; i++)
            {
                values[i] = _sum[buckets[i]] * norm;
            }

            return new FeatureVector(buckets, values);
        }
    }
}
