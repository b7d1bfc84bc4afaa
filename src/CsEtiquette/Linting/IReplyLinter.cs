namespace CsEtiquette.Linting;

/// <summary>Checks an agent's draft reply against the communication rules (话术质检). Implementations are thread-safe.</summary>
public interface IReplyLinter
{
    /// <summary>The rules this linter checks (after merging packs and removing disabled rules).</summary>
    IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>Lints <paramref name="draft"/> in <paramref name="context"/> (null = <see cref="LintContext.Default"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    LintReport Lint(string draft, LintContext? context = null);
}
