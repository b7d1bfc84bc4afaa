using System.Text.RegularExpressions;
using CsEtiquette.Analysis;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.Knowledge;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Templates;

namespace CsEtiquette.Tests.Assistant;

/// <summary>Every time node the assistant promises comes from the shop policy (issue 16): no 30分钟/1分钟 of its own.</summary>
public sealed partial class ReplyAssistantTimeNodeTests
{
    private const string Order = "2026112412345678";

    private static readonly ShopPolicy TwoHours = ShopPolicy.Default with { ProcessingTime = "2小时" };

    private static ReplyAssistant Assistant(IOrderLookup? orders = null) =>
        new(CustomerMessageAnalyzer.Default, ReplyLinter.Default, PhraseRewriter.Default, TemplateRenderer.Default,
            new ComplaintWorkflow(), ShopKnowledge.Example, orders);

    private static Conversation New(ShopPolicy policy) => new("t-1", "小美", policy, TestClock.Morning(), 7) { Product = "保温杯" };

    [GeneratedRegex(@"\d+(分钟|小时)内")]
    private static partial Regex TimeNode();

    /// <summary>Every 分钟/小时 time node of <paramref name="text"/>.</summary>
    private static string[] TimeNodes(string text) => [.. TimeNode().Matches(text).Select(m => m.Value)];

    private static void PromisesOnly(string expected, ReplySuggestion s)
    {
        var nodes = TimeNodes(s.Text);
        Assert.NotEmpty(nodes);
        Assert.All(nodes, n => Assert.Equal(expected, n));
        Assert.False(s.Lint.HasFindings, s.Text);
    }

    [Theory]
    [InlineData("你们怎么回事，东西有问题，太生气了")] // no named issue: the apology was the workflow's, with its template default 30分钟
    [InlineData("我收到的保温杯是坏的,太让人生气了!")]
    [InlineData("我收到的保温杯漏水了")]
    public void Apology_PromisesThePolicysProcessingTime(string message)
    {
        var s = Assistant().Suggest(New(TwoHours), message);
        Assert.Equal(ComplaintState.EmotionAcknowledged, s.Complaint!.State);
        Assert.Contains(s.Parts, p => p.Kind == ReplyPartKind.Apology && p.Text.Contains("2小时内", StringComparison.Ordinal));
        Assert.DoesNotContain("30分钟", s.Text, StringComparison.Ordinal);
        PromisesOnly("2小时内", s);
    }

    [Fact]
    public void HoldingReply_AndItsChase_PromiseThePolicysTime()
    {
        var a = Assistant();
        var s1 = a.Suggest(New(TwoHours), "降噪功能支撑荣耀10吗");
        Assert.Equal([ReplyPartKind.Commitment], s1.Parts.Select(p => p.Kind));
        Assert.Contains("荣耀10", s1.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1分钟", s1.Text, StringComparison.Ordinal);
        PromisesOnly("2小时内", s1);

        var s2 = a.Suggest(s1.Conversation, "好了没");
        Assert.Equal(DialogueAct.Chase, s2.Act);
        PromisesOnly("2小时内", s2);
    }

    [Fact]
    public void OrderHoldingReply_PromisesThePolicysTime()
    {
        var a = Assistant();
        var s1 = a.Suggest(New(TwoHours), "我的快递到哪了");
        Assert.Contains(MissingInfo.OrderNumber, s1.Asked);
        var s2 = a.Suggest(s1.Conversation, Order);
        Assert.Equal(DialogueAct.Answer, s2.Act);
        Assert.Contains(Order, s2.Text, StringComparison.Ordinal);
        Assert.Contains("物流进度", s2.Text, StringComparison.Ordinal);
        PromisesOnly("2小时内", s2);
    }

    [Fact]
    public void LookupTime_WhenSet_TimesTheHoldingReplies_AndTheApologyKeepsTheProcessingTime()
    {
        var policy = TwoHours with { LookupTime = "15分钟" };
        var a = Assistant();
        var holding = a.Suggest(New(policy), "降噪功能支撑荣耀10吗");
        PromisesOnly("15分钟内", holding);

        var apology = a.Suggest(New(policy), "我收到的保温杯是坏的,太让人生气了!");
        PromisesOnly("2小时内", apology);
    }

    [Fact]
    public void EscalatedHandover_PromisesThePolicysProcessingTime_NotTheFollowUpWindow()
    {
        // Delivered 30 days ago: past the 15-day after-sales period, so the complaint is escalated with the rule.
        var clock = TestClock.Morning();
        var orders = new InMemoryOrderLookup([new OrderRecord(Order, clock.GetUtcNow().AddDays(-33)) { DeliveredAt = clock.GetUtcNow().AddDays(-30) }]);
        var a = Assistant(orders);
        var policy = ShopKnowledge.Example.Policy.ApplyTo(ShopPolicy.Default) with { ProcessingTime = "2小时" };
        var c = new Conversation("t-2", "小美", policy, clock, 7) { Product = "保温杯" };
        var s1 = a.Suggest(c, "订单" + Order + "收到的杯子碎了,太气人了");
        Assert.Equal(ComplaintState.Escalated, s1.Complaint!.State);
        PromisesOnly("2小时内", s1);

        var s2 = a.Suggest(s1.Conversation, "我还是希望你们尽快给我处理");
        Assert.Equal(ComplaintState.Escalated, s2.Complaint!.State);
        Assert.Contains(s2.Parts, p => p.Source == TemplateIds.HandoverSpecialist);
        Assert.Contains("主管", s2.Text, StringComparison.Ordinal);
        PromisesOnly("2小时内", s2);
    }

    [Fact]
    public void KnowledgePack_LookupTime_IsLaidOverThePolicy()
    {
        Assert.Equal("30分钟", ShopKnowledge.Example.Policy.LookupTime);
        Assert.Equal("30分钟", ShopKnowledge.Example.Policy.ApplyTo(ShopPolicy.Default).LookupTime);
        Assert.Equal("24小时", ShopKnowledge.Example.Policy.ApplyTo(ShopPolicy.Default).ProcessingTime);

        var pack = ShopKnowledge.Parse("""
            {"schemaVersion":1,"locale":"zh-CN","name":"s","policy":{"processingTime":"4小时"},
             "entries":[{"id":"a","questions":["赠品规则是什么"],"answer":"满199元送杯套。"}]}
            """, "s.json");
        var policy = pack.Policy.ApplyTo(ShopPolicy.Default);
        Assert.Null(policy.LookupTime);
        var s = Assistant().Suggest(New(policy), "降噪功能支撑荣耀10吗");
        PromisesOnly("4小时内", s); // no lookup time: the processing time
    }

    [Fact]
    public void BlankLookupTime_IsInvalid_NamingTheSetting()
    {
        var errors = (ShopPolicy.Default with { LookupTime = " " }).Validate();
        Assert.Contains(errors, e => e.Contains("ShopPolicy.LookupTime", StringComparison.Ordinal));
        Assert.Empty((ShopPolicy.Default with { LookupTime = "10分钟" }).Validate());
    }
}
