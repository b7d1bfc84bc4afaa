using System.Text.RegularExpressions;
using CsEtiquette.Analysis;

namespace CsEtiquette.Tests.Analysis;

public sealed class CustomerMessageAnalyzerTests
{
    private static readonly CustomerMessageAnalyzer Analyzer = CustomerMessageAnalyzer.Default;

    private static KeyFact Single(string text, FactKind kind)
    {
        var facts = Analyzer.Analyze(text).Facts.Where(f => f.Kind == kind).ToList();
        Assert.True(facts.Count == 1, $"expected one {kind} in '{text}', got [{string.Join(", ", Analyzer.Analyze(text).Facts)}]");
        return facts[0];
    }

    [Theory]
    [InlineData("我的订单号123456789012345678，杯子坏了", FactKind.OrderNumber, "123456789012345678")]
    [InlineData("订单1234567890123456789", FactKind.OrderNumber, "1234567890123456789")]
    [InlineData("拼多多订单231120-123456789012345麻烦看下", FactKind.OrderNumber, "231120-123456789012345")]
    [InlineData("京东订单号：301234567890 还没到", FactKind.OrderNumber, "301234567890")]
    [InlineData("单号SF1234567890123到哪了", FactKind.TrackingNumber, "SF1234567890123")]
    [InlineData("圆通YT1234567890123", FactKind.TrackingNumber, "YT1234567890123")]
    [InlineData("京东JDVA12345678901", FactKind.TrackingNumber, "JDVA12345678901")]
    [InlineData("中通75123456789012一直不动", FactKind.TrackingNumber, "75123456789012")]
    [InlineData("运单号：432109876543 麻烦查一下", FactKind.TrackingNumber, "432109876543")]
    [InlineData("电话13812345678", FactKind.PhoneNumber, "13812345678")]
    [InlineData("电话138-1234-5678谢谢", FactKind.PhoneNumber, "138-1234-5678")]
    [InlineData("共¥199", FactKind.Amount, "¥199")]
    [InlineData("付了￥19.9", FactKind.Amount, "￥19.9")]
    [InlineData("才199元", FactKind.Amount, "199元")]
    [InlineData("价格199.00吗", FactKind.Amount, "199.00")]
    [InlineData("给50块钱", FactKind.Amount, "50块钱")]
    [InlineData("明天能到吗", FactKind.Date, "明天")]
    [InlineData("我明天要用，能发顺丰吗", FactKind.Date, "明天")] // 明天 begins the longer cue 明天要用 and must not be hidden by it
    [InlineData("11月20日发货", FactKind.Date, "11月20日")]
    [InlineData("2024年11月20日买的", FactKind.Date, "2024年11月20日")]
    [InlineData("2024-11-20下单", FactKind.Date, "2024-11-20")]
    [InlineData("说好20号发", FactKind.Date, "20号")]
    [InlineData("3天内能到吗", FactKind.Duration, "3天内")]
    [InlineData("1-3个工作日退回", FactKind.Duration, "1-3个工作日")]
    [InlineData("等了两周了", FactKind.Duration, "两周")]
    [InlineData("24小时内处理", FactKind.Duration, "24小时内")]
    [InlineData("有XL码吗", FactKind.Size, "XL码")]
    [InlineData("要38码的鞋", FactKind.Size, "38码")]
    [InlineData("换成均码", FactKind.Size, "均码")]
    [InlineData("想要红色的", FactKind.Colour, "红色")]
    [InlineData("有玫瑰金吗", FactKind.Colour, "玫瑰金")]
    [InlineData("iPhone15Pro的壳", FactKind.Model, "iPhone15Pro")]
    [InlineData("iPhone 15 Pro Max能用吗", FactKind.Model, "iPhone 15 Pro Max")]
    [InlineData("小米14有货吗", FactKind.Model, "小米14")]
    [InlineData("华为Mate60的膜", FactKind.Model, "华为Mate60")]
    [InlineData("买2件", FactKind.Quantity, "2件")]
    [InlineData("要三双", FactKind.Quantity, "三双")]
    [InlineData("寄到北京市朝阳区建国路88号", FactKind.Address, "北京市朝阳区建国路88号")]
    [InlineData("收货地址：幸福小区5栋302，谢谢", FactKind.Address, "幸福小区5栋302")]
    [InlineData("手机+8613812345678", FactKind.PhoneNumber, "8613812345678")]
    public void Facts_AreFound_WithExactOffsets(string text, FactKind kind, string value)
    {
        var fact = Single(text, kind);
        Assert.Equal(value, fact.Value);
        Assert.Equal(value, text.Substring(fact.Start, fact.Length));
    }

