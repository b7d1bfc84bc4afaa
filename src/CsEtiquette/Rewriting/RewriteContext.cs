using CsEtiquette.Linting;

namespace CsEtiquette.Rewriting;

/// <summary>
/// What the rewriter knows: the conversation as the linter sees it (<see cref="Lint"/>: channel, complaint, emotion,
/// emoji, slots, suppressed rules) plus which rules it may apply. Composes a <see cref="LintContext"/> instead of
/// repeating its fields. Immutable and thread-safe; <see cref="Default"/> applies every automatic fix in a
/// text-channel, non-complaint context.
/// </summary>
public sealed record RewriteContext
{
    /// <summary>Creates a context over <see cref="LintContext.Default"/> that applies every automatic fix.</summary>
    public RewriteContext()
    {
    }

    /// <summary>Creates a context over <paramref name="lint"/> that applies every automatic fix.</summary>
    /// <param name="lint">The conversation as the linter sees it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="lint"/> is null.</exception>
    public RewriteContext(LintContext lint)
    {
        ArgumentNullException.ThrowIfNull(lint);
        Lint = lint;
    }

    /// <summary>Text channel, no complaint, every rule applied.</summary>
    public static RewriteContext Default { get; } = new();

    /// <summary>
    /// The conversation as the linter sees it; the rewriter lints with exactly this context (an empathy sentence is
    /// prepended when <see cref="LintContext.IsComplaint"/> and none is present). <see cref="LintContext.Default"/> by default.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public LintContext Lint
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Lint));
    } = LintContext.Default;

    /// <summary>When not null, only automatic fixes of these rule ids are applied; others stay as findings.</summary>
    public IReadOnlyCollection<string>? OnlyRules { get; init; }
}
