using System.Buffers;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace CsEtiquette.Insights;

/// <summary>
/// The mergeable result of a quality-inspection run (质检汇总) over one chat log or one shard of it: counters per
/// agent, intent and emotion counts, corpus term counts for TF-IDF keywords and question clusters, and the first
/// bad lines. <see cref="Merge"/> is associative and commutative, so shards processed on many machines can be
/// combined in any grouping: <c>Merge(a, Merge(b, c))</c> equals <c>Merge(Merge(a, b), c)</c> and merging the
/// aggregates of a split log equals the aggregate of the whole log (exactly, while fewer than
/// <see cref="MaxTerms"/> distinct terms and <see cref="MaxClusters"/> clusters are seen; beyond that the rarest are
/// pruned and counted as pruned). Serialize with <see cref="ToJson"/> and read back with <see cref="FromJson(string)"/>.
/// Instances are not thread-safe while being filled; <see cref="Merge"/> never mutates its arguments.
/// </summary>
public sealed class InsightAggregate
{
    /// <summary>Distinct corpus terms kept exactly; when twice as many are held, the rarest are pruned to this many.</summary>
    public const int MaxTerms = 200_000;

    /// <summary>Distinct question clusters kept exactly (pruned like <see cref="MaxTerms"/>).</summary>
    public const int MaxClusters = 20_000;

    /// <summary>How many bad lines are listed (those with the smallest source and line number); all are counted.</summary>
    public const int MaxBadLineSamples = 100;

    /// <summary>How many conversations are listed with their findings (the lowest scores first); all are counted.</summary>
    public const int MaxConversationSamples = 1000;

    private const string Schema = "cse.insights.aggregate/1";

    internal long Messages;
    internal long CustomerMessages;
    internal long AgentMessages;
    internal long BlankLines;
    internal long BadLines;
    internal long Conversations;
    internal long CustomerConversations;
    internal long ComplaintConversations;
    internal long QuestionConversations;
    internal long AbusiveMessages;
    internal long ConversationsClosedEarly;
    internal long MinAtTicks = long.MaxValue;
    internal long MaxAtTicks = long.MinValue;
    internal long TermTotal;
    internal long PrunedTermOccurrences;
    internal long PrunedClusterConversations;
    internal long ScoredConversations;
    internal long ScoreSum;
    internal long CriticalConversations;
    internal long UpsetConversations;
    internal long EndedUpsetConversations;
    internal long FirstResponses;
    internal long FirstResponseTicks;
    internal long Responses;
    internal long ResponseTicks;

    private readonly Dictionary<string, TermTally>.AlternateLookup<ReadOnlySpan<char>> _termLookup;

    /// <summary>Creates an empty aggregate (the identity of <see cref="Merge"/>).</summary>
    public InsightAggregate() => _termLookup = Terms.GetAlternateLookup<ReadOnlySpan<char>>();

    internal SortedDictionary<string, long> Intents { get; } = new(StringComparer.Ordinal);

    internal SortedDictionary<string, long> Emotions { get; } = new(StringComparer.Ordinal);

