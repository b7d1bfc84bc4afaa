using System.Buffers;
using System.Text;
using System.Text.Json;

namespace CsEtiquette.Insights;

/// <summary>
/// The readable quality-inspection report (质检报告 / 客户需求洞察) derived from an <see cref="InsightAggregate"/>:
/// per-agent quality, customer intent and emotion distributions, complaint rate, top keywords, top question
/// clusters and suggestions such as "近期12%客户询问尺码问题,建议详情页增加尺码说明". Immutable and thread-safe.
/// </summary>
public sealed class InsightReport
{
    private const int MaxSuggestions = 5;

    private InsightReport(InsightAggregate aggregate)
    {
        Aggregate = aggregate;
    }

    /// <summary>The aggregate this report was computed from (merge it with other shards' aggregates).</summary>
    public InsightAggregate Aggregate { get; }

    /// <summary>Valid messages.</summary>
    public long Messages => Aggregate.Messages;

    /// <summary>Customer messages.</summary>
    public long CustomerMessages => Aggregate.CustomerMessages;

    /// <summary>Agent replies.</summary>
    public long AgentMessages => Aggregate.AgentMessages;

    /// <summary>Bad lines (all counted; <see cref="BadLines"/> lists the first ones).</summary>
    public long BadLineCount => Aggregate.BadLines;

    /// <summary>Conversations (see <see cref="InsightAggregate.ConversationCount"/>).</summary>
    public long Conversations => Aggregate.Conversations;

    /// <summary>Conversations with at least one customer message.</summary>
    public long CustomerConversations => Aggregate.CustomerConversations;

    /// <summary>Conversations in which the customer complained (投诉).</summary>
    public long ComplaintConversations => Aggregate.ComplaintConversations;

    /// <summary>投诉率: complaint conversations ÷ customer conversations, or <see langword="null"/> without customers.</summary>
    public double? ComplaintRate => Aggregate.CustomerConversations > 0 ? (double)Aggregate.ComplaintConversations / Aggregate.CustomerConversations : null;

    /// <summary>Abusive customer messages (辱骂).</summary>
    public long AbusiveMessages => Aggregate.AbusiveMessages;

    /// <summary>Conversations closed early because the conversation window was full (0 normally).</summary>
    public long ConversationsClosedEarly => Aggregate.ConversationsClosedEarly;

    /// <summary>Earliest message time (UTC), or <see langword="null"/> for an empty log.</summary>
    public DateTimeOffset? From => Aggregate.MinAtTicks == long.MaxValue ? null : new DateTimeOffset(Aggregate.MinAtTicks, TimeSpan.Zero);

    /// <summary>Latest message time (UTC), or <see langword="null"/> for an empty log.</summary>
    public DateTimeOffset? To => Aggregate.MaxAtTicks == long.MinValue ? null : new DateTimeOffset(Aggregate.MaxAtTicks, TimeSpan.Zero);

    /// <summary>Agents by name (ordinal).</summary>
    public IReadOnlyList<AgentQuality> Agents { get; private init; } = [];

    /// <summary>Primary-intent distribution of customer messages, largest first.</summary>
    public IReadOnlyList<LabelCount> Intents { get; private init; } = [];

    /// <summary>Emotion distribution of customer messages, largest first.</summary>
    public IReadOnlyList<LabelCount> Emotions { get; private init; } = [];

    /// <summary>Top keywords of the customer text, best first.</summary>
    public IReadOnlyList<CorpusKeyword> TopKeywords { get; private init; } = [];

    /// <summary>Top question topics, most conversations first.</summary>
    public IReadOnlyList<QuestionCluster> TopQuestions { get; private init; } = [];

    /// <summary>Suggestions for product/operations, one per top question topic above the vocabulary's threshold.</summary>
    public IReadOnlyList<string> Suggestions { get; private init; } = [];

    /// <summary>The first bad lines (see <see cref="InsightAggregate.MaxBadLineSamples"/>).</summary>
    public IReadOnlyList<ChatLogProblem> BadLines => Aggregate.BadLineSamples;

    /// <summary>Whether term or cluster counts were pruned (then keyword counts are approximate).</summary>
    public bool IsApproximate => Aggregate.PrunedTermOccurrences > 0 || Aggregate.PrunedClusterConversations > 0;

    /// <summary>Builds the report.</summary>
    /// <param name="aggregate">The aggregate (not changed; do not fill it afterwards).</param>
    /// <param name="top">How many keywords and question topics to list (1..1000).</param>
    /// <param name="vocabulary">Suggestion wording; default <see cref="InspectionVocabulary.Default"/>.</param>
    /// <param name="idf">IDF table for keyword weights; default <see cref="IdfTable.Default"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is out of range.</exception>
    public static InsightReport Create(InsightAggregate aggregate, int top = 20, InspectionVocabulary? vocabulary = null, IdfTable? idf = null)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(top, 1000);
        vocabulary ??= InspectionVocabulary.Default;
        idf ??= IdfTable.Default;
        var a = aggregate;

        var agents = new List<AgentQuality>(a.Agents.Count);
        foreach (var (name, t) in a.Agents)
        {
            var apology = new Compliance(t.ApologyCompliant, t.ApologyApplicable, 0);
            var followUp = new Compliance(t.FollowUpCompliant, t.FollowUpApplicable, t.FollowUpPending);
            agents.Add(new AgentQuality(
                name, t.Replies, t.FlaggedReplies, new SortedDictionary<string, long>(t.FindingsByRule, StringComparer.Ordinal),
                t.ComplaintsHandled, apology, followUp, AgentQuality.Score(t.Replies, t.FlaggedReplies, apology, followUp)));
        }

