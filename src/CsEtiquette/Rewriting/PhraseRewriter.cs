using CsEtiquette.Linting;

namespace CsEtiquette.Rewriting;

/// <summary>
/// The phrase rewriter (话术改写): applies the automatic fixes of a <see cref="ReplyLinter"/>'s findings —
/// negative → positive wording (不能马上解决 → 会在24小时内为您处理), refusal → alternative offer (没货了 →
/// 暂时售罄…到货后第一时间通知您), 你 → 您, slang → standard words, jargon → plain words, emoji and extra "!"
/// removed, an empathy sentence for upset customers. It re-lints its output until no automatically fixable
/// finding is left (so rewriting is idempotent), and reports edits in original offsets. Thread-safe.
/// </summary>
public sealed class PhraseRewriter : IPhraseRewriter
{
    private const int MaxPasses = 4;
    private static readonly Lazy<PhraseRewriter> LazyDefault = new(() => new PhraseRewriter(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Edit[] NoEdits = [];
    private static readonly Finding[] NoFindings = [];
    private readonly ReplyLinter _linter;

    /// <summary>
    /// Creates a rewriter over <paramref name="linter"/> (null = <see cref="ReplyLinter.Default"/>). The concrete
    /// <see cref="ReplyLinter"/> is needed (the rewriter re-lints through its internals); with <c>AddCsEtiquette</c>,
    /// a registered <see cref="IReplyLinter"/> is used when it is a <see cref="ReplyLinter"/>, otherwise the built-in one.
    /// </summary>
    public PhraseRewriter(ReplyLinter? linter = null) => _linter = linter ?? ReplyLinter.Default;

    /// <summary>The shared rewriter over <see cref="ReplyLinter.Default"/>.</summary>
    public static PhraseRewriter Default => LazyDefault.Value;

    /// <summary>The linter whose findings are fixed.</summary>
    public ReplyLinter Linter => _linter;

    /// <summary>
    /// Rewrites <paramref name="draft"/>. Never throws for any string; a draft without automatically
    /// fixable findings comes back unchanged with no edits. Findings needing a human (no automatic fix, or
    /// a fix whose slot has no value) are in <see cref="RewriteResult.RemainingFindings"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    public RewriteResult Rewrite(string draft, RewriteContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return RewriteCore(draft, null, context ?? RewriteContext.Default);
    }

    /// <summary>
    /// Rewrites <see cref="LintReport.Draft"/> reusing the findings of <paramref name="report"/> for the first
    /// pass (lint + rewrite then costs one lint when the draft needs no change). The report must come from
    /// <see cref="Linter"/> (or an identically configured linter) in a context equivalent to
    /// <paramref name="context"/>; otherwise the result is still valid text but may differ from
    /// <see cref="Rewrite(string, RewriteContext?)"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public RewriteResult Rewrite(LintReport report, RewriteContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return RewriteCore(report.Draft, report.Findings, context ?? RewriteContext.Default);
    }

    private RewriteResult RewriteCore(string draft, IReadOnlyList<Finding>? firstFindings, RewriteContext context)
    {
        var lintContext = context.Lint;
        var text = draft;
        List<Edit>? edits = null;
        IReadOnlyList<Finding>? findings = null;
        for (var pass = 0; pass <= MaxPasses; pass++)
        {
            findings = pass == 0 && firstFindings is not null ? firstFindings : _linter.LintCore(text, lintContext);
            var chosen = pass < MaxPasses ? Choose(findings, context.OnlyRules) : null;
            if (chosen is null)
            {
                break;
            }

            var next = EditApplier.ApplySorted(text, chosen);
            edits = edits is null ? chosen : EditApplier.Compose(draft, edits, text, chosen);
            text = next;
        }

        return new RewriteResult(draft, edits is null ? NoEdits : edits.ToArray(), text, Remaining(findings, context.OnlyRules));
    }

    private static List<Edit>? Choose(IReadOnlyList<Finding>? findings, IReadOnlyCollection<string>? only)
    {
        if (findings is null)
        {
            return null;
        }

        List<Edit>? chosen = null;
        var lastEnd = -1;
        var lastWasInsertAt = -1;
        // Findings are sorted by start; prefer the longest at a start so a whole phrase wins over a word in it.
        IReadOnlyList<Finding> ordered = findings.Count > 1 && !StartsAreDistinct(findings) ? SortForChoice(findings) : findings;
        for (var i = 0; i < ordered.Count; i++)
        {
            var f = ordered[i];
            if (f.AutomaticFix is null || !Allowed(f.RuleId, only))
            {
                continue;
            }

            var conflicts = f.Length == 0
                ? f.Start < lastEnd || f.Start == lastWasInsertAt
                : f.Start < lastEnd;
            if (conflicts)
            {
                continue;
            }

            chosen ??= [];
            chosen.Add(new Edit(f.Start, f.Length, f.AutomaticFix, f.RuleId, f.Message));
            if (f.Length == 0)
            {
                lastWasInsertAt = f.Start;
                lastEnd = Math.Max(lastEnd, f.Start);
            }
            else
            {
                lastEnd = f.End;
            }
        }

        return chosen;
    }

    // Findings come sorted by start; when no two share a start they are already in choice order.
    private static bool StartsAreDistinct(IReadOnlyList<Finding> findings)
    {
        for (var i = 1; i < findings.Count; i++)
        {
            if (findings[i].Start <= findings[i - 1].Start)
            {
                return false;
            }
        }

        return true;
    }

    private static List<Finding> SortForChoice(IReadOnlyList<Finding> findings)
    {
        var copy = new List<Finding>(findings);
        copy.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Length == 0 || b.Length == 0 ? a.Length.CompareTo(b.Length)
            : b.Length.CompareTo(a.Length));
        return copy;
    }

    private static bool Allowed(string ruleId, IReadOnlyCollection<string>? only)
    {
        if (only is null)
        {
            return true;
        }

        foreach (var id in only)
        {
            if (string.Equals(id, ruleId, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static Finding[] Remaining(IReadOnlyList<Finding>? findings, IReadOnlyCollection<string>? only)
    {
        if (findings is null || findings.Count == 0)
        {
            return NoFindings;
        }

        var list = new List<Finding>();
        for (var i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            if (!f.HasAutomaticFix || !Allowed(f.RuleId, only))
            {
                list.Add(f);
            }
        }

        return list.Count == 0 ? NoFindings : list.ToArray();
    }
}
