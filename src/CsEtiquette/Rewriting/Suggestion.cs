namespace CsEtiquette.Rewriting;

/// <summary>
/// A change the rewriter proposes but does not apply (改写建议): an automatic fix the verifier declined (it would
/// have repeated a clause, doubled a word, contradicted the rest of the reply, …) or the suggested wording of a
/// finding that has no automatic fix. The agent decides. Offsets are UTF-16 code units into
/// <see cref="RewriteResult.Text"/> (the rewritten draft). Immutable and thread-safe.
/// </summary>
/// <param name="RuleId">The rule that asked for the change, e.g. <c>CSE002</c>.</param>
/// <param name="Start">Offset of the first code unit to replace in <see cref="RewriteResult.Text"/>.</param>
/// <param name="Length">Number of code units to replace (0 = insertion).</param>
/// <param name="Text">The proposed wording (empty = delete).</param>
/// <param name="Reason">Why it was not applied automatically, e.g. <c>declined: repeated clause</c> or <c>needs a human</c>.</param>
public sealed record Suggestion(string RuleId, int Start, int Length, string Text, string Reason)
{
    /// <summary>Offset just past the replaced text.</summary>
    public int End => Start + Length;
}
