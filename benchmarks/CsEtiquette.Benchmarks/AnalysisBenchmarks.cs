using BenchmarkDotNet.Attributes;
using CsEtiquette.Analysis;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Benchmarks;

/// <summary>
/// Customer-message analysis (intent, emotion, abuse, facts, missing info) of a 40-character message, segmentation
/// included. Goal: median ≤ 5 µs, allocating only the result. Messages/s = 1e9 / median ns.
/// Run: dotnet run -c Release --project benchmarks/CsEtiquette.Benchmarks -- --filter '*AnalysisBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AnalysisBenchmarks
{
    // 40 UTF-16 code units: an after-sales complaint with an order number, emotion and punctuation.
    private const string Message = "我的订单号123456789012345678，杯子收到就破损了，非常失望！！！";

    // 40 characters of plain Chinese without facts.
    private const string Plain = "你好，请问这款保温杯有没有红色的，我想买两个送给爸爸妈妈，请问什么时候能发货呀？";

    private readonly CustomerMessageAnalyzer _analyzer = CustomerMessageAnalyzer.Default;

    [GlobalSetup]
    public void Setup()
    {
        if (Message.Length != 40)
        {
            throw new InvalidOperationException($"benchmark message must be 40 chars, is {Message.Length}");
        }

        _ = _analyzer.Analyze(Message);
    }

    [Benchmark(Baseline = true)]
    public MessageAnalysis Analyze40Chars() => _analyzer.Analyze(Message);

    [Benchmark]
    public MessageAnalysis AnalyzePlain() => _analyzer.Analyze(Plain);

    /// <summary>The segmentation share of <see cref="Analyze40Chars"/>: token enumeration alone.</summary>
    [Benchmark]
    public int SegmentOnly40Chars()
    {
        var n = 0;
        foreach (var r in ChineseSegmenter.Default.EnumerateTokens(Message, hmm: true))
        {
            n += r.Length;
        }

        return n;
    }

    /// <summary>Segmentation plus lexicon matching at token boundaries.</summary>
    [Benchmark]
    public int MatchOnly40Chars()
    {
        var list = default(PooledList<LexMatch>);
        _analyzer.CollectMatches(Message, ref list);
        var n = list.Count;
        list.Dispose();
        return n;
    }

    [Benchmark]
    public int MatchOnlyPlain()
    {
        var list = default(PooledList<LexMatch>);
        _analyzer.CollectMatches(Plain, ref list);
        var n = list.Count;
        list.Dispose();
        return n;
    }

    [Benchmark]
    public int SegmentOnlyPlain()
    {
        var n = 0;
        foreach (var r in ChineseSegmenter.Default.EnumerateTokens(Plain, hmm: true))
        {
            n += r.Length;
        }

        return n;
    }

    [Benchmark]
    public string Redact40Chars() => _analyzer.Redact(Message);
}
