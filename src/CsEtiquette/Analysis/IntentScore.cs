namespace CsEtiquette.Analysis;

/// <summary>One recognised intent with its confidence.</summary>
/// <param name="Intent">The intent.</param>
/// <param name="Score">Confidence in 0..1 (a squashed sum of cue weights; not a calibrated probability).</param>
public readonly record struct IntentScore(MessageIntent Intent, double Score);
