using CsEtiquette.Insights;
using static CsEtiquette.Tests.Insights.InsightTestLogs;

namespace CsEtiquette.Tests.Insights;

public sealed class QualityInspectorTests
{
    private static readonly DateTimeOffset T = Base;

    /// <summary>c1 follows the four-step method, c2 solves before apologising and follows up late, c3 is pending.</summary>
    private static List<ChatMessage> ComplaintLog() =>
    [
        C("c1", "我要投诉,杯子破损了", T.AddHours(1)),
        C("c2", "投诉!物流太慢了", T.AddHours(1).AddMinutes(1)),
        A("c1", "小王", "给您带来不好的体验非常抱歉,我们马上核实情况。", T.AddHours(1).AddMinutes(2)),
        A("c2", "小李", "可以为您补发,给您带来不便非常抱歉", T.AddHours(1).AddMinutes(3)),
        A("c1", "小王", "您可以选择补发商品,或申请全额退款", T.AddHours(1).AddMinutes(5)),
        C("c4", "这件衣服尺码偏大吗?", T.AddHours(2)),
        A("c4", "小李", "不能保证哦", T.AddHours(2).AddMinutes(1)),
        A("c1", "小王", "您好,之前您反馈的杯子问题已处理,请问目前是否还有其他疑问?", T.AddHours(24)),
        C("c3", "我要投诉,少发了一件", T.AddHours(27)),
        A("c2", "小李", "您好,之前您反馈的问题已处理", T.AddHours(27).AddMinutes(4)),
        A("c3", "小张", "非常抱歉,马上为您补发", T.AddHours(27).AddMinutes(10)),
    ];

    [Fact]
    public void Inspect_ComplaintConversations_ScoresFourStepCompliancePerAgent()
    {
        var report = InsightReport.Create(Inspector().Inspect(ComplaintLog()));
        var byName = report.Agents.ToDictionary(a => a.Agent);

        var wang = byName["小王"];
        Assert.Equal((3L, 0L, 1L), (wang.Replies, wang.FlaggedReplies, wang.ComplaintsHandled));
        Assert.Equal(new Compliance(1, 1, 0), wang.ApologyBeforeSolution);
        Assert.Equal(new Compliance(1, 1, 0), wang.FollowUpWithin24h);
        Assert.Equal(100.0, wang.QualityScore);

        var li = byName["小李"];
        Assert.Equal((3L, 1L, 1L), (li.Replies, li.FlaggedReplies, li.ComplaintsHandled));
        Assert.Equal(new Compliance(0, 1, 0), li.ApologyBeforeSolution); // 补发 came before 抱歉
        Assert.Equal(new Compliance(0, 1, 0), li.FollowUpWithin24h);     // follow-up 26 h later
        Assert.Equal(1L, li.FindingsByRule["CSE001"]);
        // 100 × (0.6 × 2/3 + 0.2 × 0 + 0.2 × 0) / 1.0
        Assert.Equal(40.0, li.QualityScore);

        var zhang = byName["小张"];
        Assert.Equal(new Compliance(1, 1, 0), zhang.ApologyBeforeSolution);
        Assert.Equal(new Compliance(0, 1, 1), zhang.FollowUpWithin24h); // log ends inside the 24 h window
        Assert.Null(zhang.FollowUpWithin24h.Rate);
        Assert.Equal(100.0, zhang.QualityScore);
    }

    [Fact]
    public void Inspect_CustomerSide_CountsComplaintRateIntentsAndQuestionTopics()
    {
        var report = InsightReport.Create(Inspector().Inspect(ComplaintLog()));
        Assert.Equal(4, report.CustomerConversations);
        Assert.Equal(3, report.ComplaintConversations);
        Assert.Equal(0.75, report.ComplaintRate);
        Assert.Equal(("Complaint", 3L), (report.Intents[0].Label, report.Intents[0].Count));
        var q = Assert.Single(report.TopQuestions);
        Assert.Equal(("尺码", 1L, 0.25), (q.Topic, q.Conversations, q.Share));
        Assert.Equal("近期25%客户询问尺码问题,建议详情页增加尺码说明", Assert.Single(report.Suggestions));
    }

