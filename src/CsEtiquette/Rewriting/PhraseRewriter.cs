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
    private const int MaxVerifyRounds = 3;
    private static readonly Suggestion[] NoSuggestions = [];
    private static readonly Lazy<PhraseRewriter> LazyDefault = new(() => new PhraseRewriter(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Edit[] NoEdits = [];
    private static readonly Finding[] NoFindings = [];
    private readonly ReplyLinter _linter;
    private readonly FluencyScorer? _fluency = FluencyScorer.Default;
    private readonly string _limit;

    /// <summary>
    /// Creates a rewriter over <paramref name="linter"/> (null = <see cref="ReplyLinter.Default"/>). The concrete
    /// <see cref="ReplyLinter"/> is needed (the rewriter re-lints through its internals); with <c>AddCsEtiquette</c>,
    /// a registered <see cref="IReplyLinter"/> is used when it is a <see cref="ReplyLinter"/>, otherwise the built-in one.
    /// </summary>
    public PhraseRewriter(ReplyLinter? linter = null)
    {
        _linter = linter ?? ReplyLinter.Default;
        _limit = _linter.SlotDefaults.GetValueOrDefault(ShopPolicy.ProcessingTimeSlot, ShopPolicy.Default.ProcessingTime);
    }

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
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter type (string draft vs LintReport), so no call binds to both.")]
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
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter type (string draft vs LintReport), so no call binds to both.")]
    public RewriteResult Rewrite(LintReport report, RewriteContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return RewriteCore(report.Draft, report.Findings, context ?? RewriteContext.Default);
    }

    private RewriteResult RewriteCore(string draft, IReadOnlyList<Finding>? firstFindings, RewriteContext context, bool settle = true)
    {
        var lintContext = context.Lint;
        var text = draft;
        List<Edit>? edits = null;
        IReadOnlyList<Finding>? findings = null;
        for (var pass = 0; pass <= MaxPasses; pass++)
        {
            findings = pass == 0 && firstFindings is not null ? firstFindings : _linter.LintCore(text, lintContext);
            var chosen = pass < MaxPasses ? Choose(findings, context.OnlyRules, text, Limit(context)) : null;
            if (chosen is null)
            {
                break;
            }

            var next = EditApplier.ApplySorted(text, chosen);
            edits = edits is null ? chosen : EditApplier.Compose(draft, edits, text, chosen);
            text = next;
        }

        if (edits is null)
        {
            return new RewriteResult(draft, NoEdits, text, Remaining(findings), Suggestions(text, findings, null, null));
        }

        // Verify before offering: an edit that would leave broken text is declined and becomes a suggestion.
        List<(Edit Edit, string Reason)>? declined = null;
        for (var round = 0; round < MaxVerifyRounds && edits.Count > 0; round++)
        {
            var rejected = RewriteVerifier.Check(draft, edits, text, findings, _fluency);
            if (rejected is null)
            {
                break;
            }

            var accepted = new List<Edit>(edits.Count);
            var r = 0;
            for (var i = 0; i < edits.Count; i++)
            {
                if (r < rejected.Count && rejected[r].Index == i)
                {
                    (declined ??= []).Add((edits[i], rejected[r].Reason));
                    r++;
                }
                else
                {
                    accepted.Add(edits[i]);
                }
            }

            edits = accepted;
            text = EditApplier.ApplySorted(draft, edits);
            findings = _linter.LintCore(text, lintContext);
        }

        if (declined is not null && settle)
        {
            // Declining changes the neighbourhood of the fixes that stay: rewrite the result once more so that what is
            // offered is a fixed point (rewriting it again changes nothing), and report that run's suggestions.
            var again = RewriteCore(text, findings, context, settle: false);
            if (again.Edits.Count > 0)
            {
                var all = EditApplier.Compose(draft, edits, text, again.Edits);
                return new RewriteResult(draft, all.ToArray(), again.Text, again.RemainingFindings, again.Suggestions);
            }
        }

        return new RewriteResult(draft, edits.Count == 0 ? NoEdits : edits.ToArray(), text, Remaining(findings), Suggestions(text, findings, declined, edits));
    }

    /// <summary>
    /// Declined edits (moved to offsets of the rewritten text) and the first suggested wording of every finding
    /// still in the text that no declined edit covers.
    /// </summary>
    private Suggestion[] Suggestions(string text, IReadOnlyList<Finding>? findings, List<(Edit Edit, string Reason)>? declined, List<Edit>? accepted)
    {
        List<Suggestion>? list = null;
        var declinedCount = 0;
        if (declined is not null)
        {
            // Both lists are sorted by start and disjoint: one merge pass gives each declined edit's shift.
            var shift = 0;
            var a = 0;
            foreach (var (e, reason) in declined)
            {
                while (a < accepted!.Count && accepted[a].End <= e.Start && !(accepted[a].Length == 0 && accepted[a].Start == e.Start && e.Length > 0))
                {
                    shift += accepted[a].Replacement.Length - accepted[a].Length;
                    a++;
                }

                (list ??= []).Add(new Suggestion(e.RuleId, e.Start + shift, e.Length, e.Replacement, "declined: " + reason));
            }

            declinedCount = list!.Count;
        }

        if (findings is not null)
        {
            var d = 0;
            var lastEnd = -1;
            foreach (var f in findings)
            {
                while (d < declinedCount && list![d].End <= f.Start && !(list[d].Start == f.Start && list[d].Length == f.Length))
                {
                    d++;
                }

                var covered = d < declinedCount && ((f.Start < list![d].End && f.End > list[d].Start) || (f.Start == list[d].Start && f.Length == list[d].Length));
                if (covered)
                {
                    continue;
                }

                if (f.Fixes.Count > 0)
                {
                    (list ??= []).Add(new Suggestion(f.RuleId, f.Start, f.Length, f.Fixes[0], f.HasAutomaticFix ? "not applied" : "needs a human"));
                    lastEnd = Math.Max(lastEnd, f.End);
                }
                else if (f.Length > 0 && f.Start >= lastEnd && ClauseSuggestions.For(f.RuleId, _limit) is { } wording)
                {
                    var (cs, ce) = ClauseSuggestions.ClauseAround(text, f.Start, f.End);
                    if (cs >= lastEnd && !(d < declinedCount && cs < list![d].End && ce > list[d].Start))
                    {
                        (list ??= []).Add(new Suggestion(f.RuleId, cs, ce - cs, wording, "needs a human"));
                        lastEnd = ce;
                    }
                }
            }
        }

        if (list is null)
        {
            return NoSuggestions;
        }

        list.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.RuleId, b.RuleId));
        return list.ToArray();
    }


    private static List<Edit>? Choose(IReadOnlyList<Finding>? findings, IReadOnlyCollection<string>? only, string text, string limit)
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
            if (!Allowed(f.RuleId, only))
            {
                continue;
            }

            if (f.AutomaticFix is null)
            {
                // A trailing bare hedge / can't-do clause (我也不太清楚, 这个不一定哦) is rewritten as a whole clause.
                if (f.Start >= lastEnd && ClauseSuggestions.TryWholeClause(text, f, limit) is { } whole && whole.Start >= Math.Max(lastEnd, 0))
                {
                    chosen ??= [];
                    chosen.Add(whole);
                    return chosen;
                }

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
            var edit = new Edit(f.Start, f.Length, f.AutomaticFix, f.RuleId, f.Message);
            var repaired = EditRepair.Repair(text, edit);
            if (repaired.Start < Math.Max(lastEnd, 0) || (repaired.End > f.End && NextStartsBefore(ordered, i, repaired.End)))
            {
                repaired = edit; // the repair would reach into a neighbour's edit: keep the rule's own span
            }

            chosen.Add(repaired);
            f = f with { Start = repaired.Start, Length = repaired.Length };
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

    private string Limit(RewriteContext context) =>
        context.Lint.Slots is { } slots && slots.TryGetValue("处理时限", out var v) && !string.IsNullOrEmpty(v) ? v : _limit;

    private static bool NextStartsBefore(IReadOnlyList<Finding> ordered, int i, int end)
    {
        for (var k = i + 1; k < ordered.Count; k++)
        {
            if (ordered[k].AutomaticFix is not null && ordered[k].Start >= ordered[i].End)
            {
                return ordered[k].Start < end;
            }
        }

        return false;
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

    private static Finding[] Remaining(IReadOnlyList<Finding>? findings) =>
        findings is null || findings.Count == 0 ? NoFindings : [.. findings];
}
