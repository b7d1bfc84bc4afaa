using CsEtiquette.Analysis;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using Microsoft.Extensions.Time.Testing;

namespace CsEtiquette.Tests.Assistant;

public sealed class ReplyAssistantTests
{
    private static readonly ReplyAssistant Assistant = ReplyAssistant.Default;

    private static Conversation NewConversation(FakeTimeProvider clock, long seed = 7, string? product = "保温杯") =>
        new("t-1", "小美", ShopPolicy.Default, clock, seed) { Product = product };

    [Fact]
    public void Suggest_DamagedItemConversation_FollowsTheFourStepsToClosed()
    {
        var clock = TestClock.Morning();
        var c = NewConversation(clock);

        var s1 = Assistant.Suggest(c, "你们怎么回事!我收到的保温杯是坏的,杯盖都裂了,太让人生气了!");
        Assert.Equal(CustomerIssue.DamagedItem, s1.Issue);
        Assert.Equal(ComplaintState.EmotionAcknowledged, s1.Complaint!.State);
        Assert.Equal(ReplyPartKind.Empathy, s1.Parts[0].Kind);
        Assert.Equal(ReplyPartKind.Apology, s1.Parts[1].Kind);
        Assert.Contains(s1.Parts, p => p.Kind == ReplyPartKind.AskForInformation);
        Assert.Contains("订单号", s1.Text, StringComparison.Ordinal);
        Assert.False(s1.Lint.HasFindings);

        clock.Advance(TimeSpan.FromMinutes(2));
        var s2 = Assistant.Suggest(s1.Conversation, "订单号是2026112412345678,赶紧给我处理");
        Assert.Equal(ComplaintState.SolutionsOffered, s2.Complaint!.State);
        Assert.Equal("2026112412345678", s2.Complaint.OrderNumber);
        Assert.Equal(ShopPolicy.Default.SolutionOptions.Length, s2.Complaint.OfferedOptions.Length);
        var choices = Assert.Single(s2.Parts, p => p.Kind == ReplyPartKind.Choices);
        Assert.Contains("一是", choices.Text, StringComparison.Ordinal);
        Assert.Contains("二是", choices.Text, StringComparison.Ordinal);

        clock.Advance(TimeSpan.FromMinutes(2));
        var s3 = Assistant.Suggest(s2.Conversation, "那就补发吧");
        Assert.Equal(ComplaintState.Resolved, s3.Complaint!.State);
        Assert.Equal(0, s3.Complaint.ChosenOptionIndex);
        Assert.NotNull(s3.Complaint.FollowUpDueAt);
        Assert.Equal("complaint.resolve", s3.Parts[^1].Source);

        clock.Advance(TimeSpan.FromHours(20));
        var follow = Assistant.SuggestFollowUp(s3.Conversation);
        Assert.NotNull(follow);
        Assert.Equal(ReplyPartKind.ComplaintStep, Assert.Single(follow!.Parts).Kind);
        Assert.Contains("2026112412345678", follow.Text, StringComparison.Ordinal);
        Assert.False(follow.Lint.HasFindings);
        Assert.Equal(ComplaintState.Resolved, follow.Complaint!.State);

        var s4 = Assistant.Suggest(follow.Conversation, "收到了,新的杯子很好,谢谢");
        Assert.Equal(ComplaintState.Closed, s4.Complaint!.State);
        Assert.Equal(
            [ComplaintTrigger.AcknowledgeEmotion, ComplaintTrigger.VerifyInformation, ComplaintTrigger.OfferSolutions,
             ComplaintTrigger.ChooseSolution, ComplaintTrigger.Resolve, ComplaintTrigger.FollowUp, ComplaintTrigger.Close],
            s4.Complaint.History.Select(h => h.Event.Trigger));
        Assert.Equal(9, s4.Conversation.Turns.Length);
    }

    [Fact]
    public void Suggest_IsDeterministic_ForTheSameSeedAndClock()
    {
        var a = Assistant.Suggest(NewConversation(TestClock.Morning()), "我收到的杯子是坏的,太失望了");
        var b = Assistant.Suggest(NewConversation(TestClock.Morning()), "我收到的杯子是坏的,太失望了");
        Assert.Equal(a.Text, b.Text);
        Assert.Equal(a.Parts, b.Parts);
    }

    [Fact]
    public void Suggest_PartsConcatenateToText()
    {
        var s = Assistant.Suggest(NewConversation(TestClock.Morning()), "我收到的杯子是坏的,太失望了");
        Assert.Equal(s.Text, string.Concat(s.Parts.Select(p => p.Text)));
        Assert.All(s.Parts, p => Assert.False(string.IsNullOrWhiteSpace(p.Reason)));
    }

    [Fact]
    public void Suggest_FirstCalmTurnWithProduct_GreetsPersonallyByTimeOfDay()
    {
        var s = Assistant.Suggest(NewConversation(TestClock.Morning()), "在吗");
        var greeting = Assert.Single(s.Parts, p => p.Kind == ReplyPartKind.Greeting);
        Assert.Contains("上午好", greeting.Text, StringComparison.Ordinal);
        Assert.Contains("小美", greeting.Text, StringComparison.Ordinal);
        Assert.Contains("保温杯", greeting.Text, StringComparison.Ordinal);
        Assert.Null(s.Complaint);
    }

