using CsEtiquette.Insights;
using CsEtiquette.Linting;
using static CsEtiquette.Tests.Insights.InsightTestLogs;

namespace CsEtiquette.Tests.Insights;

/// <summary>
/// CSE009 in quality inspection: once the agent has apologised or empathised since the customer became upset,
/// later replies in the same conversation are not asked to apologise again (real linter and analyzer).
/// </summary>
public sealed class EmpathyCarryOverTests
{
    private const string Upset = "我买的杯子到现在还没发货，太让人失望了，我要投诉！";
    private const string Apology = "非常抱歉给您带来不好的体验，请您提供一下订单号，我马上为您核实。";
    private const string OrderNumber = "订单号是20261124001";
    private const string Options = "您可以选择补发商品，或者申请全额退款，请问您倾向哪一种呢？";

    private static List<ChatMessage> Log(string conv = "e1", string agent = "小周") =>
    [
        C(conv, Upset, Base),
        A(conv, agent, Apology, Base.AddMinutes(1)),
        C(conv, OrderNumber, Base.AddMinutes(2)),
        A(conv, agent, Options, Base.AddMinutes(3)),
    ];

    [Fact]
    public void Preconditions_TheSecondReplyAloneWouldFireCse009InAComplaint()
    {
        // Guards the test below: without the conversation's history, the options reply lacks empathy.
        var report = ReplyLinter.Default.Lint(Options, new LintContext { IsComplaint = true });
        Assert.Contains(report.Findings, f => f.RuleId == "CSE009");
        Assert.DoesNotContain(ReplyLinter.Default.Lint(Apology, new LintContext { IsComplaint = true }).Findings, f => f.RuleId == "CSE009");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Inspect_ApologyThenOptions_SecondReplyIsNotFlaggedForCse009(int workers)
    {
        var aggregate = new QualityInspector(new QualityInspectorOptions { Workers = workers }).Inspect(Log());
        var agent = Assert.Single(InsightReport.Create(aggregate).Agents);

        Assert.Equal(1L, aggregate.ComplaintConversations);
        Assert.Equal(2L, agent.Replies);
        Assert.False(agent.FindingsByRule.ContainsKey("CSE009"), string.Join(",", agent.FindingsByRule.Keys));
        Assert.Equal(0L, agent.FlaggedReplies);
        Assert.Equal(new Compliance(1, 1, 0), agent.ApologyBeforeSolution);
        Assert.Equal(100.0, agent.QualityScore);
    }

    [Fact]
    public void Inspect_NoApologyAtAll_BothRepliesStillGetCse009()
    {
        List<ChatMessage> log =
        [
            C("e2", Upset, Base),
            A("e2", "小吴", "请您提供一下订单号，我马上为您核实。", Base.AddMinutes(1)),
            C("e2", OrderNumber, Base.AddMinutes(2)),
            A("e2", "小吴", Options, Base.AddMinutes(3)),
        ];

        var agent = Assert.Single(InsightReport.Create(new QualityInspector(new QualityInspectorOptions { Workers = 1 }).Inspect(log)).Agents);

        Assert.Equal(2L, agent.FindingsByRule["CSE009"]);
        Assert.Equal(2L, agent.FlaggedReplies);
    }

    [Fact]
    public void Inspect_ApologyInOneConversation_DoesNotExcuseAnother()
    {
        // e3: apology then options (clean); e4: same agent, no apology, options straight away (CSE009).
        List<ChatMessage> log =
        [
            .. Log("e3", "小郑"),
            C("e4", Upset, Base.AddMinutes(10)),
            A("e4", "小郑", Options, Base.AddMinutes(11)),
        ];

        var agent = Assert.Single(InsightReport.Create(new QualityInspector(new QualityInspectorOptions { Workers = 2 }).Inspect(log)).Agents);

        Assert.Equal(1L, agent.FindingsByRule["CSE009"]);
        Assert.Equal(1L, agent.FlaggedReplies);
    }

    [Fact]
    public void Inspect_CustomerBecomesUpsetAgain_AsksForAFreshApology()
    {
        // Apology, calm order number, options (clean); then the customer is angry again and the reply has no empathy.
        List<ChatMessage> log =
        [
            .. Log("e5", "小钱"),
            C("e5", "都三天了还没处理，气死我了！", Base.AddMinutes(30)),
            A("e5", "小钱", "请您提供一下收货地址，我马上为您核实。", Base.AddMinutes(31)),
        ];

        var agent = Assert.Single(InsightReport.Create(new QualityInspector(new QualityInspectorOptions { Workers = 1 }).Inspect(log)).Agents);

        Assert.Equal(1L, agent.FindingsByRule.GetValueOrDefault("CSE009"));
    }
}
