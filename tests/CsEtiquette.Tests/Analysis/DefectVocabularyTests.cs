using CsEtiquette.Analysis;

namespace CsEtiquette.Tests.Analysis;

/// <summary>
/// The defect vocabulary of the default lexicon (issue #14 item 6): plain reports of a defect on real products, with no
/// emotion word (漏水了、不制冷、起球), read as negative with the right <see cref="CustomerIssue"/>; a question that names a
/// defect (有色差吗) is a pre-sale question, not a report. Asserted through the public analyzer only.
/// </summary>
public sealed class DefectVocabularyTests
{
    private static readonly CustomerMessageAnalyzer Analyzer = CustomerMessageAnalyzer.Default;

    [Theory]
    // clothing and shoes
    [InlineData("毛衣起球了", CustomerIssue.QualityFault)]
    [InlineData("洗了一次就褪色", CustomerIssue.QualityFault)]
    [InlineData("袖口开线了", CustomerIssue.QualityFault)]
    [InlineData("衣服脱线了", CustomerIssue.QualityFault)]
    [InlineData("大衣掉毛", CustomerIssue.QualityFault)]
    [InlineData("衬衫起皱", CustomerIssue.QualityFault)]
    [InlineData("裤子缩水了", CustomerIssue.QualityFault)]
    [InlineData("鞋子开胶了", CustomerIssue.QualityFault)]
    [InlineData("色差很大", CustomerIssue.DescriptionMismatch)]
    [InlineData("尺码不对", CustomerIssue.DescriptionMismatch)]
    // electronics
    [InlineData("手机充不进电", CustomerIssue.QualityFault)]
    [InlineData("电脑老是死机", CustomerIssue.QualityFault)]
    [InlineData("平板卡顿", CustomerIssue.QualityFault)]
    [InlineData("耳机没声音", CustomerIssue.QualityFault)]
    [InlineData("充电宝鼓包了", CustomerIssue.QualityFault)]
    [InlineData("屏幕碎了", CustomerIssue.DamagedItem)]
    // appliances and kitchenware
    [InlineData("冰箱不制冷", CustomerIssue.QualityFault)]
    [InlineData("热水器不加热", CustomerIssue.QualityFault)]
    [InlineData("高压锅漏气", CustomerIssue.QualityFault)]
    [InlineData("锅用了一周就生锈了", CustomerIssue.QualityFault)]
    [InlineData("杯子裂了", CustomerIssue.DamagedItem)]
    // food and cosmetics
    [InlineData("面包发霉了", CustomerIssue.QualityFault)]
    [InlineData("牛奶过期了", CustomerIssue.QualityFault)]
    [InlineData("零食胀袋了", CustomerIssue.QualityFault)]
    [InlineData("面霜用了过敏", CustomerIssue.QualityFault)]
    // furniture and books
    [InlineData("少了一个配件", CustomerIssue.WrongItem)]
    [InlineData("椅子缺配件", CustomerIssue.WrongItem)]
    [InlineData("桌子掉漆", CustomerIssue.QualityFault)]
    [InlineData("书缺页", CustomerIssue.QualityFault)]
    public void PlainDefectReport_IsNegative_WithItsIssue(string text, CustomerIssue issue)
    {
        var a = Analyzer.Analyze(text);
        Assert.True(a.Emotion.Polarity == EmotionPolarity.Negative, $"'{text}' read as {a.Emotion.Label}");
        Assert.Equal(issue, a.Issue);
        Assert.True(a.HasIntent(MessageIntent.AfterSales), $"'{text}' intents [{string.Join(", ", a.Intents)}]");
    }

    [Theory]
    [InlineData("我收到的保温杯漏水了")]
    [InlineData("保温杯漏水")]
    public void LeakingCup_IsAFault_OrDamage(string text)
    {
        var a = Analyzer.Analyze(text);
        Assert.Equal(EmotionPolarity.Negative, a.Emotion.Polarity);
        Assert.Contains(a.Issue, new[] { CustomerIssue.QualityFault, CustomerIssue.DamagedItem });
    }

    [Theory]
    [InlineData("有色差吗")]
    [InlineData("会起球吗")]
    [InlineData("会不会掉色")]
    [InlineData("保温杯漏水吗")]
    public void QuestionNamingADefect_IsAnInquiry_NotAReport(string text)
    {
        var a = Analyzer.Analyze(text);
        Assert.True(a.Emotion.Polarity != EmotionPolarity.Negative, $"'{text}' read as {a.Emotion.Label}");
        Assert.Equal(MessageIntent.Inquiry, a.PrimaryIntent);
    }
}
