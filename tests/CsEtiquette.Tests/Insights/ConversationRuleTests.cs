using CsEtiquette.Insights;
using static CsEtiquette.Tests.Insights.InsightTestLogs;

namespace CsEtiquette.Tests.Insights;

/// <summary>
/// Conversation rules CSC001–CSC010: each rule's bad conversation is flagged with exactly that rule and its good twin
/// is clean; a generated log with planted problems is detected with precision and recall ≥ 0.95; scorecards.
/// </summary>
public sealed class ConversationRuleTests
{
    private sealed class NoLint : IReplyChecker
    {
        public bool Check(string reply, bool isComplaint, CustomerEmotion customerEmotion, bool empathyShown, List<string> ruleIds, out bool showsEmpathy)
        {
            showsEmpathy = false;
            if (reply.Contains("全网最低价", StringComparison.Ordinal))
            {
                ruleIds.Add("CSP001");
                return true;
            }

            return false;
        }
    }

    internal static readonly string[] Planted = ["CSC001", "CSC002", "CSC003", "CSC004", "CSC005", "CSC006", "CSC007", "CSC008", "CSC009", "CSC010"];

    /// <summary>Builds one conversation with the given rules planted (every other part done right).</summary>
    internal static List<ChatMessage> Conversation(string id, DateTimeOffset start, ISet<string> plant, bool request, bool anger, bool promise)
    {
        var list = new List<ChatMessage>();
        var t = start;
        void C(string text) => list.Add(InsightTestLogs.C(id, text, t));
        void A(string text, int delaySeconds = 20)
        {
            t = t.AddSeconds(delaySeconds);
            list.Add(InsightTestLogs.A(id, "小王", text, t));
            t = t.AddSeconds(5);
        }

        C("你好,请问这款有货吗?");
        A(plant.Contains("CSC009") ? "这款有现货的。" : "您好,很高兴为您服务,这款有现货的。", plant.Contains("CSC003") ? 120 : 10);
        C("什么时候发货?");
        A("今天下午发货。", plant.Contains("CSC004") ? 300 : 20);
        if (request || plant.Contains("CSC006"))
        {
            A("请提供一下订单号。", 1);
            C("订单号是123456");
            A(plant.Contains("CSC006") ? "麻烦提供一下订单号。" : "好的,收到。");
        }

        if (anger || plant.Contains("CSC001"))
        {
            C("气死了,怎么还没到?");
            A(plant.Contains("CSC001") ? "给您补发一件。" : "非常抱歉给您带来不便,给您补发一件。");
        }

        if (plant.Contains("CSC002"))
        {
            C("气死了,上周买的还没到?");
            A("非常抱歉让您久等了。");
            C("气死了,我都等了一周");
            A("给您补发一件。");
        }

        if (promise || plant.Contains("CSC008"))
        {
            C("能帮我查一下物流吗?");
            A(plant.Contains("CSC008") ? "我核实后回复您。" : "已为您登记,核实后回复您。");
        }

        if (plant.Contains("CSC010"))
        {
            C("那我再考虑一下");
            A("爱买不买。");
        }

        A(plant.Contains("CSC007") ? "好的。" : "还有其他可以帮您的吗?祝您生活愉快。", 1);
        if (plant.Contains("CSC005"))
        {
            t = t.AddSeconds(30);
            C("那发票怎么开?");
        }

        return list;
    }

    private static InsightReport Inspect(IEnumerable<ChatMessage> messages, QualityInspectorOptions? options = null)
    {
        var inspector = new QualityInspector(options ?? new QualityInspectorOptions { Workers = 2 }, new NoLint(), new FakeCustomerClassifier());
        return InsightReport.Create(inspector.Inspect(messages));
    }

    private static HashSet<string> RulesOf(ConversationQuality q) =>
        q.Findings.Select(f => f.Rule).Where(r => r.StartsWith("CSC", StringComparison.Ordinal)).ToHashSet();

    public static TheoryData<string> Rules() => new(Planted);