    [Theory]
    [InlineData("我有一个问题")]
    [InlineData("在吗")]
    [InlineData("好的谢谢")]
    public void Facts_NoneInPlainChat(string text) => Assert.Empty(Analyzer.Analyze(text).Facts);

    [Fact]
    public void Facts_ElevenDigitsAfterOrderCue_IsOrderNotPhone()
    {
        var f = Single("订单号13812345678", FactKind.OrderNumber);
        Assert.Equal("13812345678", f.Value);
    }

    [Fact]
    public void Facts_DoNotOverlap_AndAreInTextOrder()
    {
        var facts = Analyzer.Analyze("明天能发货吗？3天内能到吗，买2件iPhone15Pro 共¥199.00，手机13812345678").Facts;
        Assert.Equal([FactKind.Date, FactKind.Duration, FactKind.Quantity, FactKind.Model, FactKind.Amount, FactKind.PhoneNumber], facts.Select(f => f.Kind));
        for (var i = 1; i < facts.Count; i++)
        {
            Assert.True(facts[i - 1].End <= facts[i].Start);
        }
    }

    [Fact]
    public void Intensifier_RaisesIntensity()
    {
        var plain = Analyzer.Analyze("满意").Emotion;
        var strong = Analyzer.Analyze("非常满意").Emotion;
        Assert.Equal(CustomerEmotion.Satisfied, strong.Label);
        Assert.True(strong.Intensity > plain.Intensity);
        Assert.True(Analyzer.Analyze("太失望了").Emotion.Intensity > Analyzer.Analyze("失望").Emotion.Intensity);
        Assert.True(Analyzer.Analyze("有点失望").Emotion.Intensity < Analyzer.Analyze("失望").Emotion.Intensity);
    }

    [Fact]
    public void Negation_FlipsPraise_AndSoftensWithAdverb()
    {
        var notSatisfied = Analyzer.Analyze("不满意").Emotion;
        var notVerySatisfied = Analyzer.Analyze("不是很满意").Emotion;
        Assert.Equal(EmotionPolarity.Positive, Analyzer.Analyze("满意").Emotion.Polarity);
        Assert.Equal(CustomerEmotion.Dissatisfied, notSatisfied.Label);
        Assert.Equal(CustomerEmotion.Dissatisfied, notVerySatisfied.Label);
        Assert.True(notVerySatisfied.Intensity < notSatisfied.Intensity);
        Assert.Equal(CustomerEmotion.Dissatisfied, Analyzer.Analyze("不太喜欢").Emotion.Label);
    }

    [Theory]
    [InlineData("非常高兴", CustomerEmotion.Satisfied)]   // jieba keeps 非常高兴 as one token: 非常 is split off
    [InlineData("太棒了", CustomerEmotion.Satisfied)]     // one token ending in a particle
    [InlineData("太过分了", CustomerEmotion.Angry)]       // an intent-only compound inherits the emotion of its tail
    [InlineData("退款还没到", CustomerEmotion.Anxious)]
    public void FusedTokens_And_Compounds_KeepTheirEmotion(string text, CustomerEmotion label)
    {
        var e = Analyzer.Analyze(text).Emotion;
        Assert.Equal(label, e.Label);
    }

    [Fact]
    public void FusedIntensifier_CountsLikeASeparateOne()
    {
        Assert.True(Analyzer.Analyze("非常高兴").Emotion.Intensity > Analyzer.Analyze("高兴").Emotion.Intensity);
        Assert.True(Analyzer.Analyze("太过分了").Emotion.Intensity > Analyzer.Analyze("过分").Emotion.Intensity);
    }

    [Fact]
    public void DoubleNegation_IsNotNegative()
    {
        Assert.NotEqual(EmotionPolarity.Negative, Analyzer.Analyze("没有不满").Emotion.Polarity);
        Assert.NotEqual(EmotionPolarity.Negative, Analyzer.Analyze("一点都不失望").Emotion.Polarity);
    }

