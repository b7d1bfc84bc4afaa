namespace CsEtiquette.Rewriting;

/// <summary>Rewrites an agent's draft into compliant wording (话术改写). Implementations are thread-safe.</summary>
public interface IPhraseRewriter
{
    /// <summary>Rewrites <paramref name="draft"/> in <paramref name="context"/> (null = <see cref="RewriteContext.Default"/>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    RewriteResult Rewrite(string draft, RewriteContext? context = null);
}
