using CsEtiquette.Linting;

namespace CsEtiquette.Rewriting;

/// <summary>
/// The result of <see cref="IPhraseRewriter.Rewrite(string, RewriteContext?)"/>: the original draft, the non-overlapping edits in
/// original offsets (sorted by start), the rewritten text, and the findings a human still has to handle.
/// Immutable and thread-safe.
/// </summary>
/// <param name="Original">The draft as given.</param>
/// <param name="Edits">Non-overlapping edits of <paramref name="Original"/>, sorted by start; empty when nothing changed.</param>
/// <param name="Text">The original with every edit applied (equals the original when there are no edits).</param>
/// <param name="RemainingFindings">
/// Findings still in <paramref name="Text"/>: without an automatic fix, excluded by <see cref="RewriteContext.OnlyRules"/>, or
/// whose fix the verifier declined (those are also in <paramref name="Suggestions"/>).
/// </param>
/// <param name="Suggestions">
/// Changes proposed but not applied, in offsets of <paramref name="Text"/>, sorted by start: automatic fixes the verifier
/// declined (a repeated clause, a doubled word, a contradiction, …) and the suggested wording of findings that need a
/// human. Empty when there are none.
/// </param>
public sealed record RewriteResult(string Original, IReadOnlyList<Edit> Edits, string Text, IReadOnlyList<Finding> RemainingFindings, IReadOnlyList<Suggestion> Suggestions)
{
    /// <summary>Creates a result without suggestions.</summary>
    public RewriteResult(string Original, IReadOnlyList<Edit> Edits, string Text, IReadOnlyList<Finding> RemainingFindings)
        : this(Original, Edits, Text, RemainingFindings, [])
    {
    }

    /// <summary>True when at least one edit was made.</summary>
    public bool Changed => Edits.Count > 0;

    /// <summary>Applies only <paramref name="selected"/> (a subset of <see cref="Edits"/>) to the original.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="selected"/> is null.</exception>
    /// <exception cref="ArgumentException">An edit lies outside the original or two edits overlap.</exception>
    public string Apply(IEnumerable<Edit> selected)
    {
        ArgumentNullException.ThrowIfNull(selected);
        return EditApplier.Apply(Original, selected);
    }

    /// <summary>Applies the edits for which <paramref name="accept"/> returns true (e.g. one rule only).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="accept"/> is null.</exception>
    public string Apply(Func<Edit, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(accept);
        return EditApplier.Apply(Original, Edits.Where(accept));
    }
}
