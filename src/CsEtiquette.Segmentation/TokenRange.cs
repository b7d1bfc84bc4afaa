namespace CsEtiquette.Segmentation;

/// <summary>
/// A token as a range of UTF-16 code units in the segmented text: allocation-free output of
/// <see cref="ChineseSegmenter.EnumerateTokens(ReadOnlySpan{char}, bool)"/>.
/// </summary>
/// <param name="Start">Offset of the first code unit.</param>
/// <param name="Length">Number of code units; always at least 1.</param>
public readonly record struct TokenRange(int Start, int Length)
{
    /// <summary>Offset just past the last code unit.</summary>
    public int End => Start + Length;
}
