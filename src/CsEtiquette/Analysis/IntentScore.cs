namespace CsEtiquette.Analysis;

/// <summary>One recognised intent with its confidence.</summary>
/// <param name="Intent">The intent.</param>
/// <param name="Score">Confidence in 0..1: the analysis model's probability for the intent (one-vs-rest sigmoid, or the primary-intent head's probability when higher); for <see cref="MessageIntent.Other"/>, 1 − the best intent's. Calibrated on our own chat data only.</param>
public readonly record struct IntentScore(MessageIntent Intent, double Score);
