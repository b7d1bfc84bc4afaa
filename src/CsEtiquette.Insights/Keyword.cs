namespace CsEtiquette.Insights;

/// <summary>A keyword with its TF-IDF weight, as returned by <c>jieba.analyse.extract_tags(..., withWeight=True)</c>.</summary>
/// <param name="Word">The word as segmented.</param>
/// <param name="Weight">Term frequency (count ÷ counted words) × IDF.</param>
public readonly record struct Keyword(string Word, double Weight);
