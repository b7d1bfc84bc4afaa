using CsEtiquette.Segmentation;

namespace CsEtiquette.Tests.Segmentation;

/// <summary>
/// Behaviour of <see cref="Lexicon"/>. Expected frequencies come from Python jieba 0.42.1
/// (<c>jieba.dt.FREQ.get(w)</c>, <c>jieba.dt.total</c>, <c>jieba.suggest_freq</c>).
/// </summary>
public sealed class LexiconTests
{
    private const string JiebaDictionary = "/usr/lib/python3/dist-packages/jieba/dict.txt";

    [Fact]
    public void Default_HasJiebasTotalAndFrequencies()
    {
        Assert.Equal(60101967, Lexicon.Default.Total);
        Assert.Equal(2046, Lexicon.Default.GetFrequency("南京市"));
        Assert.Equal(0, Lexicon.Default.GetFrequency("清华大")); // a prefix of 清华大学 only
        Assert.Null(Lexicon.Default.GetFrequency("杭研"));
        Assert.True(Lexicon.Default.IsReadOnly);
    }

    [Fact]
    public void Default_RejectsChanges_PointingToCreateDefaultCopy()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Lexicon.Default.AddWord("杭研"));
        Assert.Contains("CreateDefaultCopy", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Lexicon.Default.DeleteWord("南京市"));
        Assert.Throws<InvalidOperationException>(() => Lexicon.Default.LoadUserDictionary(new StringReader("杭研 5")));
        Assert.Null(Lexicon.Default.GetFrequency("杭研"));
    }

    [Fact]
    public void CreateDefaultCopy_ChangesNeverReachDefault()
    {
        var copy = Lexicon.CreateDefaultCopy();
        Assert.False(copy.IsReadOnly);
        copy.AddWord("蓝牙耳机套装");
        copy.DeleteWord("南京市");
        Assert.Equal(1, copy.GetFrequency("蓝牙耳机套装"));
        Assert.Equal(0, copy.GetFrequency("南京市"));
        Assert.Null(Lexicon.Default.GetFrequency("蓝牙耳机套装"));
        Assert.Equal(2046, Lexicon.Default.GetFrequency("南京市"));
        Assert.Equal(new[] { "南京市", "长江大桥" }, ChineseSegmenter.Default.Cut("南京市长江大桥"));
        Assert.Equal(new[] { "南京", "市", "长江大桥" }, new ChineseSegmenter(copy).Cut("南京市长江大桥"));
        Assert.Null(Lexicon.CreateDefaultCopy().GetFrequency("蓝牙耳机套装"));
    }

    [Fact]
    public void AddWord_WithoutFrequency_SuggestsOneThatJoinsTheWord_AsJieba()
    {
        var lexicon = Lexicon.CreateDefaultCopy();
        var segmenter = new ChineseSegmenter(lexicon);
        Assert.Equal(new[] { "蓝牙", "耳机", "套装" }, segmenter.Cut("蓝牙耳机套装"));
        lexicon.AddWord("蓝牙耳机套装", tag: "nz");
        Assert.Equal(new[] { "我", "买", "的", "蓝牙耳机套装" }, segmenter.Cut("我买的蓝牙耳机套装", hmm: false));
        Assert.Equal("nz", lexicon.GetTag("蓝牙耳机套装"));
        Assert.Equal(60101968, lexicon.Total); // jieba: total += freq
        Assert.Equal(0, lexicon.GetFrequency("蓝牙耳机套")); // new prefixes get frequency 0
    }

    [Fact]
    public void SuggestFrequency_MatchesJieba()
    {
        Assert.Equal(1, Lexicon.Default.SuggestFrequency("杭研"));
        Assert.Equal(3, Lexicon.Default.SuggestFrequency(new[] { "中", "出" }));
        Assert.Equal(0, Lexicon.Default.SuggestFrequency(new[] { "南京", "市长" }));
    }

    [Fact]
    public void DeleteWord_MakesTheHmmSplitTheWordToo()
    {
        var lexicon = Lexicon.CreateDefaultCopy();
        var segmenter = new ChineseSegmenter(lexicon);
        Assert.Equal(new[] { "我们", "中出", "了", "一个", "叛徒" }, segmenter.Cut("我们中出了一个叛徒"));
        lexicon.AddWord("中出", 0);
        Assert.Equal(new[] { "我们", "中", "出", "了", "一个", "叛徒" }, segmenter.Cut("我们中出了一个叛徒"));
        lexicon.DeleteWord("我们");
        Assert.Equal(0, lexicon.GetFrequency("我们"));
        Assert.Equal(new[] { "我", "们", "中", "出", "了", "一个", "叛徒" }, segmenter.Cut("我们中出了一个叛徒"));
    }

    [Fact]
    public void AddWord_RejectsBadArguments()
    {
        var lexicon = Lexicon.CreateDefaultCopy();
        Assert.Throws<ArgumentNullException>(() => lexicon.AddWord(null!));
        Assert.Throws<ArgumentException>(() => lexicon.AddWord(string.Empty));
        Assert.Throws<ArgumentOutOfRangeException>(() => lexicon.AddWord("好", -1));
        Assert.Throws<ArgumentNullException>(() => lexicon.DeleteWord(null!));
        Assert.Throws<ArgumentNullException>(() => lexicon.GetFrequency(null!));
        Assert.Throws<ArgumentNullException>(() => lexicon.LoadUserDictionary((TextReader)null!));
        Assert.Throws<ArgumentNullException>(() => Lexicon.Load((string)null!));
    }

    [Fact]
    public void LoadUserDictionary_ReadsJiebaFormat()
    {
        var lexicon = Lexicon.CreateDefaultCopy();
        lexicon.LoadUserDictionary(new StringReader("\uFEFF云计算 5\n\n李小福 2 nr\n创新办 3 i\n easy_install 3 eng \n好用 300\n韩玉赏鉴 3 nz\n八一双鹿\n台中\n凱特琳 nz\n"));
        Assert.Equal(5, lexicon.GetFrequency("云计算"));
        Assert.Equal(2, lexicon.GetFrequency("李小福"));
        Assert.Equal("nr", lexicon.GetTag("李小福"));
        Assert.Equal(3, lexicon.GetFrequency("easy_install"));
        Assert.Equal("nz", lexicon.GetTag("凱特琳"));
        Assert.True(lexicon.GetFrequency("八一双鹿") > 0);
        var segmenter = new ChineseSegmenter(lexicon);
        Assert.Equal(
            new[] { "李小福", "是", "创新办", "主任", "也", "是", "云计算", "方面", "的", "专家" },
            segmenter.Cut("李小福是创新办主任也是云计算方面的专家"));
    }

    [Theory]
    [InlineData("好词 0", 2, "positive")]
    [InlineData("好词 -5", 2, "positive integer")]
    [InlineData("好词 1.5", 2, "positive integer")]
    [InlineData("好词 99999999999", 2, "too large")]
    [InlineData("好\t词 3", 2, "control character")]
    public void LoadUserDictionary_RejectsMalformedLines_NamingLineAndText(string badLine, int lineNumber, string reason)
    {
        var lexicon = Lexicon.CreateDefaultCopy();
        var e = Assert.Throws<LexiconFormatException>(() => lexicon.LoadUserDictionary(new StringReader("第一词 3\n" + badLine + "\n第三词\n"), "shop.dict"));
        Assert.Equal(lineNumber, e.LineNumber);
        Assert.Equal("shop.dict", e.SourceName);
        Assert.Contains("line 2", e.Message, StringComparison.Ordinal);
        Assert.Contains(badLine.Trim(), e.Message, StringComparison.Ordinal);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.Null(lexicon.GetFrequency("第一词")); // nothing applied
    }

    [Fact]
    public void LoadUserDictionary_FromFile_NamesTheFileInErrors()
    {
        string path = Path.Combine(Path.GetTempPath(), $"cse-userdict-{Guid.NewGuid():N}.txt");
        try
        {
            File.WriteAllText(path, "店铺词 10 n\n坏行 0\n");
            var lexicon = Lexicon.CreateDefaultCopy();
            var e = Assert.Throws<LexiconFormatException>(() => lexicon.LoadUserDictionary(path));
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
            File.WriteAllText(path, "店铺词 10 n\n");
            lexicon.LoadUserDictionary(path);
            Assert.Equal(10, lexicon.GetFrequency("店铺词"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_CustomDictionary_ReplacesTheEmbeddedOne()
    {
        var lexicon = Lexicon.Load(new StringReader("客服 100 n\n客服中心 50 n\n中心 80 n\n您好 30 l\n"), "tiny.dict");
        Assert.Equal(260, lexicon.Total);
        Assert.Equal(0, lexicon.GetFrequency("客服中"));
        Assert.Null(lexicon.GetFrequency("南京市"));
        var segmenter = new ChineseSegmenter(lexicon);
        Assert.Equal(new[] { "您好", "客服中心" }, segmenter.Cut("您好客服中心", hmm: false));
        Assert.Equal(new[] { "您好", "客服", "客服中心", "中心" }, segmenter.CutAll("您好客服中心"));
    }

    [Theory]
    [InlineData("客服\n", 1)]
    [InlineData("客服 100\n中心 abc\n", 2)]
    [InlineData("客服 100\n\n中心 -3\n", 3)]
    public void Load_RejectsMalformedLines(string content, int lineNumber)
    {
        var e = Assert.Throws<LexiconFormatException>(() => Lexicon.Load(new StringReader(content), "bad.dict"));
        Assert.Equal(lineNumber, e.LineNumber);
        Assert.Contains("bad.dict", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_JiebasDictTxt_SegmentsLikeTheEmbeddedData()
    {
        if (!File.Exists(JiebaDictionary))
        {
            return; // python3-jieba absent (the build normally installs it)
        }

        var loaded = Lexicon.Load(JiebaDictionary);
        Assert.Equal(Lexicon.Default.Total, loaded.Total);
        var a = new ChineseSegmenter(loaded);
        const string text = "小明硕士毕业于中国科学院计算所，后在日本京都大学深造。他来到了网易杭研大厦，我们中出了一个叛徒。";
        Assert.Equal(ChineseSegmenter.Default.Cut(text), a.Cut(text));
        Assert.Equal(ChineseSegmenter.Default.CutAll(text), a.CutAll(text));
        Assert.Equal(Lexicon.Default.GetFrequency("清华大"), loaded.GetFrequency("清华大"));
    }

    [Fact]
    public async Task ConcurrentWriterAndReaders_SeeConsistentStates()
    {
        var lexicon = Lexicon.CreateDefaultCopy();
        var segmenter = new ChineseSegmenter(lexicon);
        const string text = "这款蓝牙耳机套装的客服中心电话是多少";
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            int n = 0;
            while (!stop.IsCancellationRequested || n < 10)
            {
                Assert.Equal(text, string.Concat(segmenter.Cut(text)));
                n++;
            }
        })).ToArray();
        for (int i = 0; i < 50; i++)
        {
            lexicon.AddWord("词" + i, 10 + i);
        }

        lexicon.AddWord("蓝牙耳机套装");
        stop.Cancel();
        await Task.WhenAll(readers);
        Assert.Contains("蓝牙耳机套装", segmenter.Cut(text));
        Assert.Equal(59, lexicon.GetFrequency("词49"));
    }

    [Fact]
    public void EmbeddedIdf_IsJiebasIdfTxtUnchanged()
    {
        using var reader = new StreamReader(CsEtiquette.Insights.IdfResource.Open(), System.Text.Encoding.UTF8);
        Assert.Equal("劳动防护 13.900677652", reader.ReadLine());
        int lines = 1;
        while (reader.ReadLine() is not null)
        {
            lines++;
        }

        Assert.Equal(270132, lines); // 270,131 newlines; the last line has none
    }
}
