using System.Text.RegularExpressions;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Tests.Segmentation;

/// <summary>
/// Behaviour of <see cref="ChineseSegmenter"/>. Expected tokens below were produced by Python jieba 0.42.1
/// (Debian python3-jieba): <c>/usr/bin/python3 -c "import jieba; print(jieba.lcut('...'))"</c>.
/// The full fidelity corpus lives with the fidelity tests.
/// </summary>
public sealed class ChineseSegmenterTests
{
    private static readonly ChineseSegmenter Segmenter = ChineseSegmenter.Default;

    [Theory]
    [InlineData("我来到北京清华大学", "我/来到/北京/清华大学")]
    [InlineData("他来到了网易杭研大厦", "他/来到/了/网易/杭研/大厦")]
    [InlineData("小明硕士毕业于中国科学院计算所，后在日本京都大学深造", "小明/硕士/毕业/于/中国科学院/计算所/，/后/在/日本京都大学/深造")]
    [InlineData("亲，XL码¥199.00还有吗？😊", "亲/，/XL/码/¥/199.00/还有/吗/？/😊")]
    [InlineData("iPhone15Pro价格3.5%优惠", "iPhone15Pro/价格/3.5%/优惠")]
    [InlineData("我们中出了一个叛徒", "我们/中出/了/一个/叛徒")]
    [InlineData("南京市长江大桥", "南京市/长江大桥")]
    [InlineData("C++和C#都是语言", "C++/和/C#/都/是/语言")]
    [InlineData("结婚的和尚未结婚的", "结婚/的/和/尚未/结婚/的")]
    public void Cut_WithHmm_MatchesJieba(string text, string expected)
        => Assert.Equal(expected.Split('/'), Segmenter.Cut(text));

    [Theory]
    [InlineData("他来到了网易杭研大厦", "他/来到/了/网易/杭/研/大厦")]
    [InlineData("小明硕士毕业于中国科学院计算所", "小/明/硕士/毕业/于/中国科学院/计算所")]
    [InlineData("亲，XL码¥199.00还有吗？😊", "亲/，/XL/码/¥/199/./00/还有/吗/？/😊")]
    [InlineData("iPhone15Pro价格3.5%优惠", "iPhone15Pro/价格/3/./5/%/优惠")]
    [InlineData("我们中出了一个叛徒", "我们/中/出/了/一个/叛徒")]
    public void Cut_WithoutHmm_MatchesJieba(string text, string expected)
        => Assert.Equal(expected.Split('/'), Segmenter.Cut(text, hmm: false));

    [Theory]
    [InlineData("我来到北京清华大学", "我/来到/北京/清华/清华大学/华大/大学")]
    [InlineData("南京市长江大桥", "南京/南京市/京市/市长/长江/长江大桥/大桥")]
    [InlineData("结婚的和尚未结婚的", "结婚/的/和尚/尚未/未结/结婚/的")]
    [InlineData("亲，XL码¥199.00还有吗？😊", "亲/，/XL/码/¥/199/./00/还有/吗/？😊")]
    public void CutAll_MatchesJieba(string text, string expected)
        => Assert.Equal(expected.Split('/'), Segmenter.CutAll(text));

    [Fact]
    public void CutAll_KeepsJiebasEmptyPiecesAroundWhitespace()
        => Assert.Equal(new[] { "a", "", " ", "", " ", "", "b", "", "\r\n", "", "c" }, Segmenter.CutAll("a  b\r\nc"));

    [Theory]
    [InlineData("我来到北京清华大学", "我/来到/北京/清华/华大/大学/清华大学")]
    [InlineData("小明硕士毕业于中国科学院计算所，后在日本京都大学深造", "小明/硕士/毕业/于/中国/科学/学院/科学院/中国科学院/计算/计算所/，/后/在/日本/京都/大学/日本京都大学/深造")]
    [InlineData("南京市长江大桥", "南京/京市/南京市/长江/大桥/长江大桥")]
    public void CutForSearch_MatchesJieba(string text, string expected)
        => Assert.Equal(expected.Split('/'), Segmenter.CutForSearch(text));

