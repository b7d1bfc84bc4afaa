using CsEtiquette.Complaints;
using CsEtiquette.Linting;
using CsEtiquette.Templates;
using static CsEtiquette.Tests.Complaints.ComplaintTestKit;

namespace CsEtiquette.Tests.Complaints;

public sealed class ComplaintNextStepTests
{
    private readonly ComplaintWorkflow _wf = new();

    // Words the seeds tell agents to avoid or turn around (避免负面词汇, 避免“可能”“大概”).
    private static readonly string[] Avoided = ["不能", "无法", "没办法", "不行", "做不到", "解决不了", "没货", "可能", "大概", "你"];

    public static TheoryData<string, ComplaintEvent[], ComplaintTrigger?, string, string[]> Steps() => new()
    {
        { "opened", [], ComplaintTrigger.AcknowledgeEmotion, TemplateIds.ApologyGeneral, ["抱歉", "30分钟内"] },
        { "acknowledged", Prefix(1), ComplaintTrigger.VerifyInformation, TemplateIds.GuidanceOrderAndPhotos, ["订单号", "商品的照片"] },
        { "verified", Prefix(2), ComplaintTrigger.OfferSolutions, TemplateIds.ChoiceOffer, ["您订单202611240001的问题", "一是补发商品，预计3天到达；二是申请全额退款，款项将在1-3个工作日退回原账户", "您更倾向于哪种方式呢？"] },
        { "offered", Prefix(3), ComplaintTrigger.ChooseSolution, TemplateIds.ChoiceOffer, ["一是补发商品，预计3天到达；二是全额退款，1-3个工作日退回原账户", "您更倾向于哪种方式呢？"] },
        { "chosen", Prefix(4), ComplaintTrigger.Resolve, "complaint.resolve", ["好的，已按您选择的方式为您处理：补发商品，预计3天到达。我们会在24小时内回访您"] },
        { "resolved", Prefix(5), ComplaintTrigger.FollowUp, TemplateIds.FollowUp24h, ["您好", "订单202611240001的问题"] },
        { "followed up", [.. Prefix(5), new FollowUp(true)], ComplaintTrigger.Close, TemplateIds.ClosingGeneral, ["祝您"] },
        { "withdrawn", [new Withdraw()], ComplaintTrigger.Close, "complaint.withdrawn-close", ["已按您的意愿撤销本次投诉"] },
        { "abuse", [new Escalate(EscalationReason.Abuse, EscalationTarget.Supervisor)], ComplaintTrigger.Resolve, TemplateIds.AbuseCalmReply, ["理解"] },
        { "malicious", [new Escalate(EscalationReason.Malicious, EscalationTarget.Platform)], ComplaintTrigger.Resolve, "complaint.escalated.malicious", ["严格依据平台规则", "平台专员", "24小时内"] },
        { "policy", [new Escalate(EscalationReason.PolicyException, EscalationTarget.Supervisor)], ComplaintTrigger.Resolve, TemplateIds.HandoverSpecialist, ["主管", "24小时内"] },
        { "unresolved", [new Escalate(EscalationReason.Unresolved, EscalationTarget.Platform)], ComplaintTrigger.Resolve, TemplateIds.HandoverSpecialist, ["平台专员", "24小时内"] },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void NextStep_SuggestsSeedReply_ForEachState(string scenario, ComplaintEvent[] before, ComplaintTrigger? action,
        string replyId, string[] expected)
    {
        // Several case ids → several template variants; every variant must hold the facts and follow the seeds.
        foreach (var id in new[] { "case-1", "T-20261124-001", "x", "工单7" })
        {
            var c = ReplayAs(id, before);
            var step = _wf.NextStep(c);
            Assert.Equal(action, step.Action);
            Assert.Equal(replyId, step.ReplyId);
            foreach (var e in expected)
            {
                Assert.True(step.SuggestedReply.Contains(e, StringComparison.Ordinal), $"{scenario}/{id}: “{e}” missing in {step.SuggestedReply}");
            }

            Assert.Equal(step, _wf.NextStep(c)); // deterministic for the same case
            AssertFollowsSeeds(scenario, step.SuggestedReply);
            var report = ReplyLinter.Default.Lint(step.SuggestedReply, new LintContext { IsComplaint = false });
            Assert.True(report.Findings.Count == 0,
                $"{scenario}/{id}: {step.SuggestedReply}\n{string.Join("\n", report.Findings.Select(f => $"  {f.RuleId} '{f.MatchedText}' {f.Message}"))}");
        }
    }

    private ComplaintCase ReplayAs(string id, ComplaintEvent[] events)
    {
        var c = _wf.Start(id, T0);
        var t = T0;
        foreach (var e in events)
        {
            t = t.AddMinutes(1);
            c = _wf.Apply(c, e, t).Case;
        }

        Assert.Equal(events.Length, c.Version);
        return c;
    }

    private static void AssertFollowsSeeds(string scenario, string reply)
    {
        Assert.DoesNotContain("{", reply, StringComparison.Ordinal);
        Assert.True(reply.IndexOfAny([',', '?', ';', ':', '!']) < 0, $"{scenario}: half-width punctuation in {reply}");
        Assert.Contains("您", reply, StringComparison.Ordinal);
        foreach (var w in Avoided)
        {
            Assert.False(reply.Contains(w, StringComparison.Ordinal), $"{scenario}: reply contains “{w}”: {reply}");
        }
    }

    [Fact]
    public void EmbeddedReplies_AreLintClean_AndFollowTheSeeds()
    {
        foreach (var id in ComplaintReplyCatalog.Default.Ids)
        {
            var text = ComplaintReplyCatalog.Default.Render(id, slot => slot switch
            {
                "order" => "订单202611240001的",
                "orderNumber" => "202611240001",
                "options" => "一是补发商品，预计3天到达；二是全额退款，1-3个工作日退回原账户",
                "chosen" => "补发商品，预计3天到达",
                "window" => "24小时",
                _ => "主管",
            });
            AssertFollowsSeeds(id, text);
            var report = ReplyLinter.Default.Lint(text, new LintContext { IsComplaint = id is "complaint.acknowledge-emotion" or "complaint.escalated.abuse" });
            Assert.True(report.Findings.Count == 0,
                $"{id}: {text}\n{string.Join("\n", report.Findings.Select(f => $"  {f.RuleId} '{f.MatchedText}' {f.Message}"))}");
        }
    }

    [Fact]
    public void NextStep_UsesTheGivenTemplateRenderer()
    {
        var library = TemplateLibrary.Default.WithPack(TemplateLibrary.Parse(
            """{"schemaVersion":1,"locale":"zh-CN","name":"test","templates":[{"id":"closing.general","scenario":"结束语","variants":["感谢您的支持，祝您生活愉快。"]}]}""", "brand.json"));
        var wf = new ComplaintWorkflow();
        Assert.Equal("感谢您的支持，祝您生活愉快。", wf.NextStep(Replay(wf, [.. Prefix(5), new FollowUp(true)]), new TemplateRenderer(library)).SuggestedReply);
    }

    [Fact]
    public void NextStep_Resolved_CarriesDueTime()
    {
        var c = Replay(_wf, Prefix(5));
        Assert.Equal(c.FollowUpDueAt, _wf.NextStep(c).DueAt);
    }

    [Fact]
    public void NextStep_Closed_HasNoActionAndEmptyReply()
    {
        var step = _wf.NextStep(Replay(_wf, new Withdraw(), new Close()));
        Assert.Null(step.Action);
        Assert.Equal(string.Empty, step.SuggestedReply);
    }

    [Fact]
    public void NextStep_FollowUp_WithoutOrderNumber_ReadsNaturally()
    {
        var c = Replay(_wf, new Escalate(EscalationReason.Unresolved, EscalationTarget.Supervisor), new Resolve());
        var reply = _wf.NextStep(c).SuggestedReply;
        Assert.Contains("反馈的售后问题", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("订单", reply, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(24 * 60, "24小时")]
    [InlineData(48 * 60, "48小时")]
    [InlineData(90, "90分钟")]
    public void FormatWindow_IsConcrete(int minutes, string expected) =>
        Assert.Equal(expected, ComplaintWorkflow.FormatWindow(TimeSpan.FromMinutes(minutes)));
}