    [Fact]
    public void Report_TopKeywords_EqualExtractTagsOverJoinedCustomerText()
    {
        var log = ComplaintLog();
        var report = InsightReport.Create(Inspector().Inspect(log), top: 10);
        var joined = string.Join('\n', log.Where(m => m.Role == ChatRole.Customer).Select(m => m.Text));
        var expected = KeywordExtractor.Default.ExtractTags(joined, 10);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(k => (k.Word, k.Weight)), report.TopKeywords.Select(k => (k.Word, k.Weight)));
    }

    [Fact]
    public void Inspect_SilentForMoreThan24h_StartsANewConversation()
    {
        var log = new[]
        {
            C("c1", "在吗", T),
            C("c9", "你好", T.AddHours(30)),
            C("c1", "还在吗", T.AddHours(31)),
        };
        Assert.Equal(3, Inspector().Inspect(log).ConversationCount);
    }

    [Fact]
    public void Inspect_WindowOverflow_ClosesLeastRecentAndCountsIt()
    {
        var log = Enumerable.Range(0, 40).Select(i => C("c" + i, "你好", T.AddMinutes(i))).ToList();
        var report = InsightReport.Create(Inspector(workers: 1, window: 16).Inspect(log));
        Assert.Equal(24, report.ConversationsClosedEarly);
        Assert.Equal(40, report.Conversations);
    }

    [Fact]
    public void Inspect_Reader_CountsBadLinesAndBlankLines()
    {
        var jsonl = ToJsonLines(ComplaintLog()) + "\n\nnot json\n{\"conversation\":\"x\",\"role\":\"robot\",\"text\":\"a\",\"at\":\"2026-11-24T10:00:00Z\"}\n";
        var agg = Inspector().Inspect(new ChatLogReader(new StringReader(jsonl), ChatLogFormat.JsonLines), "log.jsonl");
        var report = InsightReport.Create(agg);
        Assert.Equal(11, report.Messages);
        Assert.Equal(2, report.BadLineCount);
        Assert.Equal([13L, 14], report.BadLines.Select(b => b.Line));
        Assert.All(report.BadLines, b => Assert.Equal("log.jsonl", b.Source));
        Assert.Equal(1, agg.FromJsonRoundTrip().BlankLines);
    }

    [Fact]
    public void Inspect_Strict_FirstBadLineThrowsWithLineNumber()
    {
        var jsonl = ToJsonLine(ComplaintLog()[0]) + "\n{oops\n";
        var inspector = new QualityInspector(new QualityInspectorOptions { Strict = true }, new FakeReplyChecker(), new FakeCustomerClassifier());
        var ex = Assert.Throws<ChatLogFormatException>(() => inspector.Inspect(new ChatLogReader(new StringReader(jsonl), ChatLogFormat.JsonLines), "x.jsonl"));
        Assert.StartsWith("x.jsonl:2: invalid JSON", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_WorkerFailure_Propagates()
    {
        var inspector = new QualityInspector(new QualityInspectorOptions { Workers = 2 }, new FakeReplyChecker(), new ThrowingClassifier());
        var log = Enumerable.Range(0, 5000).Select(i => C("c" + (i % 50), "你好", T.AddSeconds(i)));
        Assert.Throws<InvalidOperationException>(() => inspector.Inspect(log));
    }

    [Fact]
    public void Aggregate_Json_RoundTrips()
    {
        var agg = Inspector().Inspect(ComplaintLog());
        Assert.Equal(agg.ToJson(), InsightAggregate.FromJson(agg.ToJson()).ToJson());
    }

    [Fact]
    public void Aggregate_FromJson_BadDocument_NamesPath()
    {
        var ex = Assert.Throws<FormatException>(() => InsightAggregate.FromJson("""{"schema":"cse.insights.aggregate/1","messages":1}"""));
        Assert.Contains("$.customerMessages", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_OutOfRange_NameTheOption()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new QualityInspector(new QualityInspectorOptions { Workers = 0 }));
        Assert.Contains("Workers", ex.Message, StringComparison.Ordinal);
    }

    private sealed class ThrowingClassifier : ICustomerClassifier
    {
        public CustomerSignals Classify(string text) => throw new InvalidOperationException("boom");
    }
}

internal static class AggregateTestExtensions
{
    public static InsightAggregate FromJsonRoundTrip(this InsightAggregate a) => InsightAggregate.FromJson(a.ToJson());
}