    [Theory]
    [MemberData(nameof(Rules))]
    public void BadConversation_IsFlagged_WithExactlyThatRule(string rule)
    {
        var report = Inspect(Conversation("c1", Base, new HashSet<string> { rule }, request: false, anger: false, promise: false));
        var q = Assert.Single(report.ConversationResults);
        Assert.Equal([rule], RulesOf(q));
        var f = q.Findings.Single(x => x.Rule == rule);
        Assert.True(f.Turn >= 1);
        Assert.False(string.IsNullOrEmpty(f.Message));
        Assert.False(string.IsNullOrEmpty(f.Text));
        Assert.True(q.Score < 100, $"{rule}: score {q.Score}");
    }

    [Fact]
    public void GoodConversation_WithEveryPart_IsClean_AndScores100()
    {
        var report = Inspect(Conversation("c1", Base, new HashSet<string>(), request: true, anger: true, promise: true));
        var q = Assert.Single(report.ConversationResults);
        Assert.Empty(q.Findings);
        Assert.Equal(100, q.Score);
        Assert.Equal("小王", q.Agent);
    }

    [Fact]
    public void FindingTurns_PointAtTheMessage()
    {
        var report = Inspect(Conversation("c1", Base, new HashSet<string> { "CSC001", "CSC005" }, false, false, false));
        var q = Assert.Single(report.ConversationResults);
        var msgs = Conversation("c1", Base, new HashSet<string> { "CSC001", "CSC005" }, false, false, false);
        foreach (var f in q.Findings)
        {
            Assert.StartsWith(msgs[f.Turn - 1].Text[..Math.Min(5, msgs[f.Turn - 1].Text.Length)], f.Text);
        }

        Assert.Equal("给您补发一件。", q.Findings.Single(f => f.Rule == "CSC001").Text);
        Assert.Equal("那发票怎么开?", q.Findings.Single(f => f.Rule == "CSC005").Text);
    }