    [Fact]
    public void Tokenize_SearchMode_GivesGramOffsetsBeforeTheWord()
    {
        var tokens = Segmenter.Tokenize("南京市长江大桥", TokenizeMode.Search);
        Assert.Equal(
            new[] { new Token("南京", 0, 2), new Token("京市", 1, 3), new Token("南京市", 0, 3), new Token("长江", 3, 5), new Token("大桥", 5, 7), new Token("长江大桥", 3, 7) },
            tokens);
    }

    [Fact]
    public void Tokenize_Default_GivesContiguousOffsets()
    {
        var tokens = Segmenter.Tokenize("他来到了网易杭研大厦");
        Assert.Equal(
            new[] { new Token("他", 0, 1), new Token("来到", 1, 3), new Token("了", 3, 4), new Token("网易", 4, 6), new Token("杭研", 6, 8), new Token("大厦", 8, 10) },
            tokens);
    }

    [Fact]
    public void Tokenize_CountsUtf16CodeUnits_ForSurrogatePairs()
    {
        // jieba would say (😊, 1, 2), (好, 2, 3): it counts code points. We count UTF-16 code units.
        var tokens = Segmenter.Tokenize("亲😊好");
        Assert.Equal(new[] { new Token("亲", 0, 1), new Token("😊", 1, 3), new Token("好", 3, 4) }, tokens);
    }

    [Theory]
    [InlineData("a  b\r\nc", "a| | |b|\r\n|c")]
    [InlineData("\r\r\n\n", "\r|\r\n|\n")]
    [InlineData("好\u3000的\u00A0了\u2003吗", "好|\u3000|的|\u00A0|了|\u2003|吗")]
    [InlineData("𠀀𠀁 CJK", "𠀀|𠀁| |CJK")]
    [InlineData("e\u0301好", "e|\u0301|好")]
    [InlineData("\u0001\u007F中", "\u0001|\u007F|中")]
    public void Cut_OutsideHanBlocks_YieldsWhitespaceUnitsAndSingleCodePoints(string text, string expected)
        => Assert.Equal(expected.Split('|'), Segmenter.Cut(text));

    [Fact]
    public void Cut_LoneSurrogates_AreSingleTokens()
    {
        string text = "好\uD83D客\uDE0A服\uDE0A\uD83D";
        Assert.Equal(new[] { "好", "\uD83D", "客", "\uDE0A", "服", "\uDE0A", "\uD83D" }, Segmenter.Cut(text));
    }

    [Fact]
    public void Cut_EmptyText_GivesNoTokens()
    {
        Assert.Empty(Segmenter.Cut(string.Empty));
        Assert.Empty(Segmenter.CutAll(string.Empty));
        Assert.Empty(Segmenter.CutForSearch(string.Empty));
        Assert.Empty(Segmenter.Tokenize(string.Empty));
        int count = 0;
        foreach (var unused in Segmenter.EnumerateTokens(ReadOnlySpan<char>.Empty))
        {
            count++;
        }

        Assert.Equal(0, count);
    }

