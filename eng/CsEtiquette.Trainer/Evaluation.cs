using System.Globalization;
using System.Text;
using CsEtiquette.Analysis;

namespace CsEtiquette.Trainer;

/// <summary>Figures of one evaluated set, as printed by the trainer and quoted in docs/analysis.md.</summary>
internal sealed class Evaluation
{
    private readonly int[,] _polarity = new int[3, 3];
    private readonly int[,] _emotion = new int[6, 6];
    private readonly int[] _tp = new int[7];
    private readonly int[] _fp = new int[7];
    private readonly int[] _fn = new int[7];
    private int _primaryCorrect;
    private int _intentRows;

    public int Rows { get; private set; }

    public double PolarityAccuracy => Diagonal(_polarity) / (double)Math.Max(1, Sum(_polarity));

    public double NegativeRecall => _polarity[0, 0] / (double)Math.Max(1, RowSum(_polarity, 0));

    public double NeutralPrecision => _polarity[1, 1] / (double)Math.Max(1, ColSum(_polarity, 1));

    public double IntentMacroF1
    {
        get
        {
            var sum = 0.0;
            var n = 0;
            for (var i = 0; i < 7; i++)
            {
                if (_tp[i] + _fn[i] + _fp[i] == 0)
                {
                    continue;
                }

                sum += F1(i);
                n++;
            }

            return n == 0 ? 0 : sum / n;
        }
    }

    public double PrimaryAccuracy => _primaryCorrect / (double)Math.Max(1, _intentRows);

    public static Evaluation Run(CustomerMessageAnalyzer analyzer, IEnumerable<TrainingExample> rows)
    {
        var e = new Evaluation();
        foreach (var r in rows)
        {
            e.Add(r, analyzer.Analyze(r.Text));
        }

        return e;
    }

    public void Add(TrainingExample gold, MessageAnalysis got)
    {
        Rows++;
        var pol = got.Emotion.Polarity switch { EmotionPolarity.Negative => 0, EmotionPolarity.Neutral => 1, _ => 2 };
        if (gold.Polarity >= 0)
        {
            _polarity[gold.Polarity, pol]++;
        }

        if (gold.Emotion >= 0)
        {
            var label = Array.IndexOf(TrainingData.EmotionNames, got.Emotion.Label.ToString());
            _emotion[gold.Emotion, Math.Max(0, label)]++;
        }

        if (gold.Intents is { } intents)
        {
            _intentRows++;
            _primaryCorrect += got.PrimaryIntent.ToString() == intents[0] ? 1 : 0;
            for (var i = 0; i < 7; i++)
            {
                var name = TrainingData.PrimaryNames[i];
                var g = Array.IndexOf(intents, name) >= 0;
                var p = got.HasIntent(Enum.Parse<MessageIntent>(name));
                _tp[i] += g && p ? 1 : 0;
                _fp[i] += p && !g ? 1 : 0;
                _fn[i] += g && !p ? 1 : 0;
            }
        }
    }

    public string Report(string title)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"== {title}: {Rows} messages");
        sb.AppendLine(inv, $"polarity accuracy {PolarityAccuracy:0.000}  negative recall {NegativeRecall:0.000}  neutral precision {NeutralPrecision:0.000}");
        AppendMatrix(sb, "polarity (rows gold, columns predicted)", TrainingData.PolarityNames, _polarity);
        if (Sum(_emotion) > 0)
        {
            sb.AppendLine(inv, $"emotion label accuracy {Diagonal(_emotion) / (double)Sum(_emotion):0.000}");
            AppendMatrix(sb, "emotion (rows gold, columns predicted)", TrainingData.EmotionNames, _emotion);
        }

        if (_intentRows > 0)
        {
            sb.AppendLine(inv, $"intent macro-F1 {IntentMacroF1:0.000}  primary-intent accuracy {PrimaryAccuracy:0.000}");
            sb.AppendLine("intent            precision recall  F1     support");
            for (var i = 0; i < 7; i++)
            {
                var p = _tp[i] / (double)Math.Max(1, _tp[i] + _fp[i]);
                var r = _tp[i] / (double)Math.Max(1, _tp[i] + _fn[i]);
                sb.AppendLine(inv, $"{TrainingData.PrimaryNames[i],-17} {p,9:0.000} {r,6:0.000} {F1(i),6:0.000} {_tp[i] + _fn[i],7}");
            }
        }

        return sb.ToString();
    }

    private double F1(int i) => _tp[i] + _fp[i] + _fn[i] == 0 ? 1 : 2.0 * _tp[i] / ((2 * _tp[i]) + _fp[i] + _fn[i]);

    private static void AppendMatrix(StringBuilder sb, string title, string[] names, int[,] m)
    {
        var inv = CultureInfo.InvariantCulture;
        sb.AppendLine(title);
        sb.Append(' ', 14);
        foreach (var n in names)
        {
            sb.Append(inv, $"{Short(n),9}");
        }

        sb.AppendLine("    recall");
        for (var r = 0; r < names.Length; r++)
        {
            sb.Append(inv, $"{Short(names[r]),-14}");
            for (var c = 0; c < names.Length; c++)
            {
                sb.Append(inv, $"{m[r, c],9}");
            }

            sb.AppendLine(inv, $"    {m[r, r] / (double)Math.Max(1, RowSum(m, r)):0.000}");
        }

        sb.Append(inv, $"{"precision",-14}");
        for (var c = 0; c < names.Length; c++)
        {
            sb.Append(inv, $"{m[c, c] / (double)Math.Max(1, ColSum(m, c)),9:0.000}");
        }

        sb.AppendLine();
    }

    private static string Short(string s) => s.Length <= 8 ? s : s[..8];

    private static int Sum(int[,] m)
    {
        var s = 0;
        foreach (var x in m)
        {
            s += x;
        }

        return s;
    }

    private static int Diagonal(int[,] m)
    {
        var s = 0;
        for (var i = 0; i < m.GetLength(0); i++)
        {
            s += m[i, i];
        }

        return s;
    }

    private static int RowSum(int[,] m, int r)
    {
        var s = 0;
        for (var c = 0; c < m.GetLength(1); c++)
        {
            s += m[r, c];
        }

        return s;
    }

    private static int ColSum(int[,] m, int c)
    {
        var s = 0;
        for (var r = 0; r < m.GetLength(0); r++)
        {
            s += m[r, c];
        }

        return s;
    }
}
