namespace CsEtiquette.Segmentation;

/// <summary>
/// A jieba-compatible Chinese word segmenter (中文分词), for dependency injection. Implemented by
/// <see cref="ChineseSegmenter"/>; implementations are thread-safe.
/// </summary>
public interface IChineseSegmenter
{
    /// <summary>The dictionary the segmenter uses.</summary>
    Lexicon Lexicon { get; }

    /// <summary>Accurate mode (精确模式), as <c>jieba.lcut(text, HMM=hmm)</c>; see <see cref="ChineseSegmenter.Cut"/>.</summary>
    /// <param name="text">Any string.</param>
    /// <param name="hmm">Whether jieba's HMM joins unknown single characters.</param>
    /// <returns>Tokens that concatenate back to <paramref name="text"/>.</returns>
    IReadOnlyList<string> Cut(string text, bool hmm = true);

    /// <summary>Full mode (全模式), as <c>jieba.lcut(text, cut_all=True)</c>; see <see cref="ChineseSegmenter.CutAll"/>.</summary>
    /// <param name="text">Any string.</param>
    /// <returns>Overlapping dictionary words in jieba's order.</returns>
    IReadOnlyList<string> CutAll(string text);

    /// <summary>Search-engine mode (搜索引擎模式), as <c>jieba.lcut_for_search</c>; see <see cref="ChineseSegmenter.CutForSearch"/>.</summary>
    /// <param name="text">Any string.</param>
    /// <param name="hmm">Whether jieba's HMM joins unknown single characters.</param>
    /// <returns>Sub-words and words in jieba's order.</returns>
    IReadOnlyList<string> CutForSearch(string text, bool hmm = true);

    /// <summary>Tokens with UTF-16 offsets, as <c>jieba.tokenize</c>; see <see cref="ChineseSegmenter.Tokenize"/>.</summary>
    /// <param name="text">Any string.</param>
    /// <param name="mode">Default or search mode.</param>
    /// <param name="hmm">Whether jieba's HMM joins unknown single characters.</param>
    /// <returns>Tokens with offsets.</returns>
    IReadOnlyList<Token> Tokenize(string text, TokenizeMode mode = TokenizeMode.Default, bool hmm = true);

    /// <summary>Allocation-free accurate-mode token ranges; see <see cref="ChineseSegmenter.EnumerateTokens"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="hmm">Whether jieba's HMM joins unknown single characters.</param>
    /// <returns>A ref-struct enumerator for <c>foreach</c>.</returns>
    TokenEnumerator EnumerateTokens(ReadOnlySpan<char> text, bool hmm = true);
}
