using CsEtiquette.Analysis;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CsEtiquette.Tests.Analysis;

public sealed class CustomerMessageAnalyzerProperties
{
    private static readonly CustomerMessageAnalyzer Analyzer = CustomerMessageAnalyzer.Default;

    private static readonly string[] Pieces =
    [
        "订单号", "123456789012345678", "13812345678", "SF1234567890123", "¥199", "199元", "199.00", "明天", "3天内", "11月20日",
        "XL码", "红色", "iPhone15Pro", "2件", "不", "没有", "非常", "太", "满意", "失望", "!!!", "？？？", "😡", "👍", "\uD83D",
        "\uDE00", "a\u0301", "\U00020000", "北京市朝阳区建国路88号", "，", " ", "\n", "垃圾", "投诉", "12315", "差评", "坏了", "又",
        "-", "年", "月", "号", "码", "元", "1", "99", "X", "[怒]", "[", "真是太好了", "的", "吗",
    ];

    /// <summary>Hostile messages: domain pieces, lone surrogates, combining marks, CJK ext-B, digits glued together.</summary>
    private static Arbitrary<string> Messages() =>
        Arb.From(Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)));

    // Every emotion word of the default lexicon.
    private static readonly string[] EmotionWords = [.. AnalysisLexicon.Default.Emotions.Keys.Order(StringComparer.Ordinal)];
    private static readonly string[] Contexts = ["", "我", "这次", "东西", "收到了，", "客服", "你们", "物流", "说实话", "。"];

    [Property]
    public bool Analyze_NeverThrows_OnAnyString(NonNull<string> s)
    {
        _ = Analyzer.Analyze(s.Get);
        _ = Analyzer.Redact(s.Get);
        return true;
    }

    [Property]
    public Property Analyze_NeverThrows_OnHostileMessages() =>
        Prop.ForAll(Messages(), m =>
        {
            var r = Analyzer.Analyze(m);
            return r.Intents.Count > 0 && r.Emotion.Intensity is >= 0 and <= 1;
        });

    [Property]
    public Property Facts_LieInsideText_AndEqualTheirValue() =>
        Prop.ForAll(Messages(), m =>
        {
            var facts = Analyzer.Analyze(m).Facts;
            var previousEnd = 0;
            foreach (var f in facts)
            {
                if (f.Start < previousEnd || f.Length < 1 || f.End > m.Length || m.Substring(f.Start, f.Length) != f.Value)
                {
                    return false;
                }

                previousEnd = f.End;
            }

            return true;
        });

    [Property]
    public bool Facts_LieInsideText_OnAnyString(NonNull<string> s)
    {
        foreach (var f in Analyzer.Analyze(s.Get).Facts)
        {
            if (f.Start < 0 || f.End > s.Get.Length || s.Get.Substring(f.Start, f.Length) != f.Value)
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public Property AddingFeichang_BeforeAnEmotionWord_NeverLowersIntensity() =>
        Prop.ForAll(
            Arb.From(Gen.Elements(Contexts)),
            Arb.From(Gen.Elements(EmotionWords)),
            Arb.From(Gen.Elements(Contexts)),
            (before, word, after) =>
            {
                var plain = Analyzer.Analyze(before + word + after).Emotion.Intensity;
                var strong = Analyzer.Analyze(before + "非常" + word + after).Emotion.Intensity;
                return (strong >= plain).Label($"{before}[非常]{word}{after}: {plain} -> {strong}");
            });

    [Fact]
    public void AddingFeichang_NeverLowersIntensity_ForEveryLexiconEmotionWord()
    {
        var failures = new List<string>();
        foreach (var word in EmotionWords)
        {
            foreach (var before in Contexts)
            {
                var plain = Analyzer.Analyze(before + word).Emotion.Intensity;
                var strong = Analyzer.Analyze(before + "非常" + word).Emotion.Intensity;
                if (strong < plain)
                {
                    failures.Add($"{before}[非常]{word}: {plain} -> {strong}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)) + $"\n({failures.Count} in all)");
    }

    [Property]
    public Property Analyze_IsDeterministic() =>
        Prop.ForAll(Messages(), m =>
        {
            var a = Analyzer.Analyze(m);
            var b = new CustomerMessageAnalyzer().Analyze(m);
            return a.Intents.SequenceEqual(b.Intents) && a.Emotion == b.Emotion && a.Facts.SequenceEqual(b.Facts)
                && a.Missing.SequenceEqual(b.Missing) && a.Threats.SequenceEqual(b.Threats) && a.AbuseSeverity == b.AbuseSeverity
                && Analyzer.Redact(m) == Analyzer.Redact(m);
        });

    [Property]
    public bool Evidence_LiesInsideText_AndEqualsTheSubstring_OnAnyString(NonNull<string> s) => EvidenceIsExact(s.Get);

    [Property]
    public Property Evidence_LiesInsideText_OnHostileMessages() => Prop.ForAll(Messages(), EvidenceIsExact);

    [Property(MaxTest = 30)]
    public Property Analyze_IsDeterministic_IncludingEvidence() =>
        Prop.ForAll(Messages(), m => Analyzer.Analyze(m).Evidence.SequenceEqual(new CustomerMessageAnalyzer().Analyze(m).Evidence));

    [Theory]
    [InlineData("地址")]
    [InlineData("收货地址：北京市朝阳区")]
    [InlineData("非常不满意！！！")]
    [InlineData("\uD83D")]
    [InlineData("哈")]
    [InlineData("#E-s49")]
    public void FeatureExtraction_IsLinear_AtThreeSizes(string piece)
    {
        // Operation counts, not wall time: the features scored grow in proportion to the text.
        var c1 = Analyzer.FeatureCount(Repeat(piece, 2_000));
        var c2 = Analyzer.FeatureCount(Repeat(piece, 8_000));
        var c3 = Analyzer.FeatureCount(Repeat(piece, 32_000));
        Assert.InRange(c2, 3.5 * c1, 4.5 * c1);
        Assert.InRange(c3, 3.5 * c2, 4.5 * c2);
        Assert.True(c3 <= (12 * 32_000) + 64, $"{c3} features for 32k chars");
    }

    [Fact]
    public void OneMegabyteLine_WithLoneSurrogates_IsAnalysed()
    {
        var text = Repeat("漏水了\uD83D 地址 在吗？\uDE00!!", 1 << 20);
        var r = Analyzer.Analyze(text);
        Assert.True(r.Intents.Count > 0);
        Assert.True(EvidenceIsExact(text));
    }

    private static string Repeat(string piece, int size)
    {
        var sb = new System.Text.StringBuilder(size + piece.Length);
        while (sb.Length < size)
        {
            sb.Append(piece);
        }

        return sb.ToString(0, size);
    }

    private static bool EvidenceIsExact(string m)
    {
        foreach (var e in Analyzer.Analyze(m).Evidence)
        {
            if (e.Start < 0 || e.Length < 1 || e.End > m.Length || m.Substring(e.Start, e.Length) != e.Text
                || e.Toward is not ("negative" or "positive" or "Inquiry" or "OrderAndPayment" or "Logistics" or "AfterSales" or "Complaint" or "Praise"))
            {
                return false;
            }
        }

        return true;
    }
}
