#pragma warning disable CA1822 // contract stub
namespace CsEtiquette.Segmentation;

// CONTRACT STUB — the segmenter issue replaces this implementation; keep every public signature.
/// <summary>
/// jieba 0.42.1-compatible Chinese word segmenter (中文分词). Thread-safe.
/// </summary>
public sealed class ChineseSegmenter
{
    /// <summary>The shared segmenter over <see cref="Lexicon.Default"/>.</summary>
    public static ChineseSegmenter Default { get; } = new(Lexicon.Default);

    /// <summary>Creates a segmenter over <paramref name="lexicon"/>.</summary>
    public ChineseSegmenter(Lexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        Lexicon = lexicon;
    }

    /// <summary>The dictionary this segmenter uses.</summary>
    public Lexicon Lexicon { get; }

    /// <summary>Accurate mode (<c>jieba.lcut(text, HMM=hmm)</c>).</summary>
    public IReadOnlyList<string> Cut(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = new List<string>();
        foreach (var r in EnumerateTokens(text, hmm))
        {
            list.Add(text.Substring(r.Start, r.Length));
        }

        return list;
    }

    /// <summary>Full mode (<c>jieba.lcut(text, cut_all=True)</c>).</summary>
    public IReadOnlyList<string> CutAll(string text) => Cut(text, false);

    /// <summary>Search-engine mode (<c>jieba.lcut_for_search(text, HMM=hmm)</c>).</summary>
    public IReadOnlyList<string> CutForSearch(string text, bool hmm = true) => Cut(text, hmm);

    /// <summary>Tokens with offsets (<c>jieba.tokenize</c>).</summary>
    public IReadOnlyList<Token> Tokenize(string text, TokenizeMode mode = TokenizeMode.Default, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var list = new List<Token>();
        foreach (var r in EnumerateTokens(text, hmm))
        {
            list.Add(new Token(text.Substring(r.Start, r.Length), r.Start, r.End));
        }

        return list;
    }

    /// <summary>Accurate-mode token ranges without allocating (use in <c>foreach</c>).</summary>
    public TokenEnumerator EnumerateTokens(ReadOnlySpan<char> text, bool hmm = true) => new(text);
}