    internal SortedDictionary<string, AgentTally> Agents { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, TermTally> Terms { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, ClusterTally> Clusters { get; } = new(StringComparer.Ordinal);

    internal List<ChatLogProblem> BadLineSamples { get; } = [];

    /// <summary>Findings per rule over all conversations (conversation rules and reply lint).</summary>
    internal SortedDictionary<string, long> ConversationRuleCounts { get; } = new(StringComparer.Ordinal);

    /// <summary>The lowest-scoring conversations, ordered by (score, first message sequence, id).</summary>
    internal List<ConversationQuality> ConversationSamples { get; } = [];

    /// <summary>Valid messages counted.</summary>
    public long MessageCount => Messages;

    /// <summary>Bad lines counted (all of them, even beyond <see cref="MaxBadLineSamples"/>).</summary>
    public long BadLineCount => BadLines;

    /// <summary>Conversations seen (a conversation silent for more than 24 h of log time counts again when it resumes).</summary>
    public long ConversationCount => Conversations;

    /// <summary>
    /// Returns a new aggregate holding both inputs (neither is changed). Associative and commutative; the empty
    /// aggregate is its identity. Thread-safe as long as nobody is filling the inputs.
    /// </summary>
    public static InsightAggregate Merge(InsightAggregate left, InsightAggregate right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var result = new InsightAggregate();
        result.Add(left);
        result.Add(right);
        return result;
    }

    /// <summary>Adds <paramref name="other"/> into this aggregate.</summary>
    internal void Add(InsightAggregate other)
    {
        Messages += other.Messages;
        CustomerMessages += other.CustomerMessages;
        AgentMessages += other.AgentMessages;
        BlankLines += other.BlankLines;
        BadLines += other.BadLines;
        Conversations += other.Conversations;
        CustomerConversations += other.CustomerConversations;
        ComplaintConversations += other.ComplaintConversations;
        QuestionConversations += other.QuestionConversations;
        AbusiveMessages += other.AbusiveMessages;
        ConversationsClosedEarly += other.ConversationsClosedEarly;
        MinAtTicks = Math.Min(MinAtTicks, other.MinAtTicks);
        MaxAtTicks = Math.Max(MaxAtTicks, other.MaxAtTicks);
        TermTotal += other.TermTotal;
        PrunedTermOccurrences += other.PrunedTermOccurrences;
        PrunedClusterConversations += other.PrunedClusterConversations;
        ScoredConversations += other.ScoredConversations;
        ScoreSum += other.ScoreSum;
        CriticalConversations += other.CriticalConversations;
        UpsetConversations += other.UpsetConversations;
        EndedUpsetConversations += other.EndedUpsetConversations;
        FirstResponses += other.FirstResponses;
        FirstResponseTicks += other.FirstResponseTicks;
        Responses += other.Responses;
        ResponseTicks += other.ResponseTicks;
        AddCounts(ConversationRuleCounts, other.ConversationRuleCounts);
        foreach (var q in other.ConversationSamples)
        {
            AddConversationSample(q);
        }

        AddCounts(Intents, other.Intents);
        AddCounts(Emotions, other.Emotions);
        foreach (var (name, tally) in other.Agents)
        {
            Agent(name).Add(tally);
        }

        foreach (var (word, t) in other.Terms)
        {
            AddTerm(word, t.Count, t.FirstSeen);
        }

        foreach (var (label, c) in other.Clusters)
        {
            AddCluster(label, c.Conversations, c.FirstSeen, c.Sample);
        }

        foreach (var p in other.BadLineSamples)
        {
            AddBadLineSample(p);
        }
    }

    private static void AddCounts(SortedDictionary<string, long> into, SortedDictionary<string, long> from)
    {
        foreach (var (k, v) in from)
        {
            into[k] = into.GetValueOrDefault(k) + v;
        }
    }

    internal AgentTally Agent(string name)
    {
        if (!Agents.TryGetValue(name, out var tally))
        {
            Agents[name] = tally = new AgentTally();
        }

        return tally;
    }

    internal static void Count(SortedDictionary<string, long> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    internal void SeeTime(DateTimeOffset at)
    {
        var t = at.UtcTicks;
        MinAtTicks = Math.Min(MinAtTicks, t);
        MaxAtTicks = Math.Max(MaxAtTicks, t);
    }

    /// <summary>Adds <paramref name="count"/> occurrences of a term (the total is counted separately).</summary>
    internal void AddTerm(ReadOnlySpan<char> word, long count, long firstSeen)
    {
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_termLookup, word, out var exists);
        if (!exists)
        {
            slot = new TermTally(count, firstSeen);
            if (Terms.Count > 2 * MaxTerms)
            {
                PruneTerms();
            }
        }
        else
        {
            slot = new TermTally(slot.Count + count, Math.Min(slot.FirstSeen, firstSeen));
        }
    }

    /// <summary>The stored string equal to <paramref name="word"/>, or null when the term is not held.</summary>
    internal string? FindTerm(ReadOnlySpan<char> word) => _termLookup.TryGetValue(word, out var key, out _) ? key : null;

    internal void AddCluster(string label, long conversations, long firstSeen, string sample)
    {
        if (!Clusters.TryGetValue(label, out var c))
        {
            Clusters[label] = c = new ClusterTally();
        }

        c.Add(conversations, firstSeen, sample);
        if (Clusters.Count > 2 * MaxClusters)
        {
            PruneClusters();
        }
    }

    internal void AddBadLineSample(ChatLogProblem p)
    {
        var i = BadLineSamples.BinarySearch(p, ProblemOrder.Instance);
        if (i >= 0)
        {
            return;
        }

        i = ~i;
        if (i >= MaxBadLineSamples)
        {
            return;
        }

        BadLineSamples.Insert(i, p);
        if (BadLineSamples.Count > MaxBadLineSamples)
        {
            BadLineSamples.RemoveAt(BadLineSamples.Count - 1);
        }
    }

    /// <summary>Whether <see cref="AddConversationSample"/> would keep <paramref name="q"/> (its findings are not compared).</summary>
    internal bool WouldKeepConversationSample(ConversationQuality q)
    {
        var i = ConversationSamples.BinarySearch(q, SampleOrder.Instance);
        return i < 0 && ~i < MaxConversationSamples;
    }

    internal void AddConversationSample(ConversationQuality q)
    {
        var i = ConversationSamples.BinarySearch(q, SampleOrder.Instance);
        if (i >= 0)
        {
            return;
        }

        i = ~i;
        if (i >= MaxConversationSamples)
        {
            return;
        }

        ConversationSamples.Insert(i, q);
        if (ConversationSamples.Count > MaxConversationSamples)
        {
            ConversationSamples.RemoveAt(ConversationSamples.Count - 1);
        }
    }

    private sealed class SampleOrder : IComparer<ConversationQuality>
    {
        public static readonly SampleOrder Instance = new();

        public int Compare(ConversationQuality? x, ConversationQuality? y)
        {
            var c = x!.Score.CompareTo(y!.Score);
            if (c == 0)
            {
                c = x.FirstSeq.CompareTo(y.FirstSeq);
            }

            return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
        }
    }

    private void PruneTerms()
    {
        var all = Terms.ToArray();
        Array.Sort(all, (a, b) => a.Value.Count != b.Value.Count ? b.Value.Count.CompareTo(a.Value.Count) : a.Value.FirstSeen.CompareTo(b.Value.FirstSeen));
        for (var i = MaxTerms; i < all.Length; i++)
        {
            PrunedTermOccurrences += all[i].Value.Count;
            Terms.Remove(all[i].Key);
        }
    }

    private void PruneClusters()
    {
        var all = Clusters.ToArray();
        Array.Sort(all, (a, b) => a.Value.Conversations != b.Value.Conversations ? b.Value.Conversations.CompareTo(a.Value.Conversations) : a.Value.FirstSeen.CompareTo(b.Value.FirstSeen));
        for (var i = MaxClusters; i < all.Length; i++)
        {
            PrunedClusterConversations += all[i].Value.Conversations;
            Clusters.Remove(all[i].Key);
        }
    }

    private sealed class ProblemOrder : IComparer<ChatLogProblem>
    {
        public static readonly ProblemOrder Instance = new();

        public int Compare(ChatLogProblem? x, ChatLogProblem? y)
        {
            var c = string.CompareOrdinal(x!.Source, y!.Source);
            if (c == 0)
            {
                c = x.Line.CompareTo(y.Line);
            }

            return c != 0 ? c : string.CompareOrdinal(x.Reason, y.Reason);
        }
    }

    // ------------------------------------------------------------------ JSON

    /// <summary>
    /// Canonical JSON of this aggregate (keys and lists sorted, so equal aggregates give equal text). Schema
    /// <c>cse.insights.aggregate/1</c>, described in docs/report.md.
    /// </summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteJson(w);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Writes the canonical JSON object of this aggregate (see <see cref="ToJson"/>).</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var w = writer;
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteNumber("messages", Messages);
        w.WriteNumber("customerMessages", CustomerMessages);
        w.WriteNumber("agentMessages", AgentMessages);
        w.WriteNumber("blankLines", BlankLines);
        w.WriteNumber("badLines", BadLines);
        w.WriteNumber("conversations", Conversations);
        w.WriteNumber("customerConversations", CustomerConversations);
        w.WriteNumber("complaintConversations", ComplaintConversations);
        w.WriteNumber("questionConversations", QuestionConversations);
        w.WriteNumber("abusiveMessages", AbusiveMessages);
        w.WriteNumber("conversationsClosedEarly", ConversationsClosedEarly);
        w.WriteNumber("minAtUtcTicks", MinAtTicks);
        w.WriteNumber("maxAtUtcTicks", MaxAtTicks);
        w.WriteNumber("termTotal", TermTotal);
        w.WriteNumber("prunedTermOccurrences", PrunedTermOccurrences);
        w.WriteNumber("prunedClusterConversations", PrunedClusterConversations);
        w.WriteNumber("scoredConversations", ScoredConversations);
        w.WriteNumber("scoreSum", ScoreSum);
        w.WriteNumber("criticalConversations", CriticalConversations);
        w.WriteNumber("upsetConversations", UpsetConversations);
        w.WriteNumber("endedUpsetConversations", EndedUpsetConversations);
        w.WriteNumber("firstResponses", FirstResponses);
        w.WriteNumber("firstResponseTicks", FirstResponseTicks);
        w.WriteNumber("responses", Responses);
        w.WriteNumber("responseTicks", ResponseTicks);
        WriteCounts(w, "conversationFindingsByRule", ConversationRuleCounts);
        WriteCounts(w, "intents", Intents);
        WriteCounts(w, "emotions", Emotions);
        w.WriteStartObject("agents");
        foreach (var (name, a) in Agents)
        {
            w.WriteStartObject(name);
            w.WriteNumber("replies", a.Replies);
            w.WriteNumber("flaggedReplies", a.FlaggedReplies);
            w.WriteNumber("complaintsHandled", a.ComplaintsHandled);
            w.WriteNumber("apologyApplicable", a.ApologyApplicable);
            w.WriteNumber("apologyCompliant", a.ApologyCompliant);
            w.WriteNumber("followUpApplicable", a.FollowUpApplicable);
            w.WriteNumber("followUpCompliant", a.FollowUpCompliant);
            w.WriteNumber("followUpPending", a.FollowUpPending);
            WriteCounts(w, "findingsByRule", a.FindingsByRule);
            w.WriteNumber("scoredConversations", a.ScoredConversations);
            w.WriteNumber("scoreSum", a.ScoreSum);
            w.WriteNumber("criticalConversations", a.CriticalConversations);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartArray("terms");
        var words = new string[Terms.Count];
        Terms.Keys.CopyTo(words, 0);
        Array.Sort(words, StringComparer.Ordinal);
        foreach (var word in words)
        {
            var t = Terms[word];
            w.WriteStartArray();
            w.WriteStringValue(word);
            w.WriteNumberValue(t.Count);
            w.WriteNumberValue(t.FirstSeen);
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteStartArray("clusters");
        var labels = new string[Clusters.Count];
        Clusters.Keys.CopyTo(labels, 0);
        Array.Sort(labels, StringComparer.Ordinal);
        foreach (var label in labels)
        {
            var c = Clusters[label];
            w.WriteStartArray();
            w.WriteStringValue(label);
            w.WriteNumberValue(c.Conversations);
            w.WriteNumberValue(c.FirstSeen);
            w.WriteStringValue(c.Sample);
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteStartArray("badLineSamples");
        foreach (var p in BadLineSamples)
        {
            w.WriteStartArray();
            w.WriteStringValue(p.Source);
            w.WriteNumberValue(p.Line);
            w.WriteStringValue(p.Reason);
            w.WriteEndArray();
        }

        w.WriteEndArray();
        w.WriteStartArray("conversationSamples");
        foreach (var q in ConversationSamples)
        {
            WriteConversation(w, q, withSeq: true);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Writes one conversation's scorecard result (<c>{"id","agent","score","critical","findings":[…]}</c>).</summary>
    internal static void WriteConversation(Utf8JsonWriter w, ConversationQuality q, bool withSeq)
    {
        w.WriteStartObject();
        w.WriteString("id", q.Id);
        if (q.Agent is null)
        {
            w.WriteNull("agent");
        }
        else
        {
            w.WriteString("agent", q.Agent);
        }

        w.WriteNumber("score", q.Score);
        w.WriteBoolean("critical", q.Critical);
        if (withSeq)
        {
            w.WriteNumber("firstSeq", q.FirstSeq);
        }

        w.WriteStartArray("findings");
        foreach (var f in q.Findings)
        {
            w.WriteStartObject();
            w.WriteString("rule", f.Rule);
            w.WriteNumber("turn", f.Turn);
            w.WriteString("message", f.Message);
            w.WriteString("text", f.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter w, string name, SortedDictionary<string, long> counts)
    {
        w.WriteStartObject(name);
        foreach (var (k, v) in counts)
        {
            w.WriteNumber(k, v);
        }

        w.WriteEndObject();
    }

    /// <summary>Reads an aggregate written by <see cref="ToJson"/>.</summary>
    /// <exception cref="FormatException">The JSON is not an aggregate; the message names the JSON path.</exception>
    public static InsightAggregate FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var doc = JsonDocument.Parse(json);
            return FromJson(doc.RootElement);
        }
        catch (JsonException ex)
        {
            throw new FormatException("insight aggregate: invalid JSON: " + ex.Message, ex);
        }
    }

    /// <summary>Reads an aggregate from a parsed JSON object (see <see cref="ToJson"/>).</summary>
    /// <exception cref="FormatException">The JSON is not an aggregate; the message names the JSON path.</exception>
    public static InsightAggregate FromJson(JsonElement root)
    {
        var path = "$";
        try
        {
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schema", out var schema) || schema.GetString() != Schema)
            {
                throw new FormatException($"insight aggregate: $.schema must be '{Schema}'.");
            }

            var a = new InsightAggregate();
            long L(string name)
            {
                path = "$." + name;
                return root.GetProperty(name).GetInt64();
            }

            a.Messages = L("messages");
            a.CustomerMessages = L("customerMessages");
            a.AgentMessages = L("agentMessages");
            a.BlankLines = L("blankLines");
            a.BadLines = L("badLines");
            a.Conversations = L("conversations");
            a.CustomerConversations = L("customerConversations");
            a.ComplaintConversations = L("complaintConversations");
            a.QuestionConversations = L("questionConversations");
            a.AbusiveMessages = L("abusiveMessages");
            a.ConversationsClosedEarly = L("conversationsClosedEarly");
            a.MinAtTicks = L("minAtUtcTicks");
            a.MaxAtTicks = L("maxAtUtcTicks");
            a.TermTotal = L("termTotal");
            a.PrunedTermOccurrences = L("prunedTermOccurrences");
            a.PrunedClusterConversations = L("prunedClusterConversations");
            long Opt(string name)
            {
                path = "$." + name;
                return root.TryGetProperty(name, out var v) ? v.GetInt64() : 0;
            }

            a.ScoredConversations = Opt("scoredConversations");
            a.ScoreSum = Opt("scoreSum");
            a.CriticalConversations = Opt("criticalConversations");
            a.UpsetConversations = Opt("upsetConversations");
            a.EndedUpsetConversations = Opt("endedUpsetConversations");
            a.FirstResponses = Opt("firstResponses");
            a.FirstResponseTicks = Opt("firstResponseTicks");
            a.Responses = Opt("responses");
            a.ResponseTicks = Opt("responseTicks");
            path = "$.conversationFindingsByRule";
            if (root.TryGetProperty("conversationFindingsByRule", out var cf))
            {
                ReadCounts(cf, a.ConversationRuleCounts);
            }

            path = "$.conversationSamples";
            if (root.TryGetProperty("conversationSamples", out var samples))
            {
                foreach (var q in samples.EnumerateArray())
                {
                    var findings = new List<ConversationFinding>();
                    foreach (var f in q.GetProperty("findings").EnumerateArray())
                    {
                        findings.Add(new ConversationFinding(f.GetProperty("rule").GetString()!, f.GetProperty("turn").GetInt32(), f.GetProperty("message").GetString()!, f.GetProperty("text").GetString()!));
                    }

                    var agentEl = q.GetProperty("agent");
                    a.AddConversationSample(new ConversationQuality(
                        q.GetProperty("id").GetString()!, agentEl.ValueKind == JsonValueKind.Null ? null : agentEl.GetString(),
                        q.GetProperty("score").GetInt32(), q.GetProperty("critical").GetBoolean(), findings)
                    { FirstSeq = q.GetProperty("firstSeq").GetInt64() });
                }
            }

            path = "$.intents";
            ReadCounts(root.GetProperty("intents"), a.Intents);
            path = "$.emotions";
            ReadCounts(root.GetProperty("emotions"), a.Emotions);
            foreach (var agent in root.GetProperty("agents").EnumerateObject())
            {
                path = "$.agents." + agent.Name;
                var t = a.Agent(agent.Name);
                var v = agent.Value;
                t.Replies = v.GetProperty("replies").GetInt64();
                t.FlaggedReplies = v.GetProperty("flaggedReplies").GetInt64();
                t.ComplaintsHandled = v.GetProperty("complaintsHandled").GetInt64();
                t.ApologyApplicable = v.GetProperty("apologyApplicable").GetInt64();
                t.ApologyCompliant = v.GetProperty("apologyCompliant").GetInt64();
                t.FollowUpApplicable = v.GetProperty("followUpApplicable").GetInt64();
                t.FollowUpCompliant = v.GetProperty("followUpCompliant").GetInt64();
                t.FollowUpPending = v.GetProperty("followUpPending").GetInt64();
                ReadCounts(v.GetProperty("findingsByRule"), t.FindingsByRule);
                t.ScoredConversations = v.TryGetProperty("scoredConversations", out var sc) ? sc.GetInt64() : 0;
                t.ScoreSum = v.TryGetProperty("scoreSum", out var ss) ? ss.GetInt64() : 0;
                t.CriticalConversations = v.TryGetProperty("criticalConversations", out var cc) ? cc.GetInt64() : 0;
            }

            path = "$.terms";
            foreach (var t in root.GetProperty("terms").EnumerateArray())
            {
                a.Terms[t[0].GetString()!] = new TermTally(t[1].GetInt64(), t[2].GetInt64());
            }

            path = "$.clusters";
            foreach (var c in root.GetProperty("clusters").EnumerateArray())
            {
                a.AddCluster(c[0].GetString()!, c[1].GetInt64(), c[2].GetInt64(), c[3].GetString()!);
            }

            path = "$.badLineSamples";
            foreach (var p in root.GetProperty("badLineSamples").EnumerateArray())
            {
                a.AddBadLineSample(new ChatLogProblem(p[0].GetString()!, p[1].GetInt64(), p[2].GetString()!));
            }

            return a;
        }
        catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException or ArgumentNullException)
        {
            throw new FormatException($"insight aggregate: missing or malformed value at {path}.", ex);
        }
    }

    private static void ReadCounts(JsonElement obj, SortedDictionary<string, long> into)
    {
        foreach (var p in obj.EnumerateObject())
        {
            into[p.Name] = p.Value.GetInt64();
        }
    }
}
