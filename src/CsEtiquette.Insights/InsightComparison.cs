using System.Text.Json;

namespace CsEtiquette.Insights;

/// <summary>
/// Before/after comparison of two reports (培训后1个月跟踪: the period before training against the period after):
/// complaint rate, negative-emotion rate, inferred satisfaction, response times, mean scorecard, per-rule finding
/// rates (findings per 100 conversations) and per-agent scorecards. Immutable and thread-safe.
/// </summary>
public sealed class InsightComparison
{
    private InsightComparison(IReadOnlyList<MetricChange> metrics, IReadOnlyList<MetricChange> rules, IReadOnlyList<MetricChange> agents)
    {
        Metrics = metrics;
        RuleRates = rules;
        AgentScores = agents;
    }

    /// <summary>Headline metrics, in a fixed order (complaintRate, negativeEmotionRate, inferredSatisfaction, …).</summary>
    public IReadOnlyList<MetricChange> Metrics { get; }

    /// <summary>Findings per 100 scored conversations, per rule id (ordinal order), before and after.</summary>
    public IReadOnlyList<MetricChange> RuleRates { get; }

    /// <summary>Mean scorecard per agent (ordinal order), before and after (null where the agent had no conversation).</summary>
    public IReadOnlyList<MetricChange> AgentScores { get; }

    /// <summary>Compares <paramref name="before"/> with <paramref name="after"/>.</summary>
    public static InsightComparison Create(InsightReport before, InsightReport after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var metrics = new List<MetricChange>
        {
            new("complaintRate", before.ComplaintRate, after.ComplaintRate),
            new("negativeEmotionRate", before.NegativeEmotionRate, after.NegativeEmotionRate),
            new("inferredSatisfaction", before.InferredSatisfaction, after.InferredSatisfaction),
            new("meanFirstResponseSeconds", before.MeanFirstResponseSeconds, after.MeanFirstResponseSeconds),
            new("meanResponseSeconds", before.MeanResponseSeconds, after.MeanResponseSeconds),
            new("meanConversationScore", before.MeanConversationScore, after.MeanConversationScore),
            new("criticalConversationRate", Rate(before.CriticalConversations, before.ScoredConversations), Rate(after.CriticalConversations, after.ScoredConversations)),
        };
        var ruleIds = new SortedSet<string>(before.ConversationFindingsByRule.Keys, StringComparer.Ordinal);
        ruleIds.UnionWith(after.ConversationFindingsByRule.Keys);
        var rules = new List<MetricChange>();
        foreach (var id in ruleIds)
        {
            rules.Add(new MetricChange(id, Per100(before, id), Per100(after, id)));
        }

        var agentNames = new SortedSet<string>(before.Aggregate.Agents.Keys, StringComparer.Ordinal);
        agentNames.UnionWith(after.Aggregate.Agents.Keys);
        var agents = new List<MetricChange>();
        foreach (var name in agentNames)
        {
            agents.Add(new MetricChange(name, AgentScore(before, name), AgentScore(after, name)));
        }

        return new InsightComparison(metrics, rules, agents);
    }

    private static double? Rate(long n, long d) => d > 0 ? (double)n / d : null;

    private static double? Per100(InsightReport r, string rule) =>
        r.ScoredConversations > 0 ? Math.Round(100.0 * r.ConversationFindingsByRule.GetValueOrDefault(rule) / r.ScoredConversations, 2) : null;

    private static double? AgentScore(InsightReport r, string agent) =>
        r.Aggregate.Agents.TryGetValue(agent, out var t) && t.ScoredConversations > 0 ? Math.Round((double)t.ScoreSum / t.ScoredConversations, 1) : null;

    /// <summary>Writes <c>{"metrics":[{"metric","before","after","change"}],"ruleRates":[…],"agentScores":[…]}</c>.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        Write(writer, "metrics", Metrics);
        Write(writer, "ruleRates", RuleRates);
        Write(writer, "agentScores", AgentScores);
        writer.WriteEndObject();
    }

    private static void Write(Utf8JsonWriter w, string name, IReadOnlyList<MetricChange> changes)
    {
        w.WriteStartArray(name);
        foreach (var c in changes)
        {
            w.WriteStartObject();
            w.WriteString("metric", c.Name);
            Nullable(w, "before", c.Before);
            Nullable(w, "after", c.After);
            Nullable(w, "change", c.Change);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Nullable(Utf8JsonWriter w, string name, double? v)
    {
        if (v is { } x)
        {
            w.WriteNumber(name, Math.Round(x, 4));
        }
        else
        {
            w.WriteNull(name);
        }
    }
}

/// <summary>One metric before and after.</summary>
/// <param name="Name">Metric name, rule id or agent name.</param>
/// <param name="Before">Value in the earlier log, or null when undefined there.</param>
/// <param name="After">Value in the later log, or null when undefined there.</param>
public sealed record MetricChange(string Name, double? Before, double? After)
{
    /// <summary>After − before, or null when either is undefined.</summary>
    public double? Change => Before is { } b && After is { } a ? a - b : null;
}
