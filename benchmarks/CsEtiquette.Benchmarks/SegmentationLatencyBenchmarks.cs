using BenchmarkDotNet.Attributes;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Benchmarks;

/// <summary>Latency and allocation of one 40-character chat message in every API shape.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class SegmentationLatencyBenchmarks
{
    /// <summary>A 40-character customer-service message (Han, alphanumerics, price, order number, emoji).</summary>
    internal const string Message = "亲，您买的XL码羽绒服¥199.00已经发货啦，单号SF1234567请查收😊";

    [GlobalSetup]
    public void Setup()
    {
        if (Message.Length != 40)
        {
            throw new InvalidOperationException($"The message has {Message.Length} chars, expected 40.");
        }

        _ = ChineseSegmenter.Default.Cut(Message);
    }

    [Benchmark(Baseline = true)]
    public int EnumerateTokensHmm()
    {
        int n = 0;
        foreach (TokenRange r in ChineseSegmenter.Default.EnumerateTokens(Message, hmm: true))
        {
            n += r.Length;
        }

        return n;
    }

    [Benchmark]
    public int EnumerateTokensNoHmm()
    {
        int n = 0;
        foreach (TokenRange r in ChineseSegmenter.Default.EnumerateTokens(Message, hmm: false))
        {
            n += r.Length;
        }

        return n;
    }

    [Benchmark]
    public IReadOnlyList<string> Cut() => ChineseSegmenter.Default.Cut(Message);

    [Benchmark]
    public IReadOnlyList<Token> Tokenize() => ChineseSegmenter.Default.Tokenize(Message);

    [Benchmark]
    public IReadOnlyList<string> CutForSearch() => ChineseSegmenter.Default.CutForSearch(Message);

    [Benchmark]
    public IReadOnlyList<string> CutAll() => ChineseSegmenter.Default.CutAll(Message);
}