    [Fact]
    public void Negation_StopsAtClauseBoundary()
    {
        Assert.Equal(EmotionPolarity.Positive, Analyzer.Analyze("不，满意").Emotion.Polarity);
    }

    [Fact]
    public void Sarcasm_PositiveWordBeforeDefect_IsNegative()
    {
        var r = Analyzer.Analyze("真是太好了,又坏了");
        Assert.Equal(EmotionPolarity.Negative, r.Emotion.Polarity);
        Assert.True(r.HasIntent(MessageIntent.AfterSales));
        Assert.False(r.HasIntent(MessageIntent.Praise));
    }

    [Fact]
    public void Punctuation_And_RepeatedCharacters_RaiseIntensity()
    {
        var calm = Analyzer.Analyze("太慢了").Emotion.Intensity;
        Assert.True(Analyzer.Analyze("太慢了!!!").Emotion.Intensity > calm);
        Assert.True(Analyzer.Analyze("太慢了！！！").Emotion.Intensity > calm);
        Assert.True(Analyzer.Analyze("太慢了？？？").Emotion.Intensity > calm);
        Assert.True(Analyzer.Analyze("太慢了啊啊啊").Emotion.Intensity > calm);
        Assert.Equal(CustomerEmotion.Angry, Analyzer.Analyze("东西坏了！！！").Emotion.Label);
    }

    [Fact]
    public void Emoji_CarryEmotion()
    {
        Assert.Equal(CustomerEmotion.Angry, Analyzer.Analyze("😡").Emotion.Label);
        Assert.Equal(CustomerEmotion.Satisfied, Analyzer.Analyze("👍").Emotion.Label);
        Assert.Equal(CustomerEmotion.Disappointed, Analyzer.Analyze("[大哭]").Emotion.Label);
        Assert.True(Analyzer.Analyze("😡😡😡").Emotion.Intensity > Analyzer.Analyze("😡").Emotion.Intensity);
        Assert.Equal(MessageIntent.Other, Analyzer.Analyze("👍👍").PrimaryIntent);
    }

    [Theory]
    [InlineData("垃圾", AbuseSeverity.Mild)]
    [InlineData("骗子客服", AbuseSeverity.Moderate)]
    [InlineData("傻逼客服", AbuseSeverity.Severe)]
    [InlineData("你好，请问有货吗", AbuseSeverity.None)]
    [InlineData("怎么操作退货", AbuseSeverity.None)]
    public void Abuse_HasSeverity(string text, AbuseSeverity severity)
    {
        var r = Analyzer.Analyze(text);
        Assert.Equal(severity, r.AbuseSeverity);
        Assert.Equal(severity != AbuseSeverity.None, r.IsAbusive);
    }

    [Theory]
    [InlineData("再不处理我就打12315", ThreatKind.Regulator, "12315")]
    [InlineData("我要投诉你们", ThreatKind.Platform, "我要投诉")]
    [InlineData("不退款就给差评", ThreatKind.Review, "给差评")]
    [InlineData("我要去网上曝光", ThreatKind.Media, "网上曝光")]
    [InlineData("我要起诉", ThreatKind.Legal, "起诉")]
    public void Threats_AreFound_AndMakeAComplaint(string text, ThreatKind kind, string cue)
    {
        var r = Analyzer.Analyze(text);
        var t = r.Threats.First(t => t.Kind == kind);
        Assert.Equal(cue, t.Cue);
        Assert.Equal(cue, text.Substring(t.Start, t.Length));
        Assert.True(r.HasIntent(MessageIntent.Complaint));
    }

    [Theory]
    [InlineData("我不想给差评")]
    [InlineData("这件315元，能便宜点吗")]
    [InlineData("我在微博上看到你们的广告")]
    public void NotAThreat(string text) => Assert.Empty(Analyzer.Analyze(text).Threats);

    [Theory]
    [InlineData("请问这款保温杯有红色吗", MessageIntent.Inquiry)]
    [InlineData("地址填错了，能改一下吗", MessageIntent.OrderAndPayment)]
    [InlineData("什么时候发货", MessageIntent.Logistics)]
    [InlineData("杯子破损了，我要退货", MessageIntent.AfterSales)]
    [InlineData("客服态度太差了，我要投诉", MessageIntent.Complaint)]
    [InlineData("质量很好，五星好评", MessageIntent.Praise)]
    [InlineData("在吗", MessageIntent.Other)]
    [InlineData("", MessageIntent.Other)]
    public void Intents_PrimaryIsRecognised(string text, MessageIntent intent) =>
        Assert.Equal(intent, Analyzer.Analyze(text).PrimaryIntent);

