namespace CsEtiquette.Insights;

/// <summary>A top keyword of all customer messages: TF-IDF over the whole customer text, as
/// <c>jieba.analyse.extract_tags</c> over the messages joined by newlines.</summary>
/// <param name="Word">The keyword.</param>
/// <param name="Weight">TF-IDF weight.</param>
/// <param name="Count">Occurrences in customer messages.</param>
public sealed record CorpusKeyword(string Word, double Weight, long Count);
