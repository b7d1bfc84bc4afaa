using CsEtiquette.Analysis;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.Knowledge;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Templates;

namespace CsEtiquette.Tests.Assistant;

/// <summary>
/// A customer chasing a lookup the agent promised (好了没, 查到了吗, 怎么还没回) gets a reply about that lookup, its topic
/// and time node: not a new holding reply, not a listening phrase, not a complaint opening (issue 16).
/// </summary>
public sealed class ReplyAssistantChaseTests
{
    private const string Order = "2026112412345678";

    private static ReplyAssistant Assistant() =>
        new(CustomerMessageAnalyzer.Default, ReplyLinter.Default, PhraseRewriter.Default, TemplateRenderer.Default,
            new ComplaintWorkflow(), ShopKnowledge.Example);

    // The example pack's lookup time is 30分钟.
    private static Conversation New() =>
        new("chase-1", "小美", ShopKnowledge.Example.Policy.ApplyTo(ShopPolicy.Default), TestClock.Morning(), 7) { Product = "保温杯" };

    private static void AboutTheLookup(ReplySuggestion s, string topic)
    {
        Assert.Equal(DialogueAct.Chase, s.Act);
        Assert.Equal([ReplyPartKind.Empathy, ReplyPartKind.Commitment], s.Parts.Select(p => p.Kind));
        Assert.Equal(TemplateIds.EmpathyLongWait, s.Parts[0].Source);
        Assert.Equal("assistant.chasePending", s.Parts[1].Source);
        Assert.Contains(topic, s.Parts[1].Text, StringComparison.Ordinal);
        Assert.Contains("30分钟内", s.Parts[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("关于您问的", s.Text, StringComparison.Ordinal); // no new holding reply
        Assert.DoesNotContain("您请", s.Text, StringComparison.Ordinal);       // no listening phrase
        Assert.DoesNotContain("我在听", s.Text, StringComparison.Ordinal);
        Assert.Null(s.Knowledge);
        Assert.Empty(s.Asked);
        Assert.False(s.Lint.HasFindings, s.Text);
    }

    [Theory]
    [InlineData("好了没")]
    [InlineData("查到了吗")]
    [InlineData("怎么还没回")]
    [InlineData("好了没啊？")]
    [InlineData("有消息了吗")]
    public void Chase_AfterAHoldingReply_IsAnsweredAboutThatLookup(string chase)
    {
        var a = Assistant();
        var s1 = a.Suggest(New(), "降噪功能支撑荣耀10吗");
        Assert.Equal("assistant.holding", s1.Parts[^1].Source);
        Assert.Contains("荣耀10", s1.Conversation.Memory.PendingTopic, StringComparison.Ordinal);

        var s2 = a.Suggest(s1.Conversation, chase);
        AboutTheLookup(s2, "荣耀10");
        Assert.Null(s2.Complaint); // 怎么还没回 is no complaint about a late delivery
        Assert.Equal(s1.Conversation.Memory.PendingTopic, s2.Conversation.Memory.PendingTopic);
    }

    [Fact]
    public void RepeatedChases_StayOnTheLookup_WithVariedThanks()
    {
        var a = Assistant();
        var s = a.Suggest(New(), "降噪功能支撑荣耀10吗");
        var thanks = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chase in (string[])["好了没", "查到了吗", "怎么还没回"])
        {
            s = a.Suggest(s.Conversation, chase);
            AboutTheLookup(s, "荣耀10");
            thanks.Add(s.Parts[0].Text);
        }

        Assert.True(thanks.Count > 1, "the same thanks three times: " + string.Join(" | ", thanks));
    }

    [Fact]
    public void Chase_WhileTheOrderIsLookedUpByPhone_KeepsTheCaseWaiting()
    {
        var a = Assistant();
        var s1 = a.Suggest(New(), "我收到的保温杯漏水了");
        var s2 = a.Suggest(s1.Conversation, "13812345678");
        Assert.Equal("订单信息", s2.Conversation.Memory.PendingTopic);

        var s3 = a.Suggest(s2.Conversation, "查到了吗");
        AboutTheLookup(s3, "订单信息");
        Assert.Equal(ComplaintState.EmotionAcknowledged, s3.Complaint!.State);
        Assert.DoesNotContain("订单号", s3.Text, StringComparison.Ordinal); // asked once, never again
    }

    [Fact]
    public void Chase_OfALookupThatWaitsForTheOrderNumber_SaysWhatItNeeds_WithoutASecondAsk()
    {
        var a = Assistant();
        var s1 = a.Suggest(New(), "我的快递到哪了");
        Assert.Contains(MissingInfo.OrderNumber, s1.Asked);

        var s2 = a.Suggest(s1.Conversation, "好了没");
        Assert.Equal(DialogueAct.Chase, s2.Act);
        Assert.Equal([ReplyPartKind.Commitment], s2.Parts.Select(p => p.Kind));
        Assert.Equal("assistant.chaseNeedsOrder", s2.Parts[0].Source);
        Assert.Contains("物流进度", s2.Text, StringComparison.Ordinal);
        Assert.Contains("订单号", s2.Text, StringComparison.Ordinal);
        Assert.Empty(s2.Asked);

        // The order number then starts the lookup.
        var s3 = a.Suggest(s2.Conversation, Order);
        Assert.Equal(DialogueAct.Answer, s3.Act);
        Assert.Contains(Order, s3.Text, StringComparison.Ordinal);
        Assert.Contains("30分钟内", s3.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ChaseWithAnotherQuestion_AnswersBoth()
    {
        var a = Assistant();
        var s1 = a.Suggest(New(), "降噪功能支撑荣耀10吗");
        var s2 = a.Suggest(s1.Conversation, "好了没？另外能开发票吗");
        Assert.Equal(DialogueAct.Chase, s2.Act);
        Assert.Equal([ReplyPartKind.Empathy, ReplyPartKind.Commitment, ReplyPartKind.Answer], s2.Parts.Select(p => p.Kind));
        Assert.Contains("荣耀10", s2.Parts[1].Text, StringComparison.Ordinal);
        Assert.Equal("invoice", s2.Knowledge!.Id);
        Assert.Contains("发票", s2.Parts[2].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("好了没")]
    [InlineData("查到了吗")]
    public void WithoutAPendingLookup_NoChase(string message)
    {
        var s = Assistant().Suggest(New(), message);
        Assert.NotEqual(DialogueAct.Chase, s.Act);
        Assert.DoesNotContain(s.Parts, p => p.Source == "assistant.chasePending");
    }

    [Fact]
    public void ANewProblemWithAChaseWord_IsNoChaseOfTheOldLookup()
    {
        var a = Assistant();
        var s1 = a.Suggest(New(), "降噪功能支撑荣耀10吗");
        var s2 = a.Suggest(s1.Conversation, "我上周买的保温杯到现在怎么还没到");
        Assert.NotEqual(DialogueAct.Chase, s2.Act);
        Assert.DoesNotContain("荣耀10", s2.Text, StringComparison.Ordinal);
    }
}
