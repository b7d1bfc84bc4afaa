namespace CsEtiquette.Analysis;

/// <summary>A lettered express tracking-number shape from the lexicon's <c>trackingPrefixes</c>.</summary>
internal readonly record struct TrackingPrefix(string Prefix, int MinDigits, int MaxDigits);