    [Fact]
    public void CriticalFinding_ZeroesTheConversation_AndAgentScorecardAverages()
    {
        var good = Conversation("c1", Base, new HashSet<string>(), false, false, false);
        var abusive = Conversation("c2", Base.AddHours(1), new HashSet<string> { "CSC010" }, false, false, false);
        var compliance = Conversation("c3", Base.AddHours(2), new HashSet<string>(), false, false, false);
        compliance.Insert(1, A("c3", "小王", "您好,这款全网最低价。", Base.AddHours(2).AddSeconds(5)));
        var report = Inspect([.. good, .. abusive, .. compliance]);
        Assert.Equal(0, report.ConversationResults.Single(q => q.Id == "c2").Score);
        Assert.True(report.ConversationResults.Single(q => q.Id == "c3").Critical);
        Assert.Equal(100, report.ConversationResults.Single(q => q.Id == "c1").Score);
        Assert.Equal(2, report.CriticalConversations);
        Assert.Equal(33.3, report.MeanConversationScore);
        var json = report.ToJson();
        Assert.Contains("\"conversations\": [", json);
        Assert.Contains("\"scorecard\": 33.3", json);
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var first = doc.RootElement.GetProperty("conversations")[0];
        Assert.Equal(["id", "agent", "score", "critical", "findings"], first.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["rule", "turn", "message", "text"], first.GetProperty("findings")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void GeneratedLog_PlantedProblems_PrecisionAndRecallAtLeast95Percent()
    {
        var rng = new Random(19);
        var planted = new HashSet<(string, string)>();
        var messages = new List<ChatMessage>();
        for (var i = 0; i < 600; i++)
        {
            var id = $"g{i}";
            var plant = new HashSet<string>();
            var n = rng.Next(0, 4);
            while (plant.Count < n)
            {
                plant.Add(Planted[rng.Next(Planted.Length)]);
            }

            foreach (var r in plant)
            {
                planted.Add((id, r));
            }

            // Interleave conversations: each starts 7 s after the previous one.
            messages.AddRange(Conversation(id, Base.AddSeconds(7 * i), plant, rng.Next(2) == 0, rng.Next(2) == 0, rng.Next(2) == 0));
        }

        messages.Sort((a, b) => a.At.CompareTo(b.At));
        var report = Inspect(messages);
        Assert.Equal(600, report.ScoredConversations);
        var detected = report.ConversationResults.SelectMany(q => RulesOf(q).Select(r => (q.Id, r))).ToHashSet();
        var truePositives = detected.Count(planted.Contains);
        var precision = (double)truePositives / Math.Max(1, detected.Count);
        var recall = (double)truePositives / planted.Count;
        Assert.True(precision >= 0.95, $"precision {precision:P1} ({truePositives}/{detected.Count})");
        Assert.True(recall >= 0.95, $"recall {recall:P1} ({truePositives}/{planted.Count})");
    }

    [Fact]
    public void Result_DoesNotDependOnWorkerCount_AndAggregateRoundTrips()
    {
        var messages = Enumerable.Range(0, 40).SelectMany(i => Conversation($"w{i}", Base.AddSeconds(13 * i), new HashSet<string> { Planted[i % Planted.Length] }, i % 2 == 0, i % 3 == 0, false))
            .OrderBy(m => m.At).ToList();
        var one = new QualityInspector(new QualityInspectorOptions { Workers = 1 }, new NoLint(), new FakeCustomerClassifier()).Inspect(messages);
        var three = new QualityInspector(new QualityInspectorOptions { Workers = 3 }, new NoLint(), new FakeCustomerClassifier()).Inspect(messages);
        Assert.Equal(one.ToJson(), three.ToJson());
        Assert.Equal(one.ToJson(), InsightAggregate.FromJson(one.ToJson()).ToJson());
    }

    [Fact]
    public void Sla_IsConfigurable()
    {
        var slow = Conversation("c1", Base, new HashSet<string> { "CSC003" }, false, false, false);
        var lenient = ConversationRules.Default.WithLimits(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(10));
        var report = Inspect(slow, new QualityInspectorOptions { ConversationRules = lenient });
        Assert.Empty(Assert.Single(report.ConversationResults).Findings);
        Assert.Equal(30, ConversationRules.Default.FirstResponseLimit.TotalSeconds);
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 2, "markers": {}, "items": [], "rules": [] }""", "$.schemaVersion")]
    [InlineData("""{ "markers": {}, "items": [], "rules": [], "extra": 1 }""", "$.extra")]
    [InlineData("""{ "schemaVersion": 1, "locale": "zh-CN", "name": "t", "settings": { "firstResponseSeconds": 0 }, "markers": {}, "items": [], "rules": [] }""", "$.settings.firstResponseSeconds")]
    public void BadPack_NamesThePath(string json, string path)
    {
        var ex = Assert.Throws<InspectionPackException>(() => ConversationRules.Parse(json, "x.json"));
        Assert.Equal(path, ex.JsonPath);
        Assert.StartsWith("x.json: ", ex.Message);
    }

    [Fact]
    public void Scorecard_Default_HasTheSevenItems_AndBadWeightIsRejected()
    {
        Assert.Equal(["greeting", "listening", "empathy", "solution", "tone", "compliance", "closing"], Scorecard.Default.Items.Select(i => i.Id));
        var ex = Assert.Throws<InspectionPackException>(() => Scorecard.Parse("""{ "schemaVersion": 1, "locale": "zh-CN", "name": "t", "items": [ { "id": "a", "weight": -1, "rules": ["X"] } ] }""", "s.json"));
        Assert.Equal("$.items[0].weight", ex.JsonPath);
    }

    [Fact]
    public void EveryConversationRule_IsDocumented_WithBadAndGoodExamples()
    {
        var root = CsEtiquette.Tests.Linting.LintTestData.RepoRoot();
        foreach (var rule in ConversationRules.Default.Rules)
        {
            var path = Path.Combine(root, "docs", "rules", $"{rule.Id}.md");
            Assert.True(File.Exists(path), path);
            var text = File.ReadAllText(path);
            Assert.Contains("Bad", text);
            Assert.Contains("Good", text);
        }
    }
}
