using CsEtiquette.Analysis;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.Knowledge;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Templates;

namespace CsEtiquette.Tests.Assistant;

/// <summary>
/// Several questions in one line (在吗 这个有货吗 什么时候发货): each is addressed, from the knowledge pack or in a
/// holding reply naming its topic, then at most one ask (issue 16).
/// </summary>
public sealed class ReplyAssistantSeveralQuestionsTests
{
    private static ReplyAssistant Assistant() =>
        new(CustomerMessageAnalyzer.Default, ReplyLinter.Default, PhraseRewriter.Default, TemplateRenderer.Default,
            new ComplaintWorkflow(), ShopKnowledge.Example);

    private static Conversation New() =>
        new("multi-1", "小美", ShopKnowledge.Example.Policy.ApplyTo(ShopPolicy.Default), TestClock.Morning(), 7) { Product = "保温杯" };

    private static ReplyPartKind[] Kinds(ReplySuggestion s) => [.. s.Parts.Select(p => p.Kind)];

    private static int Asks(ReplySuggestion s) => s.Parts.Count(p => p.Kind == ReplyPartKind.AskForInformation);

    [Fact]
    public void GreetingStockAndShipping_EachQuestionIsAddressed_WithoutAnAsk()
    {
        var s = Assistant().Suggest(New(), "在吗 这个有货吗 什么时候发货");
        Assert.Equal(DialogueAct.Question, s.Act);
        Assert.Equal(ReplyPartKind.Greeting, s.Parts[0].Kind);
        Assert.StartsWith("您好", s.Text, StringComparison.Ordinal);
        // 什么时候发货: the pack's shipping policy.
        Assert.Contains(s.Parts, p => p.Kind == ReplyPartKind.Answer && p.Source == "knowledge.policy.shipping" && p.Text.Contains("48小时", StringComparison.Ordinal));
        // 这个有货吗: the pack's stock entry, or a holding reply naming 有货.
        Assert.Contains(s.Parts, p => (p.Kind == ReplyPartKind.Answer && p.Source == "knowledge.out-of-stock")
            || (p.Kind == ReplyPartKind.Commitment && p.Text.Contains("有货", StringComparison.Ordinal)));
        Assert.Equal(0, Asks(s));
        Assert.Empty(s.Asked);
        Assert.DoesNotContain("订单号", s.Text, StringComparison.Ordinal);
        Assert.False(s.Lint.HasFindings, s.Text);
    }

    [Fact]
    public void ThreeQuestions_ThreeAnswers_ThenTheClosingQuestion()
    {
        var s = Assistant().Suggest(New(), "你好，能开发票吗？能开专票吗？支持花呗分期吗？");
        Assert.Equal([ReplyPartKind.Greeting, ReplyPartKind.Answer, ReplyPartKind.Answer, ReplyPartKind.Answer, ReplyPartKind.Closing], Kinds(s));
        Assert.Equal(["knowledge.invoice", "knowledge.invoice-vat", "knowledge.installment"], s.Parts.Skip(1).Take(3).Select(p => p.Source));
        Assert.Contains("电子普通发票", s.Text, StringComparison.Ordinal);
        Assert.Contains("增值税专用发票", s.Text, StringComparison.Ordinal);
        Assert.Contains("花呗", s.Text, StringComparison.Ordinal);
        Assert.Equal("invoice", s.Knowledge!.Id); // the first match
        Assert.False(s.Lint.HasFindings, s.Text);
    }

    [Fact]
    public void OwnParcelAndInvoice_AnswersTheInvoice_ThenAsksOnceForTheOrder()
    {
        var s = Assistant().Suggest(New(), "我的快递到哪了 能开发票吗");
        Assert.Equal([ReplyPartKind.Answer, ReplyPartKind.AskForInformation], Kinds(s));
        Assert.Equal("knowledge.invoice", s.Parts[0].Source);
        Assert.Contains("订单号", s.Parts[1].Text, StringComparison.Ordinal);
        Assert.Contains("物流", s.Parts[1].Text, StringComparison.Ordinal);
        Assert.Equal([MissingInfo.OrderNumber], s.Asked);
    }

    [Fact]
    public void AnsweredAndUnansweredQuestions_AnswerAndOneHoldingReplyWithTheTopic()
    {
        var s = Assistant().Suggest(New(), "降噪功能支撑荣耀10吗？能开发票吗？");
        Assert.Equal([ReplyPartKind.Answer, ReplyPartKind.Commitment], Kinds(s));
        Assert.Equal("knowledge.invoice", s.Parts[0].Source);
        Assert.Equal("assistant.holding", s.Parts[1].Source);
        Assert.Contains("荣耀10", s.Parts[1].Text, StringComparison.Ordinal);
        Assert.Contains("30分钟内", s.Parts[1].Text, StringComparison.Ordinal);
        Assert.Contains("荣耀10", s.Conversation.Memory.PendingTopic, StringComparison.Ordinal);
        Assert.Equal(0, Asks(s));
    }

    [Fact]
    public void TwoUnansweredQuestions_OneHoldingReplyNamingBoth()
    {
        var s = Assistant().Suggest(New(), "降噪功能支撑荣耀10吗 这款耳机防水吗");
        Assert.Equal([ReplyPartKind.Commitment], Kinds(s));
        Assert.Contains("荣耀10", s.Text, StringComparison.Ordinal);
        Assert.Contains("防水", s.Text, StringComparison.Ordinal);
        Assert.Equal(2, s.Text.Split("内回复您").Length); // one time node for both
        Assert.Contains("和", s.Conversation.Memory.PendingTopic, StringComparison.Ordinal);
    }
}
