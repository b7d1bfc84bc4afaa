namespace CsEtiquette.Segmentation;

/// <summary>
/// jieba 0.42.1-compatible Chinese word segmenter (中文分词): accurate mode (精确模式) with or without the HMM for
/// unknown words, full mode (全模式), search-engine mode (搜索引擎模式) and <c>tokenize</c> offsets — token-identical
/// to Python jieba on the same dictionary. Thread-safe: one instance may be used from any number of threads.
/// </summary>
/// <remarks>
/// Offsets are in UTF-16 code units (C# string indices). jieba counts Python code points; both coincide for text
/// without surrogate pairs (all BMP text, which includes all of CJK Unified Ideographs U+4E00–U+9FFF).
/// Characters outside jieba's Han/alphanumeric blocks (punctuation, emoji, whitespace) become one token each;
/// a surrogate pair (one emoji, one CJK Extension B character) stays one token, a lone surrogate is one token,
/// and <c>"\r\n"</c> is one token.
/// </remarks>
public sealed class ChineseSegmenter : IChineseSegmenter
{
    private static readonly Lazy<ChineseSegmenter> LazyDefault = new(() => new ChineseSegmenter(Lexicon.Default));

    /// <summary>Creates a segmenter over <paramref name="lexicon"/>.</summary>
    /// <param name="lexicon">The dictionary; later changes to a writable lexicon are seen by later calls.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> is null.</exception>
    public ChineseSegmenter(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
    }

    /// <summary>The shared segmenter over <see cref="Lexicon.Default"/> (the dictionary loads on first use).</summary>
    public static ChineseSegmenter Default => LazyDefault.Value;

