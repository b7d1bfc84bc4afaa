using CsEtiquette.Analysis;
using CsEtiquette.Assistant;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Templates;

namespace CsEtiquette.Tests.Vocabulary;

/// <summary>One emotion, one issue classification, one complaint decision, one shared context (issue #13, item 1).</summary>
public sealed class SharedVocabularyTests
{
    private static readonly CustomerMessageAnalyzer Analyzer = new();

    [Fact]
    public void CustomerEmotion_Numbering_IsTheDocumentedContract()
    {
        Assert.Equal(0, (int)CustomerEmotion.Unknown);
        Assert.Equal(1, (int)CustomerEmotion.Neutral);
        Assert.Equal(2, (int)CustomerEmotion.Satisfied);
        Assert.Equal(3, (int)CustomerEmotion.Dissatisfied);
        Assert.Equal(4, (int)CustomerEmotion.Disappointed);
        Assert.Equal(5, (int)CustomerEmotion.Anxious);
        Assert.Equal(6, (int)CustomerEmotion.Angry);
        Assert.Equal(CustomerEmotion.Unknown, default(CustomerEmotion));
    }

    [Theory]
    [InlineData(CustomerEmotion.Unknown, false)]
    [InlineData(CustomerEmotion.Neutral, false)]
    [InlineData(CustomerEmotion.Satisfied, false)]
    [InlineData(CustomerEmotion.Dissatisfied, true)]
    [InlineData(CustomerEmotion.Disappointed, true)]
    [InlineData(CustomerEmotion.Anxious, true)]
    [InlineData(CustomerEmotion.Angry, true)]
    [InlineData((CustomerEmotion)99, false)]
    public void IsUpset_MatchesTheLinterContext(CustomerEmotion emotion, bool upset)
    {
        Assert.Equal(upset, emotion.IsUpset());
        Assert.Equal(upset, new LintContext { CustomerEmotion = emotion }.IsCustomerUpset);
    }

    [Fact]
    public void AnalyzerEmotion_PassesToTheLinter_Unchanged()
    {
        var analysis = Analyzer.Analyze("气死我了，东西坏了！！！");
        Assert.Equal(CustomerEmotion.Angry, analysis.Emotion.Label);
        var report = ReplyLinter.Default.Lint("请提供订单号", new LintContext { CustomerEmotion = analysis.Emotion.Label });
        Assert.Contains(report.Findings, f => f.RuleId == "CSE009");
    }

    [Fact]
    public void Analyzer_NeverReturnsUnknown()
    {
        Assert.Equal(CustomerEmotion.Neutral, Analyzer.Analyze(string.Empty).Emotion.Label);
        Assert.Equal(CustomerEmotion.Neutral, Analyzer.Analyze("你好").Emotion.Label);
        Assert.Equal(EmotionPolarity.Neutral, new EmotionReading(CustomerEmotion.Unknown, 0).Polarity);
    }

    [Theory]
    [InlineData("我买的杯子收到就破损了", CustomerIssue.DamagedItem)]
    [InlineData("你们发错货了，这不是我买的", CustomerIssue.WrongItem)]
    [InlineData("快递三天了还没到", CustomerIssue.LateDelivery)]
    [InlineData("退款还没到账", CustomerIssue.RefundDelay)]
    [InlineData("这个颜色有色差", CustomerIssue.DescriptionMismatch)]
    [InlineData("什么时候补货", CustomerIssue.OutOfStock)]
    [InlineData("你好，在吗", CustomerIssue.General)]
    [InlineData("", CustomerIssue.General)]
    public void MessageAnalysis_CarriesTheIssue(string text, CustomerIssue issue) =>
        Assert.Equal(issue, Analyzer.Analyze(text).Issue);

    [Fact]
    public void Issue_EarliestCueWins_AndTiesGoToTheIssueListedFirst()
    {
        // 色差 (DescriptionMismatch) starts before 坏了 (DamagedItem).
        Assert.Equal(CustomerIssue.DescriptionMismatch, Analyzer.Analyze("有色差而且坏了").Issue);
        var lexicon = AnalysisLexicon.Parse("""{ "schemaVersion": 1, "locale": "zh-CN", "name": "test", "issueCues": { "QualityFault": ["坏"], "DamagedItem": ["坏了"] } }""", "test.json");
        var own = new CustomerMessageAnalyzer(new AnalysisOptions { UseDefaultLexicon = false, ExtraLexicons = [lexicon] });
        Assert.Equal(CustomerIssue.QualityFault, own.Analyze("东西坏了").Issue);
    }