    [Fact]
    public void NullText_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Segmenter.Cut(null!));
        Assert.Throws<ArgumentNullException>(() => Segmenter.CutAll(null!));
        Assert.Throws<ArgumentNullException>(() => Segmenter.CutForSearch(null!));
        Assert.Throws<ArgumentNullException>(() => Segmenter.Tokenize(null!));
        Assert.Throws<ArgumentNullException>(() => new ChineseSegmenter(null!));
    }

    [Fact]
    public void Tokenize_UnknownMode_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Segmenter.Tokenize("好", (TokenizeMode)7));

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EnumerateTokens_EqualsCut(bool hmm)
    {
        const string text = "您好，您的订单20231125123456已发货，顺丰单号SF1234567890，预计明天送达😊 有问题随时联系我们哦~";
        var ranges = new List<string>();
        foreach (TokenRange r in Segmenter.EnumerateTokens(text, hmm))
        {
            ranges.Add(text.Substring(r.Start, r.Length));
        }

        Assert.Equal(Segmenter.Cut(text, hmm), ranges);
    }

    [Fact]
    public void EnumerateTokens_FortyCharacterMessage_AllocatesNothing()
    {
        string message = "亲，您买的XL码羽绒服¥199.00已经发货啦，单号SF1234567890请注意查收哦😊";
        int Count()
        {
            int n = 0;
            foreach (TokenRange r in Segmenter.EnumerateTokens(message))
            {
                n += r.Length;
            }

            return n;
        }

        Assert.Equal(message.Length, Count()); // warm up: dictionary, HMM, pool
        long before = GC.GetAllocatedBytesForCurrentThread();
        int total = 0;
        for (int i = 0; i < 100; i++)
        {
            total += Count();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(100 * message.Length, total);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Cut_OneMegabyteWithoutPunctuation_CoversTheInput()
    {
        var random = new Random(42);
        var chars = new char[1 << 20];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = (char)random.Next(0x4E00, 0x9FD6);
        }

        string text = new(chars);
        var tokens = Segmenter.Cut(text);
        Assert.Equal(text, string.Concat(tokens));
    }

    [Fact]
    public void EnumerateTokens_TenMegabyteSingleLine_CoversTheInput()
    {
        const string pattern = "中文分词的客服您好abc12.5%🙂 ，南京市长江大桥";
        var chars = new char[10_000_000];
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = pattern[(int)((long)i * 7919 % pattern.Length)];
        }

        int expectedStart = 0;
        bool contiguous = true;
        foreach (TokenRange r in Segmenter.EnumerateTokens(chars))
        {
            contiguous &= r.Start == expectedStart && r.Length > 0;
            expectedStart = r.End;
        }

        Assert.True(contiguous);
        Assert.Equal(chars.Length, expectedStart);
    }

    [Fact]
    public void Default_UsesTheDefaultLexicon()
    {
        Assert.Same(Lexicon.Default, ChineseSegmenter.Default.Lexicon);
        Assert.Same(ChineseSegmenter.Default, ChineseSegmenter.Default);
    }

    [Fact]
    public void Segmenter_OverCustomLexicon_SeesLaterChanges()
    {
        var lexicon = Lexicon.CreateDefaultCopy();
        var segmenter = new ChineseSegmenter(lexicon);
        Assert.Equal(new[] { "杭", "研" }, segmenter.Cut("杭研", hmm: false));
        lexicon.AddWord("杭研");
        Assert.Equal(new[] { "杭研" }, segmenter.Cut("杭研", hmm: false));
        Assert.Equal(new[] { "杭", "研" }, ChineseSegmenter.Default.Cut("杭研", hmm: false));
    }

    [Fact]
    public void HanBlockClass_MatchesJiebasRegexForEveryCodeUnit()
    {
        var regex = new Regex(@"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]", RegexOptions.CultureInvariant);
        var mismatches = new List<int>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (regex.IsMatch(((char)c).ToString()) != CharClass.IsHanDefault((char)c))
            {
                mismatches.Add(c);
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void WhitespaceClass_IsPythons()
    {
        // [c for c in range(0x110000) if re.match(r'\s', chr(c))] under CPython 3.11.
        int[] python = [0x9, 0xA, 0xB, 0xC, 0xD, 0x1C, 0x1D, 0x1E, 0x1F, 0x20, 0x85, 0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003,
            0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000];
        var ours = new List<int>();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (CharClass.IsPythonWhitespace((char)c))
            {
                ours.Add(c);
            }
        }

        Assert.Equal(python, ours);
    }
}
