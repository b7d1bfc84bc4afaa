using CsEtiquette.Complaints;
using static CsEtiquette.Tests.Complaints.ComplaintTestKit;

namespace CsEtiquette.Tests.Complaints;

public sealed class ComplaintNextStepTests
{
    private readonly ComplaintWorkflow _wf = new();

    // Words the seeds tell agents to avoid or turn around (避免负面词汇, 避免“可能”“大概”).
    private static readonly string[] Avoided = ["不能", "无法", "没办法", "不行", "做不到", "解决不了", "没货", "可能", "大概", "你"];

    public static TheoryData<string, ComplaintEvent[], ComplaintTrigger?, string> Steps() => new()
    {
        { "opened", [], ComplaintTrigger.AcknowledgeEmotion, "给您带来不好的体验非常抱歉" },
        { "acknowledged", Prefix(1), ComplaintTrigger.VerifyInformation, "您方便告诉我订单号吗" },
        { "verified", Prefix(2), ComplaintTrigger.OfferSolutions, "您的订单202611240001的情况已核实清楚" },
        { "offered", Prefix(3), ComplaintTrigger.ChooseSolution, "一是补发商品，预计3天到达；二是全额退款，1-3个工作日退回原账户" },
        { "chosen", Prefix(4), ComplaintTrigger.Resolve, "补发商品，预计3天到达。我们会在24小时内回访您" },
        { "resolved", Prefix(5), ComplaintTrigger.FollowUp, "您好，之前您反馈的订单202611240001的问题已处理，请问目前是否还有其他疑问？" },
        { "followed up", [.. Prefix(5), new FollowUp(true)], ComplaintTrigger.Close, "感谢您的耐心与支持" },
        { "withdrawn", [new Withdraw()], ComplaintTrigger.Close, "已按您的意愿撤销本次投诉" },
        { "abuse", [new Escalate(EscalationReason.Abuse, EscalationTarget.Supervisor)], ComplaintTrigger.Resolve, "您的心情我理解，如果我的服务有不到位的地方请指正，我会尽力帮您解决问题" },
        { "malicious", [new Escalate(EscalationReason.Malicious, EscalationTarget.Platform)], ComplaintTrigger.Resolve, "严格依据平台规则" },
        { "policy", [new Escalate(EscalationReason.PolicyException, EscalationTarget.Supervisor)], ComplaintTrigger.Resolve, "已立即反馈给主管，主管会在24小时内与您联系处理" },
        { "unresolved", [new Escalate(EscalationReason.Unresolved, EscalationTarget.Platform)], ComplaintTrigger.Resolve, "平台专员会在24小时内" },
    };

    [Theory]
    [MemberData(nameof(Steps))]
    public void NextStep_SuggestsSeedReply_ForEachState(string scenario, ComplaintEvent[] before, ComplaintTrigger? action, string expected)
    {
        var step = _wf.NextStep(Replay(_wf, before));
        Assert.Equal(action, step.Action);
        Assert.Contains(expected, step.SuggestedReply, StringComparison.Ordinal);
        Assert.DoesNotContain("{", step.SuggestedReply, StringComparison.Ordinal);
        Assert.True(step.SuggestedReply.IndexOfAny([',', '?', ';', ':', '!']) < 0, $"{scenario}: half-width punctuation in {step.SuggestedReply}");
        Assert.Contains("您", step.SuggestedReply, StringComparison.Ordinal);
        foreach (var w in Avoided)
        {
            Assert.False(step.SuggestedReply.Contains(w, StringComparison.Ordinal), $"{scenario}: reply contains “{w}”: {step.SuggestedReply}");
        }

        Assert.StartsWith("complaint.", step.ReplyId, StringComparison.Ordinal);
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
        Assert.Equal("您好，之前您反馈的问题已处理，请问目前是否还有其他疑问？", _wf.NextStep(c).SuggestedReply);
    }

    [Theory]
    [InlineData(24 * 60, "24小时")]
    [InlineData(48 * 60, "48小时")]
    [InlineData(90, "90分钟")]
    public void FormatWindow_IsConcrete(int minutes, string expected) =>
        Assert.Equal(expected, ComplaintWorkflow.FormatWindow(TimeSpan.FromMinutes(minutes)));
}
