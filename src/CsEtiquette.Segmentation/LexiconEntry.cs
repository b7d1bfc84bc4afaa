namespace CsEtiquette.Segmentation;

/// <summary>A user entry layered over the base dictionary: frequency, its logarithm and jieba's user tag.</summary>
internal readonly record struct LexiconEntry(int Frequency, double LogFrequency, string? Tag);
