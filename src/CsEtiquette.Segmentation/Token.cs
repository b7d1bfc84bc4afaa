namespace CsEtiquette.Segmentation;

/// <summary>A token with its text and offsets, as <c>jieba.tokenize</c> yields <c>(word, start, end)</c>.</summary>
/// <param name="Word">The token's text.</param>
/// <param name="Start">Offset of the first UTF-16 code unit in the input.</param>
/// <param name="End">Offset just past the last code unit.</param>
public readonly record struct Token(string Word, int Start, int End);
