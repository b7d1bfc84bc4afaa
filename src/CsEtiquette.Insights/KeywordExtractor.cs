using System.Collections.Frozen;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Insights;

/// <summary>
/// TF-IDF keyword extraction (关键词提取) identical to jieba 0.42.1's <c>jieba.analyse.extract_tags(text, topK,
/// withWeight=True)</c>: accurate-mode segmentation with HMM; words whose whitespace-stripped length is below
/// 2 code points or whose lower-case form is a stop word are skipped; weight = count × (idf ÷ counted words),
/// with the median IDF for unknown words; sorted by weight descending, ties in first-occurrence order (Python's
/// stable <c>sorted(..., reverse=True)</c>). Immutable and thread-safe.
/// </summary>
public sealed class KeywordExtractor
{
    /// <summary>jieba's built-in <c>KeywordExtractor.STOP_WORDS</c> (English function words only).</summary>
    public static IReadOnlyCollection<string> JiebaStopWords { get; } =
    [
        "the", "of", "is", "and", "to", "in", "that", "we", "for", "an", "are", "by", "be", "as", "on", "with",
        "can", "if", "from", "which", "you", "it", "this", "then", "at", "have", "all", "not", "one", "has", "or",
    ];

    private static readonly Lazy<KeywordExtractor> LazyDefault =
        new(() => new KeywordExtractor(IdfTable.Default, ChineseSegmenter.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenSet<string> _stopWords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopLookup;
    private readonly int _longestStopWord;
    private readonly bool _asciiStopWordsOnly;

    /// <summary>Creates an extractor.</summary>
    /// <param name="idf">The IDF table (jieba's is <see cref="IdfTable.Default"/>).</param>
    /// <param name="segmenter">The segmenter (jieba's is <see cref="ChineseSegmenter.Default"/>).</param>
    /// <param name="extraStopWords">Words added to <see cref="JiebaStopWords"/>, like <c>set_stop_words</c>.</param>
    public KeywordExtractor(IdfTable idf, IChineseSegmenter segmenter, IEnumerable<string>? extraStopWords = null)
    {
        ArgumentNullException.ThrowIfNull(idf);
        ArgumentNullException.ThrowIfNull(segmenter);
        Idf = idf;
        Segmenter = segmenter;
        var stop = new HashSet<string>(JiebaStopWords, StringComparer.Ordinal);
        if (extraStopWords is not null)
        {
            foreach (var w in extraStopWords)
            {
                ArgumentNullException.ThrowIfNull(w, nameof(extraStopWords));
                stop.Add(w);
            }
        }

        _stopWords = stop.ToFrozenSet(StringComparer.Ordinal);
        _stopLookup = _stopWords.GetAlternateLookup<ReadOnlySpan<char>>();
        _asciiStopWordsOnly = true;
        foreach (var w in stop)
        {
            _longestStopWord = Math.Max(_longestStopWord, w.Length);
            _asciiStopWordsOnly &= System.Text.Ascii.IsValid(w);
        }
    }

    /// <summary>The shared extractor over jieba's IDF table and the default segmenter.</summary>
    public static KeywordExtractor Default => LazyDefault.Value;

    /// <summary>The IDF table.</summary>
    public IdfTable Idf { get; }

    /// <summary>The segmenter.</summary>
    public IChineseSegmenter Segmenter { get; }

    /// <summary>
    /// The <paramref name="topK"/> keywords of <paramref name="text"/> with weights, best first. Returns an empty
    /// list for text without candidate words.
    /// </summary>
    /// <param name="text">Any text.</param>
    /// <param name="topK">How many keywords; 0 returns all (as jieba's <c>topK=None</c>).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="topK"/> is negative.</exception>
    public IReadOnlyList<Keyword> ExtractTags(string text, int topK = 20)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(topK);
        var table = new TermTable();
        CountCandidates(text, table);
        return Rank(table, topK);
    }

    /// <summary>Adds every candidate word of <paramref name="text"/> to <paramref name="table"/>.</summary>
    internal void CountCandidates(ReadOnlySpan<char> text, TermTable table)
    {
        foreach (var r in Segmenter.EnumerateTokens(text, hmm: true))
        {
            var w = text.Slice(r.Start, r.Length);
            if (IsCandidate(w))
            {
                table.Add(w);
            }
        }
    }

    /// <summary>Same as <see cref="ExtractTags"/> over an already segmented word sequence (for tests and merges).</summary>
    internal IReadOnlyList<Keyword> ExtractFromWords(IEnumerable<string> words, int topK)
    {
        var table = new TermTable();
        foreach (var w in words)
        {
            if (IsCandidate(w))
            {
                table.Add(w);
            }
        }

        return Rank(table, topK);
    }

    /// <summary>jieba's filter: <c>len(w.strip()) &gt;= 2 and w.lower() not in stop_words</c>.</summary>
    internal bool IsCandidate(ReadOnlySpan<char> word)
    {
        if (StrippedCodePointCount(word, 2) < 2)
        {
            return false;
        }

        return word.Length > _longestStopWord || !IsStopWord(word);
    }

    private bool IsStopWord(ReadOnlySpan<char> word)
    {
        Span<char> lower = stackalloc char[word.Length];
        if (System.Text.Ascii.IsValid(word))
        {
            System.Text.Ascii.ToLower(word, lower, out _);
        }
        else
        {
            if (_asciiStopWordsOnly)
            {
                return false; // no non-ASCII text lower-cases to an ASCII stop word here (only U+212A → 'k', unused)
            }

            word.ToLowerInvariant(lower);
        }

        return _stopLookup.Contains(lower);
    }

    /// <summary>Python's <c>len(s.strip())</c>, counting code points, stopping once <paramref name="cap"/> is reached.</summary>
    internal static int StrippedCodePointCount(ReadOnlySpan<char> s, int cap)
    {
        var start = 0;
        var end = s.Length;
        while (start < end && IsPythonSpace(s[start]))
        {
            start++;
        }

        while (end > start && IsPythonSpace(s[end - 1]))
        {
            end--;
        }

        var n = 0;
        for (var i = start; i < end && n < cap; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < end && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }

            n++;
        }

        return n;
    }

    // str.isspace(): Unicode White_Space plus the ASCII information separators U+001C..U+001F.
    private static bool IsPythonSpace(char c) => char.IsWhiteSpace(c) || c is >= '\u001c' and <= '\u001f';

    /// <summary>Ranks a table by TF-IDF, ties in first-occurrence order.</summary>
    internal IReadOnlyList<Keyword> Rank(TermTable table, int topK)
    {
        var n = table.Count;
        if (n == 0)
        {
            return [];
        }

        var total = table.Total;
        var weights = new double[n];
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            weights[i] = table.CountAt(i) * (Idf.GetIdfOrMedian(table.WordAt(i)) / total);
            order[i] = i;
        }

        Array.Sort(order, (a, b) =>
        {
            var c = weights[b].CompareTo(weights[a]);
            return c != 0 ? c : a.CompareTo(b);
        });
        var k = topK == 0 ? n : Math.Min(topK, n);
        var result = new Keyword[k];
        for (var i = 0; i < k; i++)
        {
            result[i] = new Keyword(table.WordAt(order[i]), weights[order[i]]);
        }

        return result;
    }
}