    [Fact]
    public void Suggest_Abuse_EscalatesWithTheCalmReply()
    {
        var s = Assistant.Suggest(NewConversation(TestClock.Morning()), "你们这群骗子,滚!东西坏了也不管");
        Assert.True(s.Analysis!.AbuseSeverity >= AbuseSeverity.Moderate);
        Assert.Equal(ComplaintState.Escalated, s.Complaint!.State);
        Assert.Equal(EscalationReason.Abuse, s.Complaint.Escalation!.Reason);
        var calm = Assert.Single(s.Parts, p => p.Kind == ReplyPartKind.CalmReply);
        // The workflow's calm reply (abuse.calm-reply template or the complaint.escalated.abuse reply): every variant
        // acknowledges the feeling (理解) without answering back.
        Assert.Contains(calm.Source, new[] { "abuse.calm-reply", "complaint.escalated.abuse" });
        Assert.Contains("理解", calm.Text, StringComparison.Ordinal);
        Assert.False(s.Lint.HasFindings);
    }

    [Fact]
    public void Suggest_OrderNumberGivenUpFront_VerifiesAndOffersChoicesInTheFirstReply()
    {
        var s = Assistant.Suggest(NewConversation(TestClock.Morning()), "订单2026112412345678收到的杯子碎了,太气人了");
        Assert.Equal(ComplaintState.SolutionsOffered, s.Complaint!.State);
        Assert.Equal(ReplyPartKind.Empathy, s.Parts[0].Kind);
        Assert.Contains(s.Parts, p => p.Kind == ReplyPartKind.Choices);
    }

    [Fact]
    public void Suggest_UndecidedCustomer_GetsTheOptionsAgain()
    {
        var clock = TestClock.Morning();
        var s1 = Assistant.Suggest(NewConversation(clock), "订单2026112412345678收到的杯子碎了,太气人了");
        var s2 = Assistant.Suggest(s1.Conversation, "我再想想");
        Assert.Equal(ComplaintState.SolutionsOffered, s2.Complaint!.State);
        var again = s2.Parts[^1];
        Assert.Equal(ReplyPartKind.ComplaintStep, again.Kind);
        Assert.Contains("一是", again.Text, StringComparison.Ordinal);
        Assert.Contains("二是", again.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("第二种吧", 1)]
    [InlineData("还是退款吧", 1)]
    [InlineData("选一", 0)]
    public void Suggest_RecognisesTheChosenOption(string answer, int expected)
    {
        var s1 = Assistant.Suggest(NewConversation(TestClock.Morning()), "订单2026112412345678收到的杯子碎了,太气人了");
        var s2 = Assistant.Suggest(s1.Conversation, answer);
        Assert.Equal(expected, s2.Complaint!.ChosenOptionIndex);
    }

    [Fact]
    public void SuggestFollowUp_WithoutResolvedCase_ReturnsNull() =>
        Assert.Null(Assistant.SuggestFollowUp(NewConversation(TestClock.Morning())));

    [Fact]
    public void CheckDraft_FlagsAndRewritesNegativeWording()
    {
        var check = Assistant.CheckDraft("你等几天吧,这个我们不能马上解决!!", NewConversation(TestClock.Morning()));
        Assert.False(check.IsClean);
        Assert.Contains(check.Lint.Findings, f => f.RuleId == "CSE005");
        Assert.Contains(check.Lint.Findings, f => f.RuleId == "CSE001");
        Assert.True(check.Rewrite.Changed);
        Assert.DoesNotContain("不能", check.SuggestedText, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckDraft_InAComplaint_RequiresEmpathy()
    {
        var s = Assistant.Suggest(NewConversation(TestClock.Morning()), "我收到的杯子是坏的,太生气了");
        var bare = Assistant.CheckDraft("请提供订单号。", s.Conversation);
        Assert.Contains(bare.Lint.Findings, f => f.RuleId == "CSE009");
    }

    [Fact]
    public void Suggest_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Assistant.Suggest(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => Assistant.Suggest(NewConversation(TestClock.Morning()), null!));
    }

    [Fact]
    public void Conversation_RejectsBlankAgentAndInvalidPolicy()
    {
        Assert.Throws<ArgumentException>(() => new Conversation("id", " "));
        var bad = ShopPolicy.Default with { SolutionOptions = ["只有一个方案"] };
        var e = Assert.Throws<ArgumentException>(() => new Conversation("id", "小美", bad));
        Assert.Contains("ShopPolicy.SolutionOptions", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_LateDelivery_OffersTheDeliveryDelayOptions()
    {
        var s1 = Assistant.Suggest(NewConversation(TestClock.Morning()), "怎么还没收到货,都五天了,急死了");
        Assert.Equal(CustomerIssue.LateDelivery, s1.Issue);
        Assert.Contains(s1.Parts, p => p.Source == "guidance.order-number");
        var s2 = Assistant.Suggest(s1.Conversation, "订单号2026112412345678");
        Assert.Equal(ShopPolicy.Default.DeliveryDelayOptions.ToArray(), s2.Complaint!.OfferedOptions.ToArray());
        Assert.Contains("运费补偿", s2.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_VoiceChannel_HasNoTildeAndLintsClean()
    {
        var clock = TestClock.Morning();
        var c = NewConversation(clock) with { Channel = ReplyChannel.Voice };
        var s1 = Assistant.Suggest(c, "在吗");
        var s2 = Assistant.Suggest(s1.Conversation, "我收到的保温杯是坏的,太让人生气了");
        foreach (var s in new[] { s1, s2 })
        {
            Assert.DoesNotContain("~", s.Text, StringComparison.Ordinal);
            Assert.False(s.Lint.HasFindings);
        }
    }
}
