using System.Text.Json;
using CsEtiquette.Analysis;
using CsEtiquette.Linting;
using CsEtiquette.Segmentation;
using CsEtiquette.Segmentation.JiebaNet;
using CsEtiquette.Tests.Linting;
using Microsoft.Extensions.DependencyInjection;

namespace CsEtiquette.Tests.Segmentation;

/// <summary>
/// CsEtiquette.Segmentation.JiebaNet: the adapter keeps the <see cref="IChineseSegmenter"/> contract and the linter and
/// analyzer tests that matter pass through it (jieba.NET's Resources/ are copied by the package's build file).
/// </summary>
public sealed class JiebaNetAdapterTests
{
    private static readonly JiebaNetSegmenter Jieba = JiebaNetSegmenter.Default;
    private static readonly ReplyLinter Linter = new(new LintOptions { Segmenter = Jieba });
    private static readonly CustomerMessageAnalyzer Analyzer = new(new AnalysisOptions { Segmenter = Jieba });

    [Theory]
    [InlineData("他来到了网易杭研大厦", "他/来到/了/网易/杭研/大厦")]
    [InlineData("南京市长江大桥", "南京市/长江大桥")]
    [InlineData("我们是中国人", "我们/是/中国/人")]
    public void Cut_MatchesJieba(string text, string expected)
    {
        Assert.Equal(expected, string.Join('/', Jieba.Cut(text)));
        Assert.Equal(expected, string.Join('/', ChineseSegmenter.Default.Cut(text)));
    }

    [Fact]
    public void Emoji_IsSplitIntoLoneSurrogates_UnlikeTheBuiltInSegmenter()
    {
        // Documented difference (docs/segmentation.md): jieba.NET works on UTF-16 code units.
        Assert.Equal(["我", "很", "喜欢", "\uD83D", "\uDE0A", "这个"], Jieba.Cut("我很喜欢😊这个"));
        Assert.Equal(["我", "很", "喜欢", "😊", "这个"], ChineseSegmenter.Default.Cut("我很喜欢😊这个"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("你好")]
    [InlineData("我很喜欢😊这个\r\n订单号123456，退款还没到！！")]
    [InlineData("   ")]
    public void Tokenize_Span_KeepsTheContract(string text)
    {
        IChineseSegmenter s = Jieba;
        using var e = s.EnumerateTokens(text); // checks non-empty, contiguous, covering
        Assert.Equal(Jieba.Cut(text).Count, e.Count);
        Assert.Equal(e.Count, s.Tokenize(text, Span<TokenRange>.Empty, hmm: true));
        var small = new TokenRange[Math.Min(1, e.Count)];
        Assert.Equal(e.Count, s.Tokenize(text, small, hmm: true));
        Assert.Equal(e.Ranges[..small.Length].ToArray(), small);
    }

    [Fact]
    public void TokenizeString_And_CutModes_Work()
    {
        Assert.Equal([new Token("南京市", 0, 3), new Token("长江大桥", 3, 7)], Jieba.Tokenize("南京市长江大桥"));
        Assert.Contains("长江", Jieba.CutForSearch("南京市长江大桥"));
        Assert.Contains("市长", Jieba.CutAll("南京市长江大桥"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Jieba.Tokenize("x", (TokenizeMode)9));
    }

    [Fact]
    public void UseResourceDirectory_WithoutDict_Throws()
    {
        var dir = Directory.CreateTempSubdirectory("cse-jiebanet-").FullName;
        var e = Assert.Throws<FileNotFoundException>(() => JiebaNetSegmenter.UseResourceDirectory(dir));
        Assert.Contains("dict.txt", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddCsEtiquette_WithTheAdapterRegistered_EnginesUseIt()
    {
        using var sp = new ServiceCollection().AddSingleton<IChineseSegmenter>(Jieba).AddCsEtiquette().BuildServiceProvider();
        Assert.Same(Jieba, sp.GetRequiredService<ReplyLinter>().Segmenter);
        Assert.Same(Jieba, Assert.IsType<CustomerMessageAnalyzer>(sp.GetRequiredService<ICustomerMessageAnalyzer>()).Segmenter);
        Assert.Contains(sp.GetRequiredService<IReplyLinter>().Lint("你不能退款").Findings, f => f.RuleId == "CSE005");
    }

    // The linter tests that matter, through jieba.NET: every phrase to avoid is still flagged by its rule ...
    [Theory]
    [MemberData(nameof(LintTestData.FlaggedRows), MemberType = typeof(LintTestData))]
    public void Lint_Flags_PhraseToAvoid(string rule, string draft, string expected)
    {
        _ = expected;
        bool complaint = draft.StartsWith('!');
        string text = complaint ? draft[1..] : draft;
        var report = Linter.Lint(text, new LintContext { IsComplaint = complaint });
        Assert.Contains(report.Findings, f => f.RuleId == rule);
    }

    // ... and no polite reply is flagged.
    [Theory]
    [MemberData(nameof(LintTestData.PoliteReplies), MemberType = typeof(LintTestData))]
    public void Lint_DoesNotFlag_PoliteReply(string reply)
    {
        var report = Linter.Lint(reply);
        Assert.True(!report.HasFindings, $"{reply} → {string.Join("; ", report.Findings.Select(f => $"{f.RuleId} '{f.MatchedText}'"))}");
    }

    // The analyzer: the labelled set gets the same emotion and intents through jieba.NET as through the built-in
    // segmenter on at least 98 % of messages (segmentation differs on emoji and a few HMM ties).
    [Fact]
    public void Analyzer_LabelledMessages_AgreeWithTheBuiltInSegmenter()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "analysis", "labelled-messages.jsonl");
        int total = 0, same = 0;
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0))
        {
            var text = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
            var a = CustomerMessageAnalyzer.Default.Analyze(text);
            var b = Analyzer.Analyze(text);
            total++;
            if (a.Emotion.Label.Equals(b.Emotion.Label) && a.Intents.Select(i => i.Intent).SequenceEqual(b.Intents.Select(i => i.Intent)))
            {
                same++;
            }
        }

        Assert.True(total >= 100, $"only {total} labelled messages");
        Assert.True(same >= total * 0.98, $"{same}/{total} agree");
    }
}
