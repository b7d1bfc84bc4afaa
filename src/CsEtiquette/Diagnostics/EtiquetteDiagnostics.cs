using System.Diagnostics;
using System.Diagnostics.Metrics;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;

namespace CsEtiquette.Diagnostics;

/// <summary>
/// The names of CsEtiquette's <see cref="Meter"/>, <see cref="ActivitySource"/> and instruments, for
/// OpenTelemetry (<c>AddMeter(EtiquetteDiagnostics.MeterName)</c>, <c>AddSource(EtiquetteDiagnostics.ActivitySourceName)</c>)
/// or a <see cref="MeterListener"/>. The engines stay pure; the hosted entry points record: <see cref="Hosting.ConversationService"/>
/// (and the Orleans conversation grain and the AgentDesk sample through it). Tags carry enum names and rule ids, never
/// customer text. Thread-safe.
/// </summary>
public static class EtiquetteDiagnostics
{
    /// <summary>The meter and activity source name: <c>CsEtiquette</c>.</summary>
    public const string MeterName = "CsEtiquette";

    /// <summary>The activity source name: <c>CsEtiquette</c> (activities <c>cse.suggest</c>, <c>cse.check_draft</c>, <c>cse.apply</c>).</summary>
    public const string ActivitySourceName = "CsEtiquette";

    /// <summary>Counter of customer messages analysed, tagged <c>emotion</c> (an <c>CustomerEmotion</c> name).</summary>
    public const string MessagesAnalyzed = "cse.messages.analyzed";

    /// <summary>Counter of lint findings in suggestions and checked drafts, tagged <c>rule</c> (e.g. <c>CSE005</c>).</summary>
    public const string Findings = "cse.lint.findings";

    /// <summary>Counter of rewrite edits offered for checked drafts, tagged <c>rule</c>.</summary>
    public const string RewritesApplied = "cse.rewrites.applied";

    /// <summary>Counter of findings the rewriter left (no verified safe edit), tagged <c>rule</c>.</summary>
    public const string RewritesVetoed = "cse.rewrites.vetoed";

    /// <summary>Histogram of suggest latency in milliseconds (analysis, composition, lint, store round trip).</summary>
    public const string SuggestDuration = "cse.suggest.duration";

    /// <summary>Counter of complaint transitions, tagged <c>from</c>, <c>to</c> (<c>ComplaintState</c> names) and <c>trigger</c>.</summary>
    public const string ComplaintTransitions = "cse.complaint.transitions";

    internal static readonly ActivitySource Source = new(ActivitySourceName, EtiquetteInfo.Version);

    private static readonly Meter Meter = new(MeterName, EtiquetteInfo.Version);

    private static readonly Counter<long> MessagesAnalyzedCounter =
        Meter.CreateCounter<long>(MessagesAnalyzed, "{message}", "Customer messages analysed, by emotion.");

    private static readonly Counter<long> FindingsCounter =
        Meter.CreateCounter<long>(Findings, "{finding}", "Lint findings in suggestions and checked drafts, by rule.");

    private static readonly Counter<long> RewritesAppliedCounter =
        Meter.CreateCounter<long>(RewritesApplied, "{edit}", "Rewrite edits offered for checked drafts, by rule.");

    private static readonly Counter<long> RewritesVetoedCounter =
        Meter.CreateCounter<long>(RewritesVetoed, "{finding}", "Findings left without a verified edit, by rule.");

    private static readonly Histogram<double> SuggestDurationHistogram =
        Meter.CreateHistogram<double>(SuggestDuration, "ms", "Time to suggest a reply.");

    private static readonly Counter<long> ComplaintTransitionsCounter =
        Meter.CreateCounter<long>(ComplaintTransitions, "{transition}", "Complaint state transitions.");

    internal static void RecordSuggestion(ReplySuggestion suggestion, ComplaintCase? before, TimeSpan elapsed)
    {
        if (suggestion.Analysis is { } analysis && MessagesAnalyzedCounter.Enabled)
        {
            MessagesAnalyzedCounter.Add(1, new KeyValuePair<string, object?>("emotion", analysis.Emotion.Label.ToString()));
        }

        RecordFindings(suggestion.Lint);
        RecordTransitions(before, suggestion.Complaint);
        SuggestDurationHistogram.Record(elapsed.TotalMilliseconds);
    }

    internal static void RecordDraftCheck(DraftCheck check)
    {
        RecordFindings(check.Lint);
        RecordRewrite(check.Rewrite);
    }

    internal static void RecordFindings(LintReport report)
    {
        if (!FindingsCounter.Enabled)
        {
            return;
        }

        foreach (var f in report.Findings)
        {
            FindingsCounter.Add(1, new KeyValuePair<string, object?>("rule", f.RuleId));
        }
    }

    internal static void RecordRewrite(RewriteResult rewrite)
    {
        if (RewritesAppliedCounter.Enabled)
        {
            foreach (var e in rewrite.Edits)
            {
                RewritesAppliedCounter.Add(1, new KeyValuePair<string, object?>("rule", e.RuleId));
            }
        }

        if (RewritesVetoedCounter.Enabled)
        {
            foreach (var f in rewrite.RemainingFindings)
            {
                RewritesVetoedCounter.Add(1, new KeyValuePair<string, object?>("rule", f.RuleId));
            }
        }
    }

    /// <summary>Records the history entries <paramref name="after"/> has beyond <paramref name="before"/> (same case) or all of them (a new case).</summary>
    internal static void RecordTransitions(ComplaintCase? before, ComplaintCase? after)
    {
        if (after is null || !ComplaintTransitionsCounter.Enabled)
        {
            return;
        }

        var from = before is not null && before.Id == after.Id ? before.Version : 0;
        for (var i = from; i < after.History.Length; i++)
        {
            var h = after.History[i];
            ComplaintTransitionsCounter.Add(1,
                new KeyValuePair<string, object?>("from", h.From.ToString()),
                new KeyValuePair<string, object?>("to", h.To.ToString()),
                new KeyValuePair<string, object?>("trigger", h.Event.Trigger.ToString()));
        }
    }
}
