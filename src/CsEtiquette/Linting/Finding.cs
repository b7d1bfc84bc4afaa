namespace CsEtiquette.Linting;

/// <summary>
/// One problem found in a draft reply (发现的问题): which rule, where (UTF-16 offsets into the draft), what
/// was matched, why it matters, and how to fix it. Immutable and thread-safe.
/// </summary>
/// <param name="RuleId">The rule id, e.g. <c>CSE001</c>.</param>
/// <param name="Severity">The rule's severity.</param>
/// <param name="Start">Offset of the first matched code unit in the draft.</param>
/// <param name="Length">Number of matched code units; 0 for a finding about something missing (CSE009 inserts at <see cref="Start"/>).</param>
/// <param name="MatchedText">The draft text at [Start, Start + Length).</param>
/// <param name="Message">Why this is a problem (in the language chosen by <see cref="LintOptions.EnglishMessages"/>).</param>
/// <param name="Fixes">
/// Replacement texts for the matched span, best first (an empty string means "delete"); the first is
/// <paramref name="AutomaticFix"/> when there is one. Never contains a literal <c>{slot}</c>. May be empty.
/// </param>
/// <param name="AutomaticFix">The replacement <c>PhraseRewriter</c> applies, or null when the fix needs a human.</param>
public sealed record Finding(
    string RuleId,
    Severity Severity,
    int Start,
    int Length,
    string MatchedText,
    string Message,
    IReadOnlyList<string> Fixes,
    string? AutomaticFix)
{
    /// <summary>Offset just past the matched text.</summary>
    public int End => Start + Length;

    /// <summary>True when the rewriter can fix this finding on its own.</summary>
    public bool HasAutomaticFix => AutomaticFix is not null;
}
