namespace CsEtiquette.Insights;

/// <summary>A label of a distribution (intent, emotion) with its count and share (0..1).</summary>
/// <param name="Label">The label, e.g. <c>Complaint</c> or <c>Angry</c>.</param>
/// <param name="Count">How many customer messages carry it.</param>
/// <param name="Share">Count ÷ customer messages.</param>
public sealed record LabelCount(string Label, long Count, double Share);
