namespace CsEtiquette.Segmentation;

/// <summary>
/// A Chinese word segmenter (中文分词) that the rest of CsEtiquette (analyzer, linter, keyword extraction, dependency
/// injection) consumes. <see cref="ChineseSegmenter"/> is the built-in jieba 0.42.1-compatible implementation;
/// CsEtiquette.Segmentation.JiebaNet adapts jieba.NET; any other segmenter can implement it, since every member
/// takes and returns public types only. Implementations must be thread-safe.
/// </summary>
/// <remarks>
/// The contract every implementation keeps for accurate mode (<see cref="Tokenize(ReadOnlySpan{char}, Span{TokenRange}, bool)"/>
/// and <see cref="Cut"/>): tokens are non-empty, contiguous, in text order and cover the whole text, so a text of
/// <c>n</c> UTF-16 code units never has more than <c>n</c> tokens. Callers that go through
/// <see cref="ChineseSegmenterExtensions.EnumerateTokens(IChineseSegmenter, ReadOnlySpan{char}, bool)"/> get the ranges
/// checked against this contract.
/// </remarks>
public interface IChineseSegmenter
{
    /// <summary>
    /// Accurate mode (精确模式) as token ranges written into a caller's buffer: the span-level contract the analyzer
    /// and the linter run on.
    /// </summary>
    /// <param name="text">The text; empty has zero tokens.</param>
    /// <param name="destination">Where the ranges go, in text order. A buffer of <c>text.Length</c> ranges is
    /// always large enough (every token is at least one code unit).</param>
    /// <param name="hmm">Whether unknown single characters may be joined (jieba's HMM 新词识别); implementations
    /// without such a model ignore it.</param>
    /// <returns>
    /// The number of tokens in <paramref name="text"/>, whether or not they fit. "Buffer too small" protocol: when
    /// the returned count is at most <c>destination.Length</c>, <c>destination[..count]</c> holds every range;
    /// when it is larger, the contents of <paramref name="destination"/> are unspecified and the caller calls again
    /// with a buffer of at least the returned count (an empty <paramref name="destination"/> just counts).
    /// </returns>
    int Tokenize(ReadOnlySpan<char> text, Span<TokenRange> destination, bool hmm);

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

    /// <summary>Tokens with UTF-16 offsets, as <c>jieba.tokenize</c>; see <see cref="ChineseSegmenter.Tokenize(string, TokenizeMode, bool)"/>.</summary>
    /// <param name="text">Any string.</param>
    /// <param name="mode">Default or search mode.</param>
    /// <param name="hmm">Whether jieba's HMM joins unknown single characters.</param>
    /// <returns>Tokens with offsets.</returns>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027:Public API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The other overload is the span contract (ReadOnlySpan<char>, Span<TokenRange>, bool): a different first parameter type, so no call can bind to both; this one mirrors jieba.tokenize(text, mode, HMM).")]
    IReadOnlyList<Token> Tokenize(string text, TokenizeMode mode = TokenizeMode.Default, bool hmm = true);
}
