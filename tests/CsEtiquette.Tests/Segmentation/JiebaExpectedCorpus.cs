using System.Text.Json;

namespace CsEtiquette.Tests.Segmentation;

/// <summary>
/// The reference tokens of Python jieba 0.42.1 in <c>TestData/segmentation/jieba-expected.jsonl</c>.
/// Regenerate (Debian's python3-jieba, system interpreter) from the repository root with:
/// <c>/usr/bin/python3 tests/CsEtiquette.Tests/TestData/segmentation/generate_expected.py</c>
/// (add <c>--seeds /path/to/shared/seeds</c> to refresh <c>seeds-corpus.txt</c> too).
/// </summary>
internal sealed class JiebaExpectedCorpus
{
    /// <summary>The modes recorded per line, named as in the JSONL file.</summary>
    public static readonly string[] Modes =
    [
        "cut", "cut_nohmm", "cut_all", "search", "search_nohmm",
        "tokenize", "tokenize_nohmm", "tokenize_search", "tokenize_search_nohmm",
    ];

    public const string RegenerateHint =
        "regenerate with: /usr/bin/python3 tests/CsEtiquette.Tests/TestData/segmentation/generate_expected.py";

    private static readonly Lazy<JiebaExpectedCorpus> Shared = new(Read);

    private JiebaExpectedCorpus(string jiebaVersion, IReadOnlyList<Record> records)
    {
        JiebaVersion = jiebaVersion;
        Records = records;
    }

    public static JiebaExpectedCorpus Instance => Shared.Value;

    public static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "TestData", "segmentation");

    public string JiebaVersion { get; }

    public IReadOnlyList<Record> Records { get; }

    /// <summary>Lines of a corpus file split on '\n' only (the generator does the same).</summary>
    public static List<string> ReadCorpusLines(string fileName)
    {
        var text = File.ReadAllText(Path.Combine(DataDirectory, fileName), new System.Text.UTF8Encoding(false));
        var lines = text.Split('\n').ToList();
        if (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    private static JiebaExpectedCorpus Read()
    {
        var path = Path.Combine(DataDirectory, "jieba-expected.jsonl");
        var records = new List<Record>();
        string? version = null;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Length == 0)
            {
                continue;
            }

            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            if (root.TryGetProperty("meta", out var meta))
            {
                version = meta.GetProperty("jieba").GetString();
                continue;
            }

            var text = root.GetProperty("text").GetString()!;
            var modes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var mode in Modes)
            {
                if (!root.TryGetProperty(mode, out var tokens))
                {
                    throw new InvalidDataException($"{path}:{number}: missing mode '{mode}'; {RegenerateHint}");
                }

                modes[mode] = mode.StartsWith("tokenize", StringComparison.Ordinal)
                    ? ReadTokenTriples(text, tokens)
                    : tokens.EnumerateArray().Select(t => t.GetString()!).ToList();
            }

            records.Add(new Record(
                root.GetProperty("source").GetString()!,
                root.GetProperty("line").GetInt32(),
                text,
                modes));
        }

        return new JiebaExpectedCorpus(version ?? "?", records);
    }

    // Python's jieba.tokenize counts offsets in code points (Python str indices); our Token offsets are UTF-16
    // code units, so every character outside the BMP (emoji, CJK extension B) before a token shifts it by one.
    // The expected triples are converted here so that a mismatch means a real difference, not an encoding one.
    private static List<string> ReadTokenTriples(string text, JsonElement tokens)
    {
        var toUtf16 = CodePointToUtf16Offsets(text);
        var list = new List<string>();
        foreach (var t in tokens.EnumerateArray())
        {
            var word = t[0].GetString()!;
            var start = toUtf16[t[1].GetInt32()];
            var end = toUtf16[t[2].GetInt32()];
            list.Add(FormatToken(word, start, end));
        }

        return list;
    }

    /// <summary>Maps a code-point index (0..count) to its UTF-16 offset in <paramref name="text"/>.</summary>
    public static int[] CodePointToUtf16Offsets(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        map.Add(text.Length);
        return [.. map];
    }

    /// <summary>One comparable string per tokenize result: word and its UTF-16 range.</summary>
    public static string FormatToken(string word, int start, int end) => $"{word}[{start},{end})";

    /// <summary>One line of the reference: its text and the expected tokens per mode.</summary>
    public sealed record Record(string Source, int Line, string Text, IReadOnlyDictionary<string, IReadOnlyList<string>> Modes)
    {
        public override string ToString() => $"{Source}:{Line}";
    }
}
