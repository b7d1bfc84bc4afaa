using CsEtiquette.Analysis;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.Knowledge;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Templates;
using Microsoft.Extensions.Time.Testing;

namespace CsEtiquette.Tests.Assistant;

/// <summary>Scripted multi-turn conversations (issue 16): each asserts the reply's parts and key words.</summary>
public sealed class ReplyAssistantConversationTests
{
    private const string Order = "2026112412345678";

    private static ReplyAssistant WithKnowledge(IOrderLookup? orders = null, ICustomerMessageAnalyzer? analyzer = null) =>
        new(analyzer ?? CustomerMessageAnalyzer.Default, ReplyLinter.Default, PhraseRewriter.Default, TemplateRenderer.Default,
            new ComplaintWorkflow(), ShopKnowledge.Example, orders);

    private static Conversation New(FakeTimeProvider? clock = null, ShopPolicy? policy = null) =>
        new("c-1", "小美", policy ?? ShopKnowledge.Example.Policy.ApplyTo(ShopPolicy.Default), clock ?? TestClock.Morning(), 7) { Product = "保温杯" };

    private static ReplyPartKind[] Kinds(ReplySuggestion s) => [.. s.Parts.Select(p => p.Kind)];

    private static void NotBareListening(ReplySuggestion s) =>
        Assert.False(s.Parts.Count > 0 && s.Parts.All(p => p.Kind == ReplyPartKind.Acknowledgement), "bare listening reply: " + s.Text);

    [Theory]
    [InlineData("我收到的保温杯漏水了")]
    [InlineData("收到的杯子有股怪味")]
    [InlineData("新买的水杯底部渗水")]
    public void DefectInWordsOutsideTheLexicon_OpensACase(string message)
    {
        var s = WithKnowledge().Suggest(New(), message);
        Assert.NotNull(s.Complaint);
        Assert.Equal(ComplaintState.EmotionAcknowledged, s.Complaint!.State);
        Assert.Equal([ReplyPartKind.Empathy, ReplyPartKind.Apology, ReplyPartKind.AskForInformation], Kinds(s));
        Assert.Contains("订单号", s.Text, StringComparison.Ordinal);
        Assert.Contains(MissingInfo.OrderNumber, s.Asked);
    }

    [Fact]
    public void OrderNumberGivenInALaterTurn_IsAnAnswer_AndNeverAskedAgain()
    {
        var a = WithKnowledge();
        var s1 = a.Suggest(New(), "我收到的保温杯漏水了");
        var s2 = a.Suggest(s1.Conversation, "订单号是" + Order);
        Assert.Equal(DialogueAct.Answer, s2.Act);
        Assert.Equal(ComplaintState.SolutionsOffered, s2.Complaint!.State);
        Assert.Equal([ReplyPartKind.Choices], Kinds(s2));
        Assert.Contains(Order, s2.Text, StringComparison.Ordinal);
        Assert.Contains("一是", s2.Text, StringComparison.Ordinal);
        Assert.Empty(s2.Asked);
        Assert.Equal(Order, s2.Conversation.Memory.OrderNumber);
    }