    [Fact]
    public void Intents_AreMultiLabel_SortedByScore()
    {
        var r = Analyzer.Analyze("坏了三次了！！还让我自己寄回去？投诉！");
        Assert.True(r.HasIntent(MessageIntent.Complaint));
        Assert.True(r.HasIntent(MessageIntent.AfterSales));
        for (var i = 1; i < r.Intents.Count; i++)
        {
            Assert.True(r.Intents[i - 1].Score >= r.Intents[i].Score);
        }

        Assert.All(r.Intents, i => Assert.InRange(i.Score, 0.0, 1.0));
    }

    [Fact]
    public void Missing_OrderNumberAndPhotos_ForDamagedGoods_PointsToGuidanceTemplate()
    {
        var r = Analyzer.Analyze("收到的杯子破损了，要退货");
        Assert.Equal([MissingInfo.OrderNumber, MissingInfo.Photos], r.Missing);
        Assert.Equal("guidance.order-and-photos", r.GuidanceTemplateId);
    }

    [Fact]
    public void Missing_Nothing_WhenOrderAndPhotosGiven()
    {
        var r = Analyzer.Analyze("订单号123456789012345678，杯子破损了，照片发你了，要退货");
        Assert.Empty(r.Missing);
        Assert.Null(r.GuidanceTemplateId);
    }

    [Fact]
    public void Missing_OrderNumber_ForComplaintWithoutOrder()
    {
        var r = Analyzer.Analyze("你们客服态度太差了，我要投诉");
        Assert.Contains(MissingInfo.OrderNumber, r.Missing);
        Assert.Equal(AnalysisOptions.DefaultGuidanceTemplateId, r.GuidanceTemplateId);
        Assert.Empty(Analyzer.Analyze("请问有红色吗").Missing);
    }

    [Fact]
    public void NegatedDefect_IsNotADefect()
    {
        var r = Analyzer.Analyze("很满意，没有色差");
        Assert.Equal(CustomerEmotion.Satisfied, r.Emotion.Label);
        Assert.False(r.HasIntent(MessageIntent.AfterSales));
    }

    [Fact]
    public void Redact_SeesTheSameFactsAsAnalyze_IncludingUserOrderPatterns()
    {
        // A shop whose order numbers look like mobile numbers: Analyze calls it an order, so Redact must not mask it.
        var analyzer = new CustomerMessageAnalyzer(new AnalysisOptions
        {
            OrderNumberRegexes = [new Regex(@"券码1\d{10}", RegexOptions.CultureInvariant)],
        });
        const string text = "券码13812345678还没到";
        Assert.Contains(analyzer.Analyze(text).Facts, f => f.Kind == FactKind.OrderNumber);
        Assert.Same(text, analyzer.Redact(text));
    }

    [Fact]
    public void Redact_MasksPhoneAndAddress_OnlyInTheCopy()
    {
        const string text = "手机13812345678，地址是北京市朝阳区建国路88号3单元501室，尽快发货";
        var redacted = Analyzer.Redact(text);
        Assert.Equal("手机138****5678，地址是[地址]，尽快发货", redacted);
        Assert.Equal("电话138-****-5678", Analyzer.Redact("电话138-1234-5678"));
        const string plain = "请问有货吗";
        Assert.Same(plain, Analyzer.Redact(plain));
    }

    [Fact]
    public void EmptyMessage_IsNeutralOther()
    {
        var r = Analyzer.Analyze(string.Empty);
        Assert.Equal(MessageIntent.Other, r.PrimaryIntent);
        Assert.Equal(new EmotionReading(CustomerEmotion.Neutral, 0), r.Emotion);
        Assert.Empty(r.Facts);
        Assert.Empty(r.Missing);
    }

    [Fact]
    public void LongMessage_IsAnalysedInRoughlyLinearTime()
    {
        var sb = new System.Text.StringBuilder();
        while (sb.Length < 200_000)
        {
            sb.Append("订单号123456789012345678破损了，非常失望！！北京市朝阳区建国路88号13812345678 SF1234567890123 XL码红色2件；");
        }

        var text = sb.ToString();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var r = Analyzer.Analyze(text);
        _ = Analyzer.Redact(text);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.True(r.Facts.Count > 10_000);
    }