    /// <summary>The dictionary this segmenter uses.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>Accurate mode (精确模式), as <c>jieba.lcut(text, HMM=hmm)</c>.</summary>
    /// <param name="text">Any string; empty gives an empty list.</param>
    /// <param name="hmm">Whether runs of unknown single characters are joined by jieba's HMM (新词识别).</param>
    /// <returns>Tokens that concatenate back to <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<string> Cut(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = new List<string>(Math.Min(text.Length, 1024));
        AddTokens(Lexicon.Data, text, hmm, list);
        return list;
    }

    /// <summary>Full mode (全模式), as <c>jieba.lcut(text, cut_all=True)</c>: every dictionary word found, overlapping.</summary>
    /// <param name="text">Any string; empty gives an empty list.</param>
    /// <returns>jieba's full-mode tokens. Like jieba, this may contain empty strings between adjacent whitespace.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<string> CutAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = new List<string>(Math.Min(text.Length, 1024));
        FullModeCutter.Cut(Lexicon.Data, text, list);
        return list;
    }

    /// <summary>
    /// Search-engine mode (搜索引擎模式), as <c>jieba.lcut_for_search(text, HMM=hmm)</c>: each accurate-mode word longer
    /// than two characters is preceded by its dictionary 2-grams, and one longer than three by its 3-grams.
    /// </summary>
    /// <param name="text">Any string; empty gives an empty list.</param>
    /// <param name="hmm">Whether the HMM joins unknown single characters.</param>
    /// <returns>Sub-words and words in jieba's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public IReadOnlyList<string> CutForSearch(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = new List<string>();
        foreach (var token in Tokenize(text, TokenizeMode.Search, hmm))
        {
            list.Add(token.Word);
        }

        return list;
    }

    /// <summary>Tokens with offsets, as <c>jieba.tokenize(text, mode, HMM=hmm)</c>.</summary>
    /// <param name="text">Any string; empty gives an empty list.</param>
    /// <param name="mode"><see cref="TokenizeMode.Default"/> (contiguous accurate-mode tokens) or <see cref="TokenizeMode.Search"/>
    /// (adds dictionary 2-/3-grams of long words before each word, with their own offsets).</param>
    /// <param name="hmm">Whether the HMM joins unknown single characters.</param>
    /// <returns>Tokens with UTF-16 offsets into <paramref name="text"/> (equal to jieba's code-point offsets for BMP text).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027:Public API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The other overload is the span contract (ReadOnlySpan<char>, Span<TokenRange>, bool): a different first parameter type, so no call can bind to both; this one mirrors jieba.tokenize(text, mode, HMM).")]
    public IReadOnlyList<Token> Tokenize(string text, TokenizeMode mode = TokenizeMode.Default, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (mode is not (TokenizeMode.Default or TokenizeMode.Search))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown tokenize mode.");
        }

        LexiconData data = Lexicon.Data;
        var list = new List<Token>(Math.Min(text.Length, 1024));
        var e = new TokenEnumerator(text, data, hmm);
        try
        {
            while (e.MoveNext())
            {
                TokenRange r = e.Current;
                if (mode == TokenizeMode.Search)
                {
                    AddSearchGrams(data, text, r, list);
                }

                list.Add(new Token(TokenText(text, r), r.Start, r.End));
            }
        }
        finally
        {
            e.Dispose();
        }

        return list;
    }

    /// <summary>
    /// Accurate-mode token ranges written into <paramref name="destination"/>: the
    /// <see cref="IChineseSegmenter"/> span contract. Same tokens as <see cref="Cut(string, bool)"/>.
    /// </summary>
    /// <param name="text">The text; empty has zero tokens.</param>
    /// <param name="destination">Where the ranges go; <c>text.Length</c> ranges always suffice.</param>
    /// <param name="hmm">Whether the HMM joins unknown single characters.</param>
    /// <returns>The number of tokens; when it is larger than <c>destination.Length</c>, only the first
    /// <c>destination.Length</c> ranges were written and the caller retries with a buffer of the returned size.</returns>
    public int Tokenize(ReadOnlySpan<char> text, Span<TokenRange> destination, bool hmm)
    {
        int count = 0;
        var e = new TokenEnumerator(text, Lexicon.Data, hmm);
        try
        {
            while (e.MoveNext())
            {
                if (count < destination.Length)
                {
                    destination[count] = e.Current;
                }

                count++;
            }
        }
        finally
        {
            e.Dispose();
        }

        return count;
    }

    /// <summary>
    /// Accurate-mode token ranges without allocating: <c>foreach (TokenRange r in segmenter.EnumerateTokens(span))</c>.
    /// Same tokens as <see cref="Cut(string, bool)"/>.
    /// </summary>
    /// <param name="text">The text; empty yields nothing.</param>
    /// <param name="hmm">Whether the HMM joins unknown single characters.</param>
    /// <returns>A ref-struct enumerator; dispose it (foreach does) to return its pooled buffers.</returns>
    public TokenEnumerator EnumerateTokens(ReadOnlySpan<char> text, bool hmm = true) => new(text, Lexicon.Data, hmm);

    /// <summary>Appends accurate-mode tokens of <paramref name="text"/> under <paramref name="data"/> to <paramref name="list"/>.</summary>
    internal static void AddTokens(LexiconData data, string text, bool hmm, List<string> list)
    {
        var e = new TokenEnumerator(text, data, hmm);
        try
        {
            while (e.MoveNext())
            {
                list.Add(TokenText(text, e.Current));
            }
        }
        finally
        {
            e.Dispose();
        }
    }

    private static void AddSearchGrams(LexiconData data, string text, TokenRange r, List<Token> list)
    {
        // tokenize(mode="search"): len(w) counts code units here (code points in Python; same for BMP text).
        ReadOnlySpan<char> w = text.AsSpan(r.Start, r.Length);
        if (w.Length > 2)
        {
            for (int i = 0; i < w.Length - 1; i++)
            {
                if (data.FrequencyOrZero(w.Slice(i, 2)) > 0)
                {
                    list.Add(new Token(text.Substring(r.Start + i, 2), r.Start + i, r.Start + i + 2));
                }
            }
        }

        if (w.Length > 3)
        {
            for (int i = 0; i < w.Length - 2; i++)
            {
                if (data.FrequencyOrZero(w.Slice(i, 3)) > 0)
                {
                    list.Add(new Token(text.Substring(r.Start + i, 3), r.Start + i, r.Start + i + 3));
                }
            }
        }
    }

    private static string TokenText(string text, TokenRange r) =>
        r.Length == text.Length ? text : text.Substring(r.Start, r.Length);
}
