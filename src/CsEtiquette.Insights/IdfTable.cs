using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace CsEtiquette.Insights;

/// <summary>
/// Inverse document frequencies (逆文档频率) for TF-IDF keyword extraction, in the format of jieba's
/// <c>analyse/idf.txt</c>: one <c>word idf</c> pair per line. Words missing from the table get
/// <see cref="Median"/>, exactly as jieba does. Immutable and thread-safe.
/// </summary>
public sealed class IdfTable
{
    private static readonly Lazy<IdfTable> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, double> _idf;
    private readonly FrozenDictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;

    private IdfTable(FrozenDictionary<string, double> idf, double median)
    {
        _idf = idf;
        _spanLookup = idf.GetAlternateLookup<ReadOnlySpan<char>>();
        Median = median;
    }

    /// <summary>jieba 0.42.1's <c>idf.txt</c> (embedded), loaded lazily on first use.</summary>
    public static IdfTable Default => LazyDefault.Value;

    /// <summary>
    /// The IDF used for unknown words: <c>sorted(values)[count // 2]</c> over the distinct words, like
    /// <c>jieba.analyse.tfidf.IDFLoader</c>. 0 for an empty table.
    /// </summary>
    public double Median { get; }

    /// <summary>Number of distinct words.</summary>
    public int Count => _idf.Count;

    /// <summary>Looks up a word's IDF; returns <see langword="false"/> when the word is not in the table.</summary>
    public bool TryGetIdf(ReadOnlySpan<char> word, out double idf) => _spanLookup.TryGetValue(word, out idf);

    /// <summary>The word's IDF, or <see cref="Median"/> when it is not in the table.</summary>
    public double GetIdfOrMedian(ReadOnlySpan<char> word) => _spanLookup.TryGetValue(word, out var idf) ? idf : Median;

    /// <summary>
    /// Reads an IDF table: UTF-8 lines of <c>word idf</c> separated by one space; blank lines are skipped; a
    /// repeated word keeps its last value (as jieba).
    /// </summary>
    /// <param name="stream">The table (not disposed).</param>
    /// <param name="sourceName">Name used in error messages, e.g. the file path.</param>
    /// <exception cref="FormatException">A line is not <c>word idf</c>; the message names the source and line.</exception>
    public static IdfTable Load(Stream stream, string sourceName = "idf.txt")
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        var map = new Dictionary<string, double>(300_000, StringComparer.Ordinal);
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            var s = line.AsSpan().Trim();
            if (s.IsEmpty)
            {
                continue;
            }

            var sp = s.IndexOf(' ');
            if (sp <= 0 || s[(sp + 1)..].Contains(' ')
                || !double.TryParse(s[(sp + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var idf))
            {
                throw new FormatException($"{sourceName}: line {lineNo} is not 'word idf': '{line}'.");
            }

            map[s[..sp].ToString()] = idf;
        }

        var values = new double[map.Count];
        map.Values.CopyTo(values, 0);
        Array.Sort(values);
        var median = values.Length == 0 ? 0.0 : values[values.Length / 2];
        return new IdfTable(map.ToFrozenDictionary(StringComparer.Ordinal), median);
    }

    /// <summary>Reads an IDF table from a file (see <see cref="Load(Stream, string)"/>).</summary>
    /// <exception cref="FormatException">A line is not <c>word idf</c>.</exception>
    public static IdfTable Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    private static IdfTable LoadDefault()
    {
        using var stream = IdfResource.Open();
        return Load(stream, "jieba analyse/idf.txt");
    }
}