    [Fact]
    public void NullMessage_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Analyzer.Analyze(null!));
        Assert.Throws<ArgumentNullException>(() => Analyzer.Redact(null!));
    }

    [Fact]
    public void Options_CustomOrderPattern_WithPrefix()
    {
        var analyzer = new CustomerMessageAnalyzer(new AnalysisOptions
        {
            OrderNumberPatterns = [.. OrderNumberPattern.Defaults, new OrderNumberPattern("shop", "DD", 10, 12, requiresCue: false)],
        });
        var f = Assert.Single(analyzer.Analyze("我的单DD1234567890怎么还没发").Facts);
        Assert.Equal((FactKind.OrderNumber, "DD1234567890"), (f.Kind, f.Value));
        Assert.DoesNotContain(Analyzer.Analyze("我的单DD1234567890怎么还没发").Facts, x => x.Kind == FactKind.OrderNumber);
    }

    [Fact]
    public void Options_OrderRegex_WinsOverBuiltInFacts()
    {
        var analyzer = new CustomerMessageAnalyzer(new AnalysisOptions
        {
            OrderNumberRegexes = [new Regex(@"NO\.\d{8}", RegexOptions.Compiled | RegexOptions.CultureInvariant)],
        });
        var f = Assert.Single(analyzer.Analyze("订单NO.12345678有问题").Facts);
        Assert.Equal((FactKind.OrderNumber, "NO.12345678", 2), (f.Kind, f.Value, f.Start));
    }

    [Fact]
    public void Options_ExtraLexicon_AddsAndRemovesWords()
    {
        var extra = AnalysisLexicon.Parse("""
            { "schemaVersion": 1, "locale": "zh-CN", "name": "test", "emotions": { "Angry": { "离大谱": 0.9 } }, "abuse": { "Moderate": [ "憨批" ] }, "remove": [ "垃圾" ] }
            """, "test-lexicon");
        var analyzer = new CustomerMessageAnalyzer(new AnalysisOptions { ExtraLexicons = [extra] });
        Assert.Equal(CustomerEmotion.Angry, analyzer.Analyze("离大谱").Emotion.Label);
        Assert.Equal(AbuseSeverity.Moderate, analyzer.Analyze("憨批").AbuseSeverity);
        Assert.Equal(AbuseSeverity.None, analyzer.Analyze("垃圾").AbuseSeverity);
        Assert.Equal(AbuseSeverity.Mild, Analyzer.Analyze("垃圾").AbuseSeverity);
    }

    [Theory]
    [InlineData("{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"emotions\": { \"Furious\": { \"x\": 0.5 } } }", "$.emotions.Furious")]
    [InlineData("{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"emotions\": { \"Angry\": { \"x\": 1.5 } } }", "$.emotions.Angry.x")]
    [InlineData("{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"abuse\": { \"Mild\": [ 3 ] } }", "$.abuse.Mild[0]")]
    [InlineData("{ \"bogus\": [] }", "$.bogus")]
    [InlineData("{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"trackingPrefixes\": [ { \"prefix\": \"S1\", \"minDigits\": 3, \"maxDigits\": 4 } ] }", "$.trackingPrefixes[0].prefix")]
    [InlineData("[1, 2", "malformed JSON")]
    public void Lexicon_BadData_NamesSourceAndJsonPath(string json, string where)
    {
        var ex = Assert.Throws<AnalysisLexiconException>(() => AnalysisLexicon.Parse(json, "bad.json"));
        Assert.StartsWith("bad.json: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(where, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lexicon_Default_IsLoadedFromEmbeddedJson()
    {
        Assert.True(AnalysisLexicon.Default.WordCount > 1000);
        Assert.Equal("embedded:analysis-lexicon.zh-CN.json", AnalysisLexicon.Default.Source);
    }

    [Fact]
    public void Options_Invalid_AreRejectedByName()
    {
        var ex = Assert.Throws<ArgumentException>(() => new CustomerMessageAnalyzer(new AnalysisOptions { IntentThreshold = 2 }));
        Assert.Contains("IntentThreshold", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new OrderNumberPattern("x", "", 5, 3, false));
    }
}