        // TF-IDF over all customer text: weight = count × (idf ÷ total), ties by first occurrence.
        var total = (double)a.TermTotal;
        var terms = a.Terms.Select(kv => (Word: kv.Key, kv.Value.Count, kv.Value.FirstSeen, Weight: kv.Value.Count * (idf.GetIdfOrMedian(kv.Key) / total)))
            .OrderByDescending(t => t.Weight).ThenBy(t => t.FirstSeen).Take(top)
            .Select(t => new CorpusKeyword(t.Word, t.Weight, t.Count)).ToArray();

        var customerConversations = Math.Max(1, a.CustomerConversations);
        var clusters = a.Clusters.OrderByDescending(c => c.Value.Conversations).ThenBy(c => c.Value.FirstSeen).Take(top)
            .Select(c => new QuestionCluster(c.Key, c.Value.Conversations, (double)c.Value.Conversations / customerConversations, c.Value.Sample))
            .ToArray();
        var suggestions = clusters.Where(c => c.Share >= vocabulary.MinSuggestionShare && c.Share > 0).Take(MaxSuggestions)
            .Select(c => vocabulary.Suggest(c.Topic, c.Share)).ToArray();

        return new InsightReport(aggregate)
        {
            Agents = agents,
            Intents = Distribution(a.Intents, a.CustomerMessages),
            Emotions = Distribution(a.Emotions, a.CustomerMessages),
            TopKeywords = terms,
            TopQuestions = clusters,
            Suggestions = suggestions,
        };
    }

    private static LabelCount[] Distribution(SortedDictionary<string, long> counts, long total) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv => new LabelCount(kv.Key, kv.Value, total > 0 ? (double)kv.Value / total : 0)).ToArray();

    /// <summary>
    /// The report as indented JSON (schema <c>cse.report/1</c>, documented in docs/report.md), including the
    /// mergeable aggregate under <c>"aggregate"</c>.
    /// </summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("schema", "cse.report/1");
            w.WriteStartObject("summary");
            w.WriteNumber("messages", Messages);
            w.WriteNumber("customerMessages", CustomerMessages);
            w.WriteNumber("agentMessages", AgentMessages);
            w.WriteNumber("badLines", BadLineCount);
            w.WriteNumber("blankLines", Aggregate.BlankLines);
            w.WriteNumber("conversations", Conversations);
            w.WriteNumber("customerConversations", CustomerConversations);
            w.WriteNumber("complaintConversations", ComplaintConversations);
            WriteNullable(w, "complaintRate", ComplaintRate);
            w.WriteNumber("abusiveMessages", AbusiveMessages);
            w.WriteNumber("conversationsClosedEarly", ConversationsClosedEarly);
            w.WriteBoolean("approximate", IsApproximate);
            if (From is { } from && To is { } to)
            {
                w.WriteString("from", from);
                w.WriteString("to", to);
            }
            else
            {
                w.WriteNull("from");
                w.WriteNull("to");
            }

            w.WriteEndObject();
            w.WriteStartArray("agents");
            foreach (var ag in Agents)
            {
                w.WriteStartObject();
                w.WriteString("agent", ag.Agent);
                w.WriteNumber("replies", ag.Replies);
                w.WriteNumber("flaggedReplies", ag.FlaggedReplies);
                WriteNullable(w, "qualityScore", ag.QualityScore);
                w.WriteStartObject("findingsByRule");
                foreach (var (rule, n) in ag.FindingsByRule)
                {
                    w.WriteNumber(rule, n);
                }

                w.WriteEndObject();
                w.WriteNumber("complaintsHandled", ag.ComplaintsHandled);
                WriteCompliance(w, "apologyBeforeSolution", ag.ApologyBeforeSolution);
                WriteCompliance(w, "followUpWithin24h", ag.FollowUpWithin24h);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteDistribution(w, "intents", Intents);
            WriteDistribution(w, "emotions", Emotions);
            w.WriteStartArray("topKeywords");
            foreach (var k in TopKeywords)
            {
                w.WriteStartObject();
                w.WriteString("word", k.Word);
                w.WriteNumber("weight", k.Weight);
                w.WriteNumber("count", k.Count);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("topQuestions");
            foreach (var c in TopQuestions)
            {
                w.WriteStartObject();
                w.WriteString("topic", c.Topic);
                w.WriteNumber("conversations", c.Conversations);
                w.WriteNumber("share", c.Share);
                w.WriteString("sample", c.Sample);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("suggestions");
            foreach (var s in Suggestions)
            {
                w.WriteStringValue(s);
            }

            w.WriteEndArray();
            w.WriteStartArray("badLines");
            foreach (var p in BadLines)
            {
                w.WriteStartObject();
                w.WriteString("source", p.Source);
                w.WriteNumber("line", p.Line);
                w.WriteString("reason", p.Reason);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WritePropertyName("aggregate");
            Aggregate.WriteJson(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, double? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void WriteCompliance(Utf8JsonWriter w, string name, Compliance c)
    {
        w.WriteStartObject(name);
        w.WriteNumber("compliant", c.Compliant);
        w.WriteNumber("applicable", c.Applicable);
        w.WriteNumber("pending", c.Pending);
        WriteNullable(w, "rate", c.Rate);
        w.WriteEndObject();
    }

    private static void WriteDistribution(Utf8JsonWriter w, string name, IReadOnlyList<LabelCount> items)
    {
        w.WriteStartArray(name);
        foreach (var i in items)
        {
            w.WriteStartObject();
            w.WriteString("label", i.Label);
            w.WriteNumber("count", i.Count);
            w.WriteNumber("share", i.Share);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
