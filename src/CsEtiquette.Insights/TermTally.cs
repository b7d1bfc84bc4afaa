namespace CsEtiquette.Insights;

/// <summary>Occurrences of one corpus term and the sequence key of its first occurrence (ties in TF-IDF ranking).</summary>
internal readonly record struct TermTally(long Count, long FirstSeen);
