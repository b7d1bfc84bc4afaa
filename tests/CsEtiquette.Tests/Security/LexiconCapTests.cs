using CsEtiquette.Segmentation;

namespace CsEtiquette.Tests.Security;

/// <summary>Issue #17 defect 6: dictionary words are capped, so a long word cannot take quadratic memory.</summary>
public sealed class LexiconCapTests
{
    [Fact]
    public void AddWord_AtTheCap_Works_AndOneOverIsRefused()
    {
        var lex = Lexicon.CreateDefaultCopy();
        lex.AddWord(new string('测', Lexicon.MaxWordLength), 10);
        Assert.Equal(10, lex.GetFrequency(new string('测', Lexicon.MaxWordLength)));
        var ex = Assert.Throws<ArgumentException>(() => lex.AddWord(new string('测', 20_000)));
        Assert.Contains(Lexicon.MaxWordLength.ToString(System.Globalization.CultureInfo.InvariantCulture), ex.Message, StringComparison.Ordinal);
        Assert.Null(lex.GetFrequency(new string('测', 20_000)));
    }

    [Fact]
    public void UserDictionary_LongWord_IsAFormatErrorNamingTheLine()
    {
        var lex = Lexicon.CreateDefaultCopy();
        var text = "好词 10\n" + new string('长', 100_000) + " 5\n";
        var ex = Assert.Throws<LexiconFormatException>(() => lex.LoadUserDictionary(new StringReader(text), "user.dict"));
        Assert.Equal(2, ex.LineNumber);
        Assert.True(ex.Message.Length < 1_000, "the message quotes a clipped line");
        Assert.Null(lex.GetFrequency("好词")); // all or nothing
    }

    [Fact]
    public void UserDictionary_EndlessLine_FailsFast()
    {
        var lex = Lexicon.CreateDefaultCopy();
        var ex = Assert.Throws<LexiconFormatException>(() => lex.LoadUserDictionary(new EndlessReader(), "/dev/zero"));
        Assert.Equal(1, ex.LineNumber);
    }

    [Fact]
    public void FullDictionary_LongWord_IsAFormatError()
    {
        var ex = Assert.Throws<LexiconFormatException>(() => Lexicon.Load(new StringReader("a 1\n" + new string('b', 65) + " 3\n"), "dict.txt"));
        Assert.Equal(2, ex.LineNumber);
    }

    [Fact]
    public void AddWord_MemoryIsLinear_InTheNumberOfWords()
    {
        // Entries stored (words plus new prefixes) per added word stay bounded by the cap at any count.
        foreach (var n in (int[])[100, 400, 1_600])
        {
            var lex = Lexicon.CreateDefaultCopy();
            var before = lex.Data.OverlayCount;
            for (var i = 0; i < n; i++)
            {
                lex.AddWord($"词{i:D6}" + new string('长', Lexicon.MaxWordLength - 7), 1);
            }

            var perWord = (double)(lex.Data.OverlayCount - before) / n;
            Assert.True(perWord <= Lexicon.MaxWordLength, $"{n} words: {perWord} entries per word");
        }
    }

    private sealed class EndlessReader : TextReader
    {
        public override int Peek() => 0;

        public override int Read() => 0;
    }
}
