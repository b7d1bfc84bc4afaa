using CsEtiquette.Analysis;
using CsEtiquette.Segmentation;

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

    [Theory]
    [InlineData("我的订单号123456789012345678，杯子收到就破损了，非常失望！！！")]
    [InlineData("质量还不错，内容只适合边上厕所消遣了")]
    [InlineData("房间很小并且很旧")]
    [InlineData("太满意了 下次还来")]
    [InlineData("什么垃圾 我要投诉")]
    [InlineData("收到的书有断页现象，从12页就跳45页了")]
    public void EvidenceSpans_StartAndEndAtTokenBoundaries(string text)
    {
        // A character trigram such as 常失望 inside 非常|失望 must come back as a whole word (非常失望), never cut.
        var tokens = ChineseSegmenter.Default.Tokenize(text, hmm: true);
        var starts = new HashSet<int>();
        var ends = new HashSet<int>();
        foreach (var t in tokens)
        {
            starts.Add(t.Start);
            ends.Add(t.End);
        }

        var r = Analyzer.Analyze(text);
        Assert.NotEmpty(r.Evidence);
        Assert.All(r.Evidence, e => Assert.True(starts.Contains(e.Start) && ends.Contains(e.End), $"'{e.Text}' @{e.Start}+{e.Length} cuts a token of {text}"));
        Assert.DoesNotContain(r.Evidence, e => e.Text == "常失望");
    }

    [Fact]
    public void SnapToTokens_WidensAPartialSpanToWholeTokens()
    {
        // 非常|失望|！ : 常失 (1..3) → 非常失望 (0..4); a span already on boundaries stays.
        TokenRange[] tokens = [new(0, 2), new(2, 2), new(4, 1)];
        int a = 1, e = 3;
        CustomerMessageAnalyzer.SnapToTokens(tokens, ref a, ref e);
        Assert.Equal((0, 4), (a, e));
        a = 2;
        e = 4;
        CustomerMessageAnalyzer.SnapToTokens(tokens, ref a, ref e);
        Assert.Equal((2, 4), (a, e));
        a = 4;
        e = 5;
        CustomerMessageAnalyzer.SnapToTokens(tokens, ref a, ref e);
        Assert.Equal((4, 5), (a, e));
    }
}
