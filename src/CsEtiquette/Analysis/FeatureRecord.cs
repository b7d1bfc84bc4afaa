namespace CsEtiquette.Analysis;

/// <summary>One model feature as the extractor produced it: hash, value and the span behind it (start −1: no span).</summary>
internal readonly record struct FeatureRecord(uint Hash, float Value, int Start, int Length);
