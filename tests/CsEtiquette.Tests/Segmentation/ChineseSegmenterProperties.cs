using CsEtiquette.Segmentation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CsEtiquette.Tests.Segmentation;

/// <summary>Hostile-Unicode generators for segmenter properties.</summary>
public static class SegmenterArbitraries
{
    // Han (common and dictionary-rich), ASCII alnum and jieba's block symbols, whitespace of every kind Python's \s
    // knows (and some it does not), full-width punctuation, combining marks, control characters, lone surrogates.
    private static readonly string[] Pieces =
    [
        "的", "客", "服", "您", "好", "亲", "订", "单", "号", "退", "款", "南京市", "长江大桥", "中国科学院", "清华大学", "杭研",
        "a", "Z", "0", "9", "iPhone", "15", "Pro", "XL", "199.00", "3.5%", "+", "#", "&", ".", "_", "%", "-",
        " ", "\t", "\n", "\r", "\r\n", "\u3000", "\u00A0", "\u2003", "\u200B", "\u0085", "\u001C", "\u000B",
        "，", "。", "！", "？", "¥", "…", "—", "（", "）", "【", "】",
        "\u0301", "\u0300", "\u0001", "\u007F", "\u0000",
        "😊", "👍", "\U00020000", "\U0002A6A5",
        "\uD83D", "\uDE0A", "\uD800", "\uDFFF",
        "\u9FD5", "\u9FD6", "\u4E00", "\u4DFF",
    ];

    /// <summary>Strings built from the pieces above plus arbitrary UTF-16 code units.</summary>
    public static Arbitrary<string> HostileText()
    {
        Gen<string> piece = Gen.Frequency(
            (6, Gen.Elements(Pieces)),
            (2, Gen.Choose(0x4E00, 0x9FD5).Select(c => ((char)c).ToString())),
            (1, Gen.Choose(0, 0xFFFF).Select(c => ((char)c).ToString())));
        Gen<string> text = Gen.ListOf(piece).Select(string.Concat);
        return Arb.From(text);
    }
}

/// <summary>Properties of <see cref="ChineseSegmenter"/> over any input.</summary>
[Properties(Arbitrary = new[] { typeof(SegmenterArbitraries) }, MaxTest = 300)]
public sealed class ChineseSegmenterProperties
{
    private static readonly ChineseSegmenter Segmenter = ChineseSegmenter.Default;

    [Property]
    public bool Cut_ConcatenatesBackToInput(string text, bool hmm)
        => text is null || string.Concat(Segmenter.Cut(text, hmm)) == text;

    [Property]
    public bool Cut_TokensAreNonEmpty(string text, bool hmm)
        => text is null || Segmenter.Cut(text, hmm).All(t => t.Length > 0);

    [Property]
    public bool Tokenize_OffsetsAreContiguousAndMatchTheText(string text, bool hmm)
    {
        if (text is null)
        {
            return true;
        }

        int expected = 0;
        foreach (var token in Segmenter.Tokenize(text, TokenizeMode.Default, hmm))
        {
            if (token.Start != expected || token.End <= token.Start || text[token.Start..token.End] != token.Word)
            {
                return false;
            }

            expected = token.End;
        }

        return expected == text.Length;
    }

    [Property]
    public bool TokenizeSearch_EveryTokenIsItsSliceOfTheText(string text, bool hmm)
        => text is null || Segmenter.Tokenize(text, TokenizeMode.Search, hmm).All(t => text[t.Start..t.End] == t.Word);

    [Property]
    public bool TokenizeSearch_ContainsTheDefaultTokensInOrder(string text, bool hmm)
    {
        if (text is null)
        {
            return true;
        }

        var search = Segmenter.Tokenize(text, TokenizeMode.Search, hmm);
        var words = Segmenter.Tokenize(text, TokenizeMode.Default, hmm);
        int j = 0;
        foreach (var token in search)
        {
            if (j < words.Count && token == words[j])
            {
                j++;
            }
        }

        return j == words.Count;
    }

    [Property]
    public bool EnumerateTokens_EqualsTokenize(string text, bool hmm)
    {
        if (text is null)
        {
            return true;
        }

        var expected = Segmenter.Tokenize(text, TokenizeMode.Default, hmm);
        int i = 0;
        foreach (TokenRange r in Segmenter.EnumerateTokens(text, hmm))
        {
            if (i >= expected.Count || expected[i].Start != r.Start || expected[i].End != r.End)
            {
                return false;
            }

            i++;
        }

        return i == expected.Count;
    }

    [Property]
    public bool CutAll_TokensAreSubstringsOfTheInput(string text)
        => text is null || Segmenter.CutAll(text).All(t => text.Contains(t, StringComparison.Ordinal));

    [Property]
    public bool AllModes_AreDeterministic(string text, bool hmm)
        => text is null
            || (Segmenter.Cut(text, hmm).SequenceEqual(Segmenter.Cut(text, hmm))
                && Segmenter.CutAll(text).SequenceEqual(Segmenter.CutAll(text))
                && Segmenter.CutForSearch(text, hmm).SequenceEqual(Segmenter.CutForSearch(text, hmm)));

    [Property(MaxTest = 20)]
    public bool ParallelCalls_EqualSequentialOnes(string[] texts)
    {
        if (texts is null)
        {
            return true;
        }

        string[] inputs = texts.Where(t => t is not null).ToArray();
        var sequential = inputs.Select(t => string.Join('|', Segmenter.Cut(t)) + "#" + string.Join('|', Segmenter.CutForSearch(t, false))).ToArray();
        var parallel = new string[inputs.Length * 8];
        Parallel.For(0, parallel.Length, i =>
        {
            string t = inputs[i % inputs.Length];
            parallel[i] = string.Join('|', Segmenter.Cut(t)) + "#" + string.Join('|', Segmenter.CutForSearch(t, false));
        });
        return parallel.Select((p, i) => p == sequential[i % inputs.Length]).All(x => x);
    }

    [Property(MaxTest = 50)]
    public bool Cut_WithUserWords_StillConcatenatesBackToInput(string text, string word)
    {
        if (text is null || string.IsNullOrEmpty(word) || word.Length >= 64)
        {
            return true; // dictionary words are capped at 64 characters (word + "的" must fit too)
        }

        var lexicon = Lexicon.CreateDefaultCopy();
        lexicon.AddWord(word);
        lexicon.AddWord(word + "的", 5);
        lexicon.DeleteWord("客服");
        var segmenter = new ChineseSegmenter(lexicon);
        return string.Concat(segmenter.Cut(text)) == text
            && string.Concat(segmenter.Cut(text + word, false)) == text + word
            && segmenter.CutAll(text).All(t => text.Contains(t, StringComparison.Ordinal));
    }
}
