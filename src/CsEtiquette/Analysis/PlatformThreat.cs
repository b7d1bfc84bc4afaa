namespace CsEtiquette.Analysis;

/// <summary>A threat to escalate found in a message (要投诉、12315、差评).</summary>
/// <param name="Kind">Where the customer threatens to go.</param>
/// <param name="Start">UTF-16 offset of the cue in the message.</param>
/// <param name="Length">Length of the cue in UTF-16 code units.</param>
/// <param name="Cue">The cue text, equal to <c>message.Substring(Start, Length)</c>.</param>
public readonly record struct PlatformThreat(ThreatKind Kind, int Start, int Length, string Cue);
