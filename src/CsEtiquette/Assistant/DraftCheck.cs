using CsEtiquette.Linting;
using CsEtiquette.Rewriting;

namespace CsEtiquette.Assistant;

/// <summary>
/// The result of <see cref="IReplyAssistant.CheckDraft"/>: the lint findings of an agent's own draft (话术质检) and
/// the rewrite that fixes what can be fixed automatically. Immutable and thread-safe.
/// </summary>
/// <param name="Lint">The findings of the draft in the conversation's context.</param>
/// <param name="Rewrite">The edits and rewritten text; <see cref="RewriteResult.RemainingFindings"/> need a human.</param>
public sealed record DraftCheck(LintReport Lint, RewriteResult Rewrite)
{
    /// <summary>True when the draft has no finding and can be sent as is.</summary>
    public bool IsClean => !Lint.HasFindings;

    /// <summary>The text to send: the rewrite (equal to the draft when nothing changed).</summary>
    public string SuggestedText => Rewrite.Text;
}
