using CsEtiquette.Analysis;

namespace CsEtiquette.Tests.Analysis;

/// <summary>Real-style lines (terse, no punctuation) and the evidence spans behind their decisions.</summary>
public sealed class EvidenceTests
{
    private static readonly CustomerMessageAnalyzer Analyzer = CustomerMessageAnalyzer.Default;

    [Theory]
    [InlineData("在吗 这个有货吗", MessageIntent.Inquiry)]
    [InlineData("售后期限是多久", MessageIntent.Inquiry)]
    [InlineData("几天能退", MessageIntent.Inquiry)]
    [InlineData("有色差吗", MessageIntent.Inquiry)]
    [InlineData("漏水了", MessageIntent.AfterSales)]
    [InlineData("什么时候发货啊亲", MessageIntent.Logistics)]
    public void RealStyleLines_GetTheirPrimaryIntent(string text, MessageIntent intent) =>
        Assert.Equal(intent, Analyzer.Analyze(text).PrimaryIntent);

    [Theory]
    [InlineData("漏水了")]
    [InlineData("不制冷")]
    [InlineData("起球了")]
    [InlineData("掉色很严重")]
    [InlineData("色差很大")]
    public void ReportedDefects_AreNegative(string text) =>
        Assert.Equal(EmotionPolarity.Negative, Analyzer.Analyze(text).Emotion.Polarity);

    [Theory]
    [InlineData("有色差吗")]
    [InlineData("会起球吗")]
    [InlineData("在吗 这个有货吗")]
    [InlineData("售后期限是多久")]
    public void QuestionsThatNameADefect_AreNeutral(string text) =>
        Assert.Equal(EmotionPolarity.Neutral, Analyzer.Analyze(text).Emotion.Polarity);

    [Fact]
    public void NegativeMessage_HasNegativeEvidence_InsideTheText()
    {
        const string text = "漏水了 你们怎么检查的";
        var r = Analyzer.Analyze(text);
        Assert.Equal(EmotionPolarity.Negative, r.Emotion.Polarity);
        var negative = Assert.Single(r.Evidence.Where(e => e.Toward == "negative").Take(1));
        Assert.Equal(text.Substring(negative.Start, negative.Length), negative.Text);
        Assert.Contains(r.Evidence, e => e.Toward == "negative" && e.Text.Contains('漏', StringComparison.Ordinal));
    }

    [Fact]
    public void IntentEvidence_NamesTheIntent()
    {
        var r = Analyzer.Analyze("在吗 这个有货吗");
        Assert.Contains(r.Evidence, e => e.Toward == "Inquiry");
        Assert.DoesNotContain(r.Evidence, e => e.Toward is "negative" or "positive");
    }

    [Fact]
    public void Evidence_IsInTextOrder_AndSpansOfOneDecisionDoNotOverlap()
    {
        var r = Analyzer.Analyze("我的订单号123456789012345678，杯子收到就破损了，非常失望！！！");
        Assert.NotEmpty(r.Evidence);
        for (var i = 1; i < r.Evidence.Count; i++)
        {
            Assert.True(r.Evidence[i - 1].Start <= r.Evidence[i].Start);
        }

        foreach (var group in r.Evidence.GroupBy(e => e.Toward))
        {
            var spans = group.OrderBy(e => e.Start).ToList();
            for (var i = 1; i < spans.Count; i++)
            {
                Assert.True(spans[i - 1].End < spans[i].Start || spans[i - 1].End <= spans[i].Start);
            }
        }
    }

    [Fact]
    public void Empty_HasNoEvidence() => Assert.Empty(Analyzer.Analyze(string.Empty).Evidence);

    [Fact]
    public void AbuseAndThreats_StillForceTheDecision()
    {
        // Where the lexicon is certain it overrides the model (docs/analysis.md).
        var abuse = Analyzer.Analyze("傻逼客服");
        Assert.Equal(CustomerEmotion.Angry, abuse.Emotion.Label);
        var threat = Analyzer.Analyze("好的 那我就打12315");
        Assert.Equal(EmotionPolarity.Negative, threat.Emotion.Polarity);
        Assert.True(threat.HasIntent(MessageIntent.Complaint));
        Assert.True(threat.IsComplaint);
    }
}
