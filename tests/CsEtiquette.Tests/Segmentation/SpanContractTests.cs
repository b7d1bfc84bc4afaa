using CsEtiquette.Segmentation;
using FsCheck.Xunit;

namespace CsEtiquette.Tests.Segmentation;

/// <summary>
/// The span-level <see cref="IChineseSegmenter"/> contract: <c>Tokenize(text, destination, hmm)</c> and its
/// "buffer too small" protocol, and <see cref="ChineseSegmenterExtensions.EnumerateTokens"/> over any implementation.
/// </summary>
[Properties(Arbitrary = new[] { typeof(SegmenterArbitraries) }, MaxTest = 300)]
public sealed class SpanContractTests
{
    private static readonly ChineseSegmenter Segmenter = ChineseSegmenter.Default;

    private static TokenRange[] Streamed(string text, bool hmm)
    {
        var list = new List<TokenRange>();
        foreach (var r in Segmenter.EnumerateTokens(text, hmm))
        {
            list.Add(r);
        }

        return [.. list];
    }

    [Property]
    public bool Tokenize_IntoLargeEnoughBuffer_WritesTheEnumeratorsRanges(string text, bool hmm)
    {
        if (text is null)
        {
            return true;
        }

        var buffer = new TokenRange[text.Length];
        int n = Segmenter.Tokenize(text, buffer, hmm);
        return buffer.AsSpan(0, n).SequenceEqual(Streamed(text, hmm)) && n == Segmenter.Cut(text, hmm).Count;
    }

    [Property]
    public bool Tokenize_IntoTooSmallBuffer_ReturnsTheFullCountAndWritesAPrefix(string text, bool hmm, byte size)
    {
        if (text is null)
        {
            return true;
        }

        var expected = Streamed(text, hmm);
        var buffer = new TokenRange[Math.Min(size % 8, expected.Length)];
        int n = Segmenter.Tokenize(text, buffer, hmm);
        return n == expected.Length && buffer.AsSpan().SequenceEqual(expected.AsSpan(0, buffer.Length));
    }

    [Property]
    public bool EnumerateTokens_ThroughTheInterface_YieldsTheSameRanges(string text, bool hmm)
    {
        if (text is null)
        {
            return true;
        }

        IChineseSegmenter segmenter = Segmenter;
        var list = new List<TokenRange>();
        foreach (var r in segmenter.EnumerateTokens(text, hmm))
        {
            list.Add(r);
        }

        return list.SequenceEqual(Streamed(text, hmm));
    }

    [Fact]
    public void Tokenize_EmptyDestination_Counts()
    {
        Assert.Equal(Segmenter.Cut("我们是中国人，你好").Count, Segmenter.Tokenize("我们是中国人，你好", Span<TokenRange>.Empty, hmm: true));
        Assert.Equal(0, Segmenter.Tokenize(ReadOnlySpan<char>.Empty, Span<TokenRange>.Empty, hmm: true));
    }

    [Fact]
    public void EnumerateTokens_Interface_RangesAndCount()
    {
        IChineseSegmenter segmenter = Segmenter;
        using var e = segmenter.EnumerateTokens("我们是中国人");
        Assert.Equal(4, e.Count); // jieba: 我们/是/中国/人
        Assert.Equal([new TokenRange(0, 2), new TokenRange(2, 1), new TokenRange(3, 2), new TokenRange(5, 1)], e.Ranges.ToArray());
    }

    [Fact]
    public void EnumerateTokens_SegmenterAsksForMoreOnce_IsCalledAgainWithALargerBuffer()
    {
        var s = new FakeSegmenter((text, dest, call) =>
        {
            // First call: claims it needs more than the buffer holds (legal per protocol), then fits.
            if (call == 0)
            {
                return dest.Length + 2;
            }

            for (int i = 0; i < text.Length; i++)
            {
                dest[i] = new TokenRange(i, 1);
            }

            return text.Length;
        });
        using var e = ((IChineseSegmenter)s).EnumerateTokens("你好");
        Assert.Equal(2, e.Count);
        Assert.Equal(2, s.Calls);
    }

    [Theory]
    [InlineData("gap")]
    [InlineData("overlap")]
    [InlineData("empty")]
    [InlineData("short")]
    [InlineData("negative")]
    [InlineData("growing")]
    public void EnumerateTokens_BrokenSegmenter_ThrowsNamingIt(string how)
    {
        var s = new FakeSegmenter((text, dest, call) =>
        {
            switch (how)
            {
                case "gap":
                    dest[0] = new TokenRange(0, 1);
                    dest[1] = new TokenRange(2, 2);
                    return 2;
                case "overlap":
                    dest[0] = new TokenRange(0, 2);
                    dest[1] = new TokenRange(1, 3);
                    return 2;
                case "empty":
                    dest[0] = new TokenRange(0, 0);
                    dest[1] = new TokenRange(0, 4);
                    return 2;
                case "short":
                    dest[0] = new TokenRange(0, 3);
                    return 1;
                case "negative":
                    return -1;
                default:
                    return dest.Length + 1;
            }
        });
        var e = Assert.Throws<InvalidOperationException>(() =>
        {
            using var tokens = ((IChineseSegmenter)s).EnumerateTokens("退款订单");
        });
        Assert.Contains(typeof(FakeSegmenter).FullName!, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnumerateTokens_NullSegmenter_Throws() =>
        Assert.Throws<ArgumentNullException>(() =>
        {
            using var e = ChineseSegmenterExtensions.EnumerateTokens(null!, "你好");
        });

    private delegate int TokenizeFunc(ReadOnlySpan<char> text, Span<TokenRange> destination, int call);

    private sealed class FakeSegmenter(TokenizeFunc tokenize) : IChineseSegmenter
    {
        public int Calls;

        public int Tokenize(ReadOnlySpan<char> text, Span<TokenRange> destination, bool hmm = true) => tokenize(text, destination, Calls++);

        public IReadOnlyList<string> Cut(string text, bool hmm = true) => throw new NotSupportedException();

        public IReadOnlyList<string> CutAll(string text) => throw new NotSupportedException();

        public IReadOnlyList<string> CutForSearch(string text, bool hmm = true) => throw new NotSupportedException();

        public IReadOnlyList<Token> Tokenize(string text, TokenizeMode mode = TokenizeMode.Default, bool hmm = true) => throw new NotSupportedException();
    }
}
