namespace CsEtiquette.Rewriting;

/// <summary>
/// One proposed change to a draft (改写): replace [Start, Start + Length) of the original with
/// <see cref="Replacement"/>. Offsets are UTF-16 code units into the original draft; a zero
/// <see cref="Length"/> is an insertion. Immutable and thread-safe.
/// </summary>
/// <param name="Start">Offset of the first replaced code unit in the original.</param>
/// <param name="Length">Number of replaced code units (0 = insertion).</param>
/// <param name="Replacement">The new text (empty = deletion). Never contains a literal <c>{slot}</c>.</param>
/// <param name="RuleId">The rule that asked for the change, e.g. <c>CSE001</c>.</param>
/// <param name="Explanation">Why, in the linter's message language.</param>
public sealed record Edit(int Start, int Length, string Replacement, string RuleId, string Explanation)
{
    /// <summary>Offset just past the replaced text in the original.</summary>
    public int End => Start + Length;
}
