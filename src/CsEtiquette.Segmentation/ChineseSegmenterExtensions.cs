namespace CsEtiquette.Segmentation;

/// <summary>Helpers over any <see cref="IChineseSegmenter"/>.</summary>
public static class ChineseSegmenterExtensions
{
    /// <summary>
    /// Accurate-mode token ranges of <paramref name="text"/> from any segmenter, in a pooled buffer:
    /// <c>foreach (TokenRange r in segmenter.EnumerateTokens(span))</c>. Calls
    /// <see cref="IChineseSegmenter.Tokenize(ReadOnlySpan{char}, Span{TokenRange}, bool)"/> once with a buffer of
    /// <c>text.Length</c> ranges (again, larger, if the segmenter asks for more) and checks the ranges are
    /// non-empty, contiguous and cover the text. On a <see cref="ChineseSegmenter"/>-typed receiver the instance
    /// method <see cref="ChineseSegmenter.EnumerateTokens"/> (streaming, no buffer) is chosen instead; both yield the
    /// same ranges.
    /// </summary>
    /// <param name="segmenter">The segmenter.</param>
    /// <param name="text">The text; empty yields nothing.</param>
    /// <param name="hmm">Passed to the segmenter.</param>
    /// <returns>A ref-struct enumerator; dispose it (foreach does) to return the pooled buffer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="segmenter"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The segmenter's ranges break the contract (a gap, an overlap, an
    /// empty range, not covering the text, or a count that keeps growing); the message names the segmenter type.</exception>
    public static TokenRangeEnumerator EnumerateTokens(this IChineseSegmenter segmenter, ReadOnlySpan<char> text, bool hmm = true)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        return TokenRangeEnumerator.Create(segmenter, text, hmm);
    }
}
