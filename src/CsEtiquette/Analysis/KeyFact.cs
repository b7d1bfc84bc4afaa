namespace CsEtiquette.Analysis;

/// <summary>A key piece of information found in a message, with its place in the text.</summary>
/// <param name="Kind">What it is.</param>
/// <param name="Value">The text of the fact; always equal to <c>message.Substring(Start, Length)</c>.</param>
/// <param name="Start">UTF-16 offset of the first code unit in the message.</param>
/// <param name="Length">Length in UTF-16 code units (at least 1).</param>
public readonly record struct KeyFact(FactKind Kind, string Value, int Start, int Length)
{
    /// <summary>Offset just past the fact.</summary>
    public int End => Start + Length;
}
