using System.Text.Json;
using CsEtiquette.Analysis;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CsEtiquette.Tests.Analysis;

/// <summary>
/// The #14 fast path (features recorded once, scored and explained from the records by <c>FeatureScorer</c>) against the
/// reference path it replaced (<c>ScoreSink</c>, then a second extraction into <c>EvidenceSink</c>, kept internal as
/// <c>AnalyzeReference</c>): logits bit for bit, and every result field including evidence, on the chat train split
/// and on hostile strings. Works for any model of the same format (nothing here depends on the weights).
/// </summary>
public sealed class FastPathEquivalenceTests
{
    private static readonly CustomerMessageAnalyzer Analyzer = CustomerMessageAnalyzer.Default;

    private static readonly string[] Pieces =
    [
        "订单号", "123456789012345678", "13812345678", "¥199", "明天", "不", "没有", "非常", "太", "满意", "失望", "!!!", "？？？",
        "😡", "👍", "\uD83D", "\uDE00", "a\u0301", "\U00020000", "，", " ", "垃圾", "投诉", "12315", "差评", "坏了", "[怒]", "#E-s49",
        "好用吗", "退款", "快递", "发货", "谢谢", "啊啊啊", "…", "~~", "在吗", "有货吗", "色差", "破损了",
    ];

    public static IEnumerable<object[]> TrainMessages()
    {
        var path = Path.Combine(RepoRoot(), "data", "chat", "train.jsonl");
        var i = 0;
        foreach (var line in File.ReadLines(path))
        {
            // Every 4th line: ~1,200 real-style messages of every label, short chat lines and long reviews.
            if (i++ % 4 == 0)
            {
                using var doc = JsonDocument.Parse(line);
                yield return [doc.RootElement.GetProperty("text").GetString()!];
            }
        }
    }

    [Fact]
    public void FastPath_Equals_ReferencePath_OnTrainMessages()
    {
        var failures = new List<string>();
        var n = 0;
        foreach (var row in TrainMessages())
        {
            var m = (string)row[0];
            n++;
            if (Difference(m) is { } d)
            {
                failures.Add($"{m}: {d}");
            }
        }

        Assert.True(n > 1000, $"only {n} messages read");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)) + $"\n({failures.Count} of {n})");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("我的订单号123456789012345678，杯子收到就破损了，非常失望！！！")]
    [InlineData("在吗 这个有货吗")]
    [InlineData("\uD800")]
    public void FastPath_Equals_ReferencePath_OnEdgeMessages(string message) => Assert.Null(Difference(message));

    [Fact]
    public void FastPath_Equals_ReferencePath_OnALongMessage()
    {
        // More features than the recorder's first buffer: the pooled buffer grows.
        var m = string.Concat(Enumerable.Repeat("收到的杯子破损了，客服也不回复，非常失望！！！😡 ", 200));
        Assert.Null(Difference(m));
    }

    [Property]
    public Property FastPath_Equals_ReferencePath_OnHostileMessages() =>
        Prop.ForAll(Arb.From(Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts))), m => Difference(m) is null);

    [Property]
    public bool FastPath_Equals_ReferencePath_OnAnyString(NonNull<string> s) => Difference(s.Get) is null;

    /// <summary>Null when both paths agree exactly; otherwise what differs.</summary>
    private static string? Difference(string m)
    {
        Span<float> fast = stackalloc float[AnalysisModel.OutputCount];
        Span<float> slow = stackalloc float[AnalysisModel.OutputCount];
        Analyzer.LogitsFromRecords(m, fast);
        Analyzer.Logits(m, slow);
        for (var k = 0; k < fast.Length; k++)
        {
            if (BitConverter.SingleToInt32Bits(fast[k]) != BitConverter.SingleToInt32Bits(slow[k]))
            {
                return $"logit {k}: {fast[k]:R} vs {slow[k]:R}";
            }
        }

        var a = Analyzer.Analyze(m);
        var b = Analyzer.AnalyzeReference(m);
        if (!a.Intents.SequenceEqual(b.Intents))
        {
            return "intents";
        }

        if (a.Emotion != b.Emotion || a.Issue != b.Issue || a.IsComplaint != b.IsComplaint || a.AbuseSeverity != b.AbuseSeverity
            || a.GuidanceTemplateId != b.GuidanceTemplateId)
        {
            return "emotion/issue/complaint/abuse/guidance";
        }

        if (!a.Facts.SequenceEqual(b.Facts) || !a.Missing.SequenceEqual(b.Missing) || !a.Threats.SequenceEqual(b.Threats))
        {
            return "facts/missing/threats";
        }

        return a.Evidence.SequenceEqual(b.Evidence)
            ? null
            : "evidence: " + string.Join(", ", a.Evidence) + " vs " + string.Join(", ", b.Evidence);
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CsEtiquette.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
