using CsEtiquette.Segmentation;
using JiebaNet.Segmenter;
using Token = CsEtiquette.Segmentation.Token;

namespace CsEtiquette.Segmentation.JiebaNet;

/// <summary>
/// <see cref="IChineseSegmenter"/> over jieba.NET 0.42.2's <see cref="JiebaSegmenter"/>, for shops that already
/// maintain jieba.NET dictionaries (<c>LoadUserDict</c>, <c>AddWord</c>): register it and CsEtiquette's analyzer and
/// linter tokenise with jieba.NET. Thread-safe for segmentation as far as jieba.NET is; change jieba.NET's
/// dictionary (<see cref="Inner"/>) before sharing the instance, not while it is in use.
/// </summary>
/// <remarks>
/// Differences from <see cref="ChineseSegmenter"/> (which matches Python jieba 0.42.1 token for token) are listed in
/// docs/segmentation.md: jieba.NET works on UTF-16 code units, so an emoji or a CJK Extension B character (a
/// surrogate pair) becomes two one-unit tokens, and a few HMM ties resolve differently. Ranges still cover the text.
/// </remarks>
public sealed class JiebaNetSegmenter : IChineseSegmenter
{
    private static readonly Lazy<JiebaNetSegmenter> LazyDefault = new(() => new JiebaNetSegmenter(), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// Creates an adapter over a new <see cref="JiebaSegmenter"/> that reads jieba.NET's files from
    /// <c>ConfigManager.ConfigFileBaseDir</c> (by default <c>Resources/</c> next to the application, where this
    /// package's build file copies them).
    /// </summary>
    /// <exception cref="FileNotFoundException">jieba.NET's <c>dict.txt</c> is not where jieba.NET looks; the message
    /// names the path and the fix.</exception>
    public JiebaNetSegmenter()
        : this(CreateInner())
    {
    }

    /// <summary>Creates an adapter over <paramref name="segmenter"/> (e.g. one with your user dictionaries loaded).</summary>
    /// <param name="segmenter">The jieba.NET segmenter.</param>
    /// <exception cref="ArgumentNullException"><paramref name="segmenter"/> is null.</exception>
    public JiebaNetSegmenter(JiebaSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        Inner = segmenter;
    }

    /// <summary>A shared adapter over jieba.NET's default dictionary, created on first use.</summary>
    public static JiebaNetSegmenter Default => LazyDefault.Value;

    /// <summary>The wrapped jieba.NET segmenter.</summary>
    public JiebaSegmenter Inner { get; }

    /// <summary>
    /// Points jieba.NET at the folder holding its <c>dict.txt</c>, <c>prob_trans.json</c>, <c>prob_emit.json</c>…
    /// (jieba.NET's process-wide <c>ConfigManager.ConfigFileBaseDir</c>). Call it before the first jieba.NET
    /// segmenter is created; needed only when the files are not in <c>Resources/</c> next to the application.
    /// </summary>
    /// <param name="directory">The folder.</param>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="FileNotFoundException">The folder has no <c>dict.txt</c>.</exception>
    public static void UseResourceDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        string full = Path.GetFullPath(directory);
        if (!File.Exists(Path.Combine(full, "dict.txt")))
        {
            throw new FileNotFoundException($"{Path.Combine(full, "dict.txt")}: not found; the folder must hold jieba.NET 0.42.2's Resources files.", Path.Combine(full, "dict.txt"));
        }

        ConfigManager.ConfigFileBaseDir = full;
    }

    /// <inheritdoc />
    public int Tokenize(ReadOnlySpan<char> text, Span<TokenRange> destination, bool hmm)
    {
        if (text.IsEmpty)
        {
            return 0;
        }

        int count = 0;
        int expected = 0;
        foreach (var t in Inner.Tokenize(text.ToString(), TokenizerMode.Default, hmm))
        {
            int length = t.EndIndex - t.StartIndex;
            if (length <= 0)
            {
                continue;
            }

            if (t.StartIndex != expected)
            {
                throw new InvalidOperationException($"jieba.NET returned a token at {t.StartIndex} where {expected} was expected.");
            }

            if (count < destination.Length)
            {
                destination[count] = new TokenRange(t.StartIndex, length);
            }

            count++;
            expected = t.EndIndex;
        }

        return count;
    }

    /// <inheritdoc />
    public IReadOnlyList<string> Cut(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Inner.Cut(text, cutAll: false, hmm: hmm)];
    }

    /// <inheritdoc />
    public IReadOnlyList<string> CutAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Inner.Cut(text, cutAll: true, hmm: false)];
    }

    /// <inheritdoc />
    public IReadOnlyList<string> CutForSearch(string text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Inner.CutForSearch(text, hmm)];
    }

    /// <inheritdoc />
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027:Public API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The other overload is the span contract (ReadOnlySpan<char>, Span<TokenRange>, bool): a different first parameter type, so no call can bind to both; this one mirrors jieba.tokenize(text, mode, HMM).")]
    public IReadOnlyList<Token> Tokenize(string text, TokenizeMode mode = TokenizeMode.Default, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(text);
        var jiebaMode = mode switch
        {
            TokenizeMode.Default => TokenizerMode.Default,
            TokenizeMode.Search => TokenizerMode.Search,
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown tokenize mode."),
        };
        var list = new List<Token>();
        foreach (var t in Inner.Tokenize(text, jiebaMode, hmm))
        {
            list.Add(new Token(t.Word, t.StartIndex, t.EndIndex));
        }

        return list;
    }

    private static JiebaSegmenter CreateInner()
    {
        string dict = ConfigManager.MainDictFile;
        if (!File.Exists(dict))
        {
            throw new FileNotFoundException(
                $"{dict}: jieba.NET's dictionary is missing. The CsEtiquette.Segmentation.JiebaNet package copies jieba.NET's Resources/ next to the application at build time; "
                + "if you opted out (CsEtiquetteCopyJiebaNetResources=false) or deploy elsewhere, call JiebaNetSegmenter.UseResourceDirectory(folder) first.",
                dict);
        }

        return new JiebaSegmenter();
    }
}
