namespace CsEtiquette.Analysis;

/// <summary>
/// A span of the message that pushed the analysis towards a decision (判断依据): the strongest model features mapped
/// back to their offsets (tokens, character n-grams, lexicon cues, punctuation runs), overlapping spans merged.
/// </summary>
/// <param name="Start">UTF-16 offset in the message.</param>
/// <param name="Length">Length in UTF-16 code units (at least 1).</param>
/// <param name="Text">The message text at that span (<c>message.Substring(Start, Length)</c>).</param>
/// <param name="Toward">What the span argues for: <c>negative</c> or <c>positive</c> (the emotion polarity), or an
/// intent name (<c>Inquiry</c>, <c>Complaint</c> …, see <see cref="MessageIntent"/>).</param>
public readonly record struct EvidenceSpan(int Start, int Length, string Text, string Toward)
{
    /// <summary>Offset just past the span.</summary>
    public int End => Start + Length;
}