    [Theory]
    [InlineData("好的谢谢")]
    [InlineData("没的，谢谢")]
    [InlineData("没有了")]
    public void Thanks_AfterAnAnswer_GetsAClosing(string thanks)
    {
        var a = WithKnowledge();
        var s1 = a.Suggest(New(), "赠品规则是什么");
        var s2 = a.Suggest(s1.Conversation, thanks);
        Assert.True(s2.Act is DialogueAct.Thanks or DialogueAct.Closing, s2.Act.ToString());
        Assert.Equal([ReplyPartKind.Closing], Kinds(s2));
        Assert.Contains("祝您", s2.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("第二个", 1)]
    [InlineData("那就补发吧", 0)]
    [InlineData("退款吧", 1)]
    [InlineData("后者", 1)]
    public void ChoiceByOrdinalOrWord_ResolvesTheCase(string answer, int index)
    {
        var a = WithKnowledge();
        var s1 = a.Suggest(New(), "订单" + Order + "收到的杯子碎了,太气人了");
        var s2 = a.Suggest(s1.Conversation, answer);
        Assert.Equal(DialogueAct.Choice, s2.Act);
        Assert.Equal(index, s2.Complaint!.ChosenOptionIndex);
        Assert.Equal(ComplaintState.Resolved, s2.Complaint.State);
        Assert.Equal("complaint.resolve", s2.Parts[^1].Source);
    }

    [Fact]
    public void NewQuestionMidComplaint_IsAnswered_AndTheCaseWaits()
    {
        var a = WithKnowledge();
        var s1 = a.Suggest(New(), "订单" + Order + "收到的杯子碎了,太气人了");
        var s2 = a.Suggest(s1.Conversation, "你们发什么快递");
        Assert.Equal(DialogueAct.Question, s2.Act);
        Assert.Equal("express-company", s2.Knowledge!.Id);
        Assert.Contains(ReplyPartKind.Answer, Kinds(s2));
        Assert.Contains("中通", s2.Text, StringComparison.Ordinal);
        Assert.Equal(ComplaintState.SolutionsOffered, s2.Complaint!.State);
        var s3 = a.Suggest(s2.Conversation, "第一个");
        Assert.Equal(0, s3.Complaint!.ChosenOptionIndex);
    }

    [Fact]
    public void PolicyQuestions_AreAnsweredInOneTurn()
    {
        var s = WithKnowledge().Suggest(New(), "售后期限是多久?");
        Assert.Equal("policy.after-sales", s.Knowledge!.Id);
        Assert.Equal([ReplyPartKind.Answer, ReplyPartKind.Closing], Kinds(s));
        Assert.Contains("15天", s.Text, StringComparison.Ordinal);
        Assert.Empty(s.Asked);

        var gift = WithKnowledge().Suggest(New(), "赠品规则是什么");
        Assert.Equal("gift-rules", gift.Knowledge!.Id);
        Assert.Contains("199元", gift.Text, StringComparison.Ordinal);

        // Without a knowledge pack the policy comes from the conversation's ShopPolicy (ShopPolicy.AfterSalesPeriod).
        var bare = ReplyAssistant.Default.Suggest(New(policy: ShopPolicy.Default with { AfterSalesPeriod = TimeSpan.FromDays(10) }), "售后期限是多久?");
        Assert.Contains("10天", bare.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void OutOfWindowReturn_ExplainsTheRule_InsteadOfOfferingRefundOrReship()
    {
        var clock = TestClock.Morning();
        var orders = new InMemoryOrderLookup([new OrderRecord(Order, clock.GetUtcNow().AddDays(-18)) { DeliveredAt = clock.GetUtcNow().AddDays(-15) }]);
        var a = WithKnowledge(orders);
        var s1 = a.Suggest(New(clock), "我想退货，不想要了");
        Assert.Contains(MissingInfo.OrderNumber, s1.Asked);
        var s2 = a.Suggest(s1.Conversation, Order);
        Assert.Equal(PolicyWindow.ReturnWindow, s2.Eligibility!.Window);
        Assert.False(s2.Eligibility.IsWithinPolicy);
        Assert.Equal(15, s2.Eligibility.ElapsedDays);
        Assert.Contains(ReplyPartKind.RuleExplanation, Kinds(s2));
        Assert.DoesNotContain(ReplyPartKind.Choices, Kinds(s2));
        Assert.Contains("7天", s2.Text, StringComparison.Ordinal);
        Assert.Contains("15天", s2.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("补发", s2.Text, StringComparison.Ordinal);

        // Insisting gets a handover, not the refund options.
        var s3 = a.Suggest(s2.Conversation, "就是正常退款呗");
        Assert.DoesNotContain(ReplyPartKind.Choices, Kinds(s3));
        Assert.DoesNotContain("订单号", s3.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void InWindowReturn_SaysHowToReturn()
    {
        var clock = TestClock.Morning();
        var orders = new InMemoryOrderLookup([new OrderRecord(Order, clock.GetUtcNow().AddDays(-5)) { DeliveredAt = clock.GetUtcNow().AddDays(-3) }]);
        var s = WithKnowledge(orders).Suggest(New(clock), "订单" + Order + "我想退货");
        Assert.True(s.Eligibility!.IsWithinPolicy);
        Assert.Contains(ReplyPartKind.Answer, Kinds(s));
        Assert.Contains("申请售后", s.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void OutOfAfterSalesPeriodDefect_QuotesTheRule_AndEscalatesForReview()
    {
        var clock = TestClock.Morning();
        var orders = new InMemoryOrderLookup([new OrderRecord(Order, clock.GetUtcNow().AddDays(-40)) { DeliveredAt = clock.GetUtcNow().AddDays(-30) }]);
        var s = WithKnowledge(orders).Suggest(New(clock), "订单" + Order + "收到的杯子碎了,太气人了");
        Assert.Equal(PolicyWindow.AfterSalesPeriod, s.Eligibility!.Window);
        Assert.Contains(ReplyPartKind.RuleExplanation, Kinds(s));
        Assert.Equal(ComplaintState.Escalated, s.Complaint!.State);
        Assert.Contains("保修", s.Text, StringComparison.Ordinal); // the warranty alternative (365 days)
        Assert.Empty(s.Rejections);
    }

    [Fact]
    public void VagueMessage_GetsAnOpenQuestion()
    {
        var s = WithKnowledge().Suggest(New(), "那个东西不对");
        Assert.Equal(DialogueAct.Vague, s.Act);
        Assert.Equal(ReplyPartKind.AskForInformation, s.Parts[^1].Kind);
        Assert.Equal(TemplateIds.ClarifyOpenQuestion, s.Parts[^1].Source);
        Assert.DoesNotContain(ReplyPartKind.Choices, Kinds(s));
        Assert.Contains("具体", s.Text, StringComparison.Ordinal);
        Assert.Null(s.Complaint);
    }

    [Fact]
    public void EachTurn_IsAnalysedOnce()
    {
        var counting = new CountingAnalyzer();
        var a = WithKnowledge(analyzer: counting);
        var c = New();
        foreach (var m in new[] { "在吗", "我收到的保温杯漏水了", "订单号是" + Order, "你们发什么快递", "第二个", "好的谢谢" })
        {
            c = a.Suggest(c, m).Conversation;
        }

        Assert.Equal(6, counting.Calls);
    }

    private sealed class CountingAnalyzer : ICustomerMessageAnalyzer
    {
        public int Calls { get; private set; }

        public MessageAnalysis Analyze(string message)
        {
            Calls++;
            return CustomerMessageAnalyzer.Default.Analyze(message);
        }

        public string Redact(string message) => CustomerMessageAnalyzer.Default.Redact(message);
    }

    // Regressions: the broken examples of issue 16.
    [Theory]
    [InlineData("降噪功能支撑荣耀10吗", "荣耀10")]
    [InlineData("这款杯子能装开水吗", "开水")]
    [InlineData("直播间抽奖规则是什么", "“直播间抽奖规则是什么”")] // the 么 of 什么 is not a particle
    [InlineData("保温杯能装牛奶么", "“保温杯能装牛奶”")]
    public void QuestionWithoutAnAnswer_GetsAHoldingReplyNamingTheTopicAndATime(string question, string topic)
    {
        var s = WithKnowledge().Suggest(New(), question);
        NotBareListening(s);
        Assert.Null(s.Knowledge);
        Assert.Contains(topic, s.Text, StringComparison.Ordinal);
        Assert.Contains("30分钟内", s.Text, StringComparison.Ordinal); // the example pack's lookupTime
    }

    [Theory]
    [InlineData("请问可以退订吗", "您请问")]
    [InlineData("票 要多久能寄到给我", "给您，对吗")]
    [InlineData("我知道 你帮我看一下地址和电话", "您知道")]
    public void Questions_AreNotParaphrased_AndNoBrokenPronounSwap(string message, string broken)
    {
        var s = WithKnowledge().Suggest(New(), message);
        Assert.DoesNotContain(ReplyPartKind.Paraphrase, Kinds(s));
        Assert.DoesNotContain(broken, s.Text, StringComparison.Ordinal);
        NotBareListening(s);
    }

    [Fact]
    public void ClearRequest_IsParaphrasedWithTheRightPerspective()
    {
        var s = WithKnowledge().Suggest(New(), "我想把收货人改成我妈妈");
        var p = s.Parts.FirstOrDefault(x => x.Kind == ReplyPartKind.Paraphrase);
        if (p is not null)
        {
            Assert.Contains("您妈妈", p.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("我妈妈", p.Text, StringComparison.Ordinal);
        }

        NotBareListening(s);
    }

    [Fact]
    public void SignedButNotReceived_ChecksWhoSignedFirst()
    {
        var s = WithKnowledge().Suggest(New(), "物品没收到啊，怎么就签收了");
        Assert.Contains("代收", s.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReplyPartKind.Choices, Kinds(s));
        Assert.DoesNotContain("全额退款", s.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DeliveryQuestionWithoutOrderNumber_AsksForIt_Once()
    {
        var a = WithKnowledge();
        var s1 = a.Suggest(New(), "我的快递到哪了");
        Assert.Contains(MissingInfo.OrderNumber, s1.Asked);
        Assert.Contains("订单号", s1.Text, StringComparison.Ordinal);
        var s2 = a.Suggest(s1.Conversation, "订单" + Order);
        Assert.Contains(Order, s2.Text, StringComparison.Ordinal);
        Assert.Contains("物流进度", s2.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ComplaintAsksForTheOrderOnce_ThenAcceptsThePhoneNumber()
    {
        var a = WithKnowledge();
        var s1 = a.Suggest(New(), "我收到的保温杯是坏的,太让人生气了!");
        Assert.Contains("订单号", s1.Text, StringComparison.Ordinal);
        var s2 = a.Suggest(s1.Conversation, "地址是北京市朝阳区建国路88号,电话13812345678");
        Assert.DoesNotContain("订单号", s2.Text, StringComparison.Ordinal);
        Assert.Empty(s2.Asked);
        var s3 = a.Suggest(s2.Conversation, "怎么还不处理");
        Assert.DoesNotContain("提供一下订单号", s3.Text, StringComparison.Ordinal);
        Assert.Empty(s3.Asked);
    }

    [Fact]
    public void AgreementAfterTheOptions_DoesNotRepeatThem()
    {
        var a = WithKnowledge();
        var s1 = a.Suggest(New(), "我收到的保温杯是坏的,太让人生气了!");
        var s2 = a.Suggest(s1.Conversation, "好的，麻烦尽快");
        Assert.DoesNotContain(ReplyPartKind.Choices, Kinds(s2));
        Assert.Contains("24小时", s2.Text, StringComparison.Ordinal);
        var s3 = a.Suggest(s2.Conversation, "没的，谢谢");
        Assert.Equal([ReplyPartKind.Closing], Kinds(s3));
    }

    [Fact]
    public void ShortOrderNumberTurn_IsNotAListeningReply()
    {
        var s = WithKnowledge().Suggest(New(), "订单号是" + Order);
        Assert.Equal(DialogueAct.Answer, s.Act);
        NotBareListening(s);
        Assert.Contains(Order, s.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void OrderGivenEarlier_IsNotAskedForAgain()
    {
        var a = WithKnowledge();
        var c = New();
        foreach (var m in new[] { "订单号是" + Order, "你们发什么快递", "哦", "东西收到了" })
        {
            c = a.Suggest(c, m).Conversation;
        }

        var s = a.Suggest(c, "就是正常退款呗");
        Assert.DoesNotContain("订单号", s.Text, StringComparison.Ordinal);
        NotBareListening(s);
    }

    // Regressions found after the first landing (#16): thanks after the options, blame without emotion words,
    // a phone number taken for the order number.
    [Theory]
    [InlineData("好的谢谢", DialogueAct.Thanks, "不客气")]
    [InlineData("好的", DialogueAct.Acknowledgement, "直接告诉我")]
    [InlineData("好的，麻烦尽快", DialogueAct.Acknowledgement, "直接告诉我")]
    [InlineData("没有了", DialogueAct.Closing, "保留")]
    public void ThanksOrAgreementAfterTheOptions_AcknowledgesWithoutRepeatingThem(string message, DialogueAct expectedAct, string keyWord)
    {
        var a = WithKnowledge();
        var s1 = a.Suggest(New(), "订单" + Order + "收到的杯子碎了,太气人了");
        Assert.Equal(ComplaintState.SolutionsOffered, s1.Complaint!.State);

        var s2 = a.Suggest(s1.Conversation, message);
        Assert.Equal(expectedAct, s2.Act);
        Assert.Single(s2.Parts);
        Assert.DoesNotContain(ReplyPartKind.Choices, Kinds(s2));
        Assert.DoesNotContain(ReplyPartKind.ComplaintStep, Kinds(s2));
        Assert.DoesNotContain("一是", s2.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("补发", s2.Text, StringComparison.Ordinal);
        Assert.Contains(keyWord, s2.Text, StringComparison.Ordinal);
        Assert.False(s2.Lint.HasFindings);
        NotBareListening(s2);

        // The options stay open: a later choice still resolves the case.
        Assert.Equal(ComplaintState.SolutionsOffered, s2.Complaint!.State);
        var s3 = a.Suggest(s2.Conversation, "第二个");
        Assert.Equal(DialogueAct.Choice, s3.Act);
        Assert.Equal(1, s3.Complaint!.ChosenOptionIndex);
        Assert.Equal(ComplaintState.Resolved, s3.Complaint.State);
    }

    [Theory]
    [InlineData("怎么会是我们")]
    [InlineData("凭什么说是我的问题")]
    [InlineData("关我什么事")]
    public void BlameWithoutEmotionWords_IsAComplaint_AnsweredByTakingResponsibility(string message)
    {
        var s = WithKnowledge().Suggest(New(), message);
        Assert.Equal(DialogueAct.Complaint, s.Act);
        Assert.Equal(ReplyPartKind.Empathy, s.Parts[0].Kind);
        Assert.Equal("assistant.blame", s.Parts[0].Source);
        Assert.Contains("推卸责任", s.Text, StringComparison.Ordinal);
        Assert.Contains("抱歉", s.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("您问的", s.Text, StringComparison.Ordinal); // not echoed as a question
        Assert.DoesNotContain(ReplyPartKind.Paraphrase, Kinds(s));
        Assert.NotNull(s.Complaint);
        Assert.Equal(ComplaintState.EmotionAcknowledged, s.Complaint!.State);
        Assert.False(s.Lint.HasFindings);
    }

    [Fact]
    public void BlameMidComplaint_TakesResponsibility_AndTheCaseGoesOn()
    {
        var a = WithKnowledge();
        var s1 = a.Suggest(New(), "订单" + Order + "收到的杯子碎了,太气人了");
        var s2 = a.Suggest(s1.Conversation, "怎么会是我们");
        Assert.Equal(DialogueAct.Complaint, s2.Act);
        Assert.Equal("assistant.blame", s2.Parts[0].Source);
        Assert.Equal(ComplaintState.SolutionsOffered, s2.Complaint!.State);
        Assert.Equal(s1.Complaint!.Id, s2.Complaint.Id);
        Assert.Empty(s2.Rejections);
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("电话13812345678")]
    public void PhoneNumberGivenForTheOrderNumber_IsKeptAsAPhoneFact_NeverAsTheOrderNumber(string answer)
    {
        var a = WithKnowledge();
        var s1 = a.Suggest(New(), "我收到的保温杯是坏的,太让人生气了!");
        Assert.Contains(MissingInfo.OrderNumber, s1.Asked);

        var s2 = a.Suggest(s1.Conversation, answer);
        Assert.Equal(DialogueAct.Answer, s2.Act);
        Assert.Null(s2.Conversation.Memory.OrderNumber);
        Assert.Equal("13812345678", s2.Conversation.Memory.Facts[FactKind.PhoneNumber]);
        Assert.False(s2.Conversation.Memory.Facts.ContainsKey(FactKind.OrderNumber));
        Assert.Null(s2.Complaint!.OrderNumber);
        Assert.Equal(ComplaintState.EmotionAcknowledged, s2.Complaint.State);
        Assert.DoesNotContain(MissingInfo.OrderNumber, s2.Conversation.Memory.StillMissing);
        Assert.Empty(s2.Asked);
        Assert.Equal([ReplyPartKind.Commitment], Kinds(s2));
        Assert.Contains("138****5678", s2.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("订单手机号", s2.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("13812345678", s2.Text, StringComparison.Ordinal); // masked

        // Chasing gets the time node of the lookup, not an FAQ answer or a second request for the order number.
        var s3 = a.Suggest(s2.Conversation, "怎么还不处理");
        Assert.Null(s3.Knowledge);
        Assert.Empty(s3.Asked);
        Assert.Contains("30分钟内", s3.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("订单号", s3.Text, StringComparison.Ordinal);
        Assert.Null(s3.Complaint!.OrderNumber);

        // The real order number still verifies the case afterwards.
        var s4 = a.Suggest(s3.Conversation, "订单号是" + Order);
        Assert.Equal(Order, s4.Complaint!.OrderNumber);
        Assert.Equal(ComplaintState.SolutionsOffered, s4.Complaint.State);
    }
}
