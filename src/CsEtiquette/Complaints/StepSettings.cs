namespace CsEtiquette.Complaints;

/// <summary>The workflow settings a step description or slot may quote.</summary>
internal readonly record struct StepSettings(int MinOptions, int MaxOptions, TimeSpan FollowUpWindow);