    [Fact]
    public void IssueCues_AreUserExtendable_AndRemovable()
    {
        var extra = AnalysisLexicon.Parse("""{ "schemaVersion": 1, "locale": "zh-CN", "name": "test", "issueCues": { "DamagedItem": ["散架"] }, "remove": ["色差"] }""", "shop.json");
        var analyzer = new CustomerMessageAnalyzer(new AnalysisOptions { ExtraLexicons = [extra] });
        Assert.Equal(CustomerIssue.DamagedItem, analyzer.Analyze("椅子散架").Issue);
        Assert.Equal(CustomerIssue.General, analyzer.Analyze("有点色差").Issue);
    }

    [Theory]
    [InlineData("""{ "schemaVersion": 1, "locale": "zh-CN", "name": "test", "issueCues": { "General": ["x"] } }""", "$.issueCues.General")]
    [InlineData("""{ "schemaVersion": 1, "locale": "zh-CN", "name": "test", "issueCues": { "Broken": ["x"] } }""", "$.issueCues.Broken")]
    [InlineData("""{ "schemaVersion": 1, "locale": "zh-CN", "name": "test", "issueCues": { "DamagedItem": [1] } }""", "$.issueCues.DamagedItem[0]")]
    public void IssueCues_BadValues_NameTheJsonPath(string json, string path)
    {
        var ex = Assert.ThrowsAny<Exception>(() => AnalysisLexicon.Parse(json, "bad.json"));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("我要投诉你们", true)]               // complaint intent and a threat
    [InlineData("再不处理我就给差评", true)]         // a threat to escalate
    [InlineData("气死了，东西收到就坏了", true)]     // upset with a concrete problem
    [InlineData("请问有货吗", false)]
    [InlineData("东西很好，谢谢", false)]
    public void MessageAnalysis_DecidesComplaint_Once(string text, bool complaint) =>
        Assert.Equal(complaint, Analyzer.Analyze(text).IsComplaint);

    [Fact]
    public void ReplyAssistant_ReadsTheAnalysisIssue()
    {
        var conversation = new Conversation("c1", "小美");
        var s = ReplyAssistant.Default.Suggest(conversation, "我买的杯子收到就破损了");
        Assert.Equal(s.Analysis!.Issue, s.Issue);
    }

    [Fact]
    public void RenderContext_And_Conversation_ShareOneContextValue()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.Zero));
        var conversation = new Conversation("c1", "小美", clock: clock) with { Channel = ReplyChannel.Voice };
        Assert.Same(clock, conversation.Context.Clock);
        Assert.Equal(ReplyChannel.Voice, conversation.Context.Channel);

        var render = new RenderContext(conversation.Context);
        Assert.Same(conversation.Context, render.Conversation);
        Assert.Equal(ReplyChannel.Voice, render.Channel);
        Assert.Equal(clock.GetLocalNow(), render.Now);
        Assert.Equal(ReplyChannel.Text, render.WithChannel(ReplyChannel.Text).Conversation.Channel);
        Assert.Same(render.Conversation, render.NextTurn().Conversation);
        Assert.Throws<ArgumentNullException>(() => new RenderContext((ConversationContext)null!));
    }

    [Fact]
    public void RewriteContext_LintsWithItsLintContext()
    {
        // A complaint context asks for empathy (CSE009), so the rewriter prepends it; the default context does not.
        Assert.Contains(ReplyLinter.Default.Lint("请提供订单号", new LintContext { IsComplaint = true }).Findings, f => f.RuleId == "CSE009");
        Assert.NotEqual("请提供订单号", PhraseRewriter.Default.Rewrite("请提供订单号", new RewriteContext(new LintContext { IsComplaint = true })).Text);
        Assert.Equal("请提供订单号", PhraseRewriter.Default.Rewrite("请提供订单号", RewriteContext.Default).Text);
    }
}
