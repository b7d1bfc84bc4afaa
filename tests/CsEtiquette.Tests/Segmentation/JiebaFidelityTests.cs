using System.Globalization;
using System.Text;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Tests.Segmentation;

/// <summary>
/// Token-identical output with Python jieba 0.42.1 (Debian python3-jieba) over our chat corpus, the seeds' lines and
/// synthetic edge lines, in every mode. The expected tokens are committed in
/// <c>TestData/segmentation/jieba-expected.jsonl</c>; after editing <c>chat-corpus.txt</c> (or the seeds, or the
/// synthetic list in the script) regenerate them from the repository root with
/// <c>/usr/bin/python3 tests/CsEtiquette.Tests/TestData/segmentation/generate_expected.py [--seeds DIR]</c>.
/// </summary>
public sealed class JiebaFidelityTests
{
    private const int MismatchesShown = 8;

    public static TheoryData<string> Modes => new(JiebaExpectedCorpus.Modes);

    [Theory]
    [MemberData(nameof(Modes))]
    public void Segmenter_IsTokenIdenticalToPythonJieba(string mode)
    {
        var corpus = JiebaExpectedCorpus.Instance;
        var segmenter = ChineseSegmenter.Default;
        var failures = new StringBuilder();
        var mismatched = 0;
        foreach (var record in corpus.Records)
        {
            var expected = record.Modes[mode];
            IReadOnlyList<string> actual;
            try
            {
                actual = Run(segmenter, mode, record.Text);
            }
#pragma warning disable CA1031 // a thrown exception is one more mismatch to report with the others
            catch (Exception ex)
#pragma warning restore CA1031
            {
                actual = [$"<threw {ex.GetType().Name}: {ex.Message}>"];
            }

            if (expected.SequenceEqual(actual, StringComparer.Ordinal))
            {
                continue;
            }

            mismatched++;
            if (mismatched <= MismatchesShown)
            {
                TokenDiff.AppendMismatch(failures, record.ToString(), record.Text, expected, actual);
            }
        }

        Assert.True(
            mismatched == 0,
            $"mode {mode}: {mismatched} of {corpus.Records.Count} lines differ from Python jieba {corpus.JiebaVersion} "
            + $"(first {Math.Min(mismatched, MismatchesShown)} shown; tokens are ⟦escaped⟧ and joined with ' / ')\n{failures}");
    }

    [Fact]
    public void ExpectedFile_IsUpToDateWithTheCorpusFiles()
    {
        var records = JiebaExpectedCorpus.Instance.Records;
        foreach (var (source, file) in new[] { ("chat", "chat-corpus.txt"), ("seeds", "seeds-corpus.txt") })
        {
            var lines = JiebaExpectedCorpus.ReadCorpusLines(file);
            var texts = records.Where(r => r.Source == source).Select(r => r.Text).ToList();
            Assert.True(
                lines.SequenceEqual(texts, StringComparer.Ordinal),
                $"{file} ({lines.Count} lines) and jieba-expected.jsonl ({texts.Count} '{source}' lines) disagree; "
                + JiebaExpectedCorpus.RegenerateHint);
        }

        Assert.Equal("0.42.1", JiebaExpectedCorpus.Instance.JiebaVersion);
    }

    [Fact]
    public void ChatCorpus_HasAtLeast300DistinctRealisticLines()
    {
        var lines = JiebaExpectedCorpus.ReadCorpusLines("chat-corpus.txt");
        Assert.True(lines.Count >= 300, $"chat-corpus.txt has {lines.Count} lines");
        Assert.Equal(lines.Count, lines.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(lines, l => l.Length == 0 || l.Contains('\r', StringComparison.Ordinal));

        // The corpus must keep exercising the features the issue lists.
        var all = string.Join('\n', lines);
        string[] needles =
        [
            "iPhone15Pro", "XL码", "38码", "¥199.00", "199元", "9.9折", "50%", "11月20日", "SF1234567890",
            "订单号：E20231120-0045", "202611240001", "https://shop.example.com/item?id=123&sku=4",
            "😊", "🙏", "😡", "👍🏻", "\u200d", "木有", "神马", "肿么", "\t", "\u3000", "\u00a0", "「", "（", "?", "!",
        ];
        foreach (var needle in needles)
        {
            Assert.True(all.Contains(needle, StringComparison.Ordinal), $"chat-corpus.txt lost '{TokenDiff.Escape(needle)}'");
        }
    }

    [Fact]
    public void TokenizeOffsets_ExpectedAreConvertedFromCodePointsToUtf16()
    {
        // "👍🏻好评" is 2 code points of emoji (4 UTF-16 units) before 好评: Python says (2, 4), we must say (4, 6).
        var record = JiebaExpectedCorpus.Instance.Records.First(r => r.Text == "👍🏻👍🏻👍🏻好评好评，下次还来");
        Assert.Contains(JiebaExpectedCorpus.FormatToken("好评", 12, 14), record.Modes["tokenize"]);
        Assert.Equal([0, 2, 3, 5], JiebaExpectedCorpus.CodePointToUtf16Offsets("😀a😀"));
    }

    // \r\n cannot sit inside a line of the corpus file; these come from the generator's synthetic lines too,
    // but are spelled out here so the rule is readable: jieba keeps "\r\n" as ONE token, a lone \r or \n as one.
    [Theory]
    [InlineData("第一行\r\n第二行", new[] { "第一行", "\r\n", "第二行" })]
    [InlineData("\r\n\r\n", new[] { "\r\n", "\r\n" })]
    [InlineData("单独的\r回车和单独的\n换行", new[] { "单独", "的", "\r", "回车", "和", "单独", "的", "\n", "换行" })]
    [InlineData("abc\ndef 和 123\n456", new[] { "abc", "\n", "def", " ", "和", " ", "123", "\n", "456" })]
    public void Cut_KeepsCrLfAsOneToken_AsJiebaDoes(string text, string[] expected)
    {
        Assert.Equal(expected, ChineseSegmenter.Default.Cut(text, hmm: true));
    }

    private static IReadOnlyList<string> Run(ChineseSegmenter segmenter, string mode, string text) => mode switch
    {
        "cut" => segmenter.Cut(text, hmm: true),
        "cut_nohmm" => segmenter.Cut(text, hmm: false),
        "cut_all" => segmenter.CutAll(text),
        "search" => segmenter.CutForSearch(text, hmm: true),
        "search_nohmm" => segmenter.CutForSearch(text, hmm: false),
        "tokenize" => Format(segmenter.Tokenize(text, TokenizeMode.Default, hmm: true)),
        "tokenize_nohmm" => Format(segmenter.Tokenize(text, TokenizeMode.Default, hmm: false)),
        "tokenize_search" => Format(segmenter.Tokenize(text, TokenizeMode.Search, hmm: true)),
        "tokenize_search_nohmm" => Format(segmenter.Tokenize(text, TokenizeMode.Search, hmm: false)),
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "unknown mode"),
    };

    private static List<string> Format(IReadOnlyList<Token> tokens) =>
        tokens.Select(t => JiebaExpectedCorpus.FormatToken(t.Word, t.Start, t.End)).ToList();
}
