namespace CsEtiquette.Rewriting;

/// <summary>Rewrites an agent's draft into compliant wording (话术改写). Implementations are thread-safe.</summary>
public interface IPhraseRewriter
{
    /// <summary>Rewrites <paramref name="draft"/> in <paramref name="context"/> (null = <see cref="RewriteContext.Default"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter type (string draft vs LintReport), so no call binds to both.")]
    RewriteResult Rewrite(string draft, RewriteContext? context = null);

    /// <summary>
    /// Rewrites <see cref="Linting.LintReport.Draft"/> of a report the same rewriter's linter produced in an
    /// equivalent context, reusing its findings instead of linting the draft again.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter type (string draft vs LintReport), so no call binds to both.")]
    RewriteResult Rewrite(Linting.LintReport report, RewriteContext? context = null);
}
