namespace CsEtiquette.Segmentation;

/// <summary>
/// A Chinese word segmenter (中文分词) as a service for dependency injection; the default implementation is
/// <see cref="ChineseSegmenter"/> (jieba 0.42.1-compatible). Implementations must be thread-safe.
/// </summary>
public interface IChineseSegmenter
{
    /// <summary>Accurate mode (精确模式), as <c>jieba.lcut(text, HMM=hmm)</c>.</summary>
    /// <param name="text">Any string; empty gives an empty list.</param>
    /// <param name="hmm">Whether runs of unknown single characters are joined by the HMM (新词识别).</param>
    /// <returns>Tokens that concatenate back to <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    IReadOnlyList<string> Cut(string text, bool hmm = true);

    /// <summary>Full mode (全模式): every dictionary word found, overlapping.</summary>
    /// <param name="text">Any string; empty gives an empty list.</param>
    /// <returns>The full-mode tokens.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    IReadOnlyList<string> CutAll(string text);

    /// <summary>Search-engine mode (搜索引擎模式): accurate-mode words preceded by their dictionary 2-/3-grams.</summary>
    /// <param name="text">Any string; empty gives an empty list.</param>
    /// <param name="hmm">Whether the HMM joins unknown single characters.</param>
    /// <returns>Sub-words and words in jieba's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    IReadOnlyList<string> CutForSearch(string text, bool hmm = true);

    /// <summary>Tokens with UTF-16 offsets, as <c>jieba.tokenize(text, mode, HMM=hmm)</c>.</summary>
    /// <param name="text">Any string; empty gives an empty list.</param>
    /// <param name="mode">Accurate (contiguous) or search mode.</param>
    /// <param name="hmm">Whether the HMM joins unknown single characters.</param>
    /// <returns>Tokens with offsets into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="mode"/> is not a defined value.</exception>
    IReadOnlyList<Token> Tokenize(string text, TokenizeMode mode = TokenizeMode.Default, bool hmm = true);
}
