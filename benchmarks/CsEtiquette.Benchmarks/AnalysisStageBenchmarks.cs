using BenchmarkDotNet.Attributes;
using CsEtiquette.Analysis;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Benchmarks;

/// <summary>
/// Where the time of <see cref="AnalysisModelBenchmarks.Analyze40Chars"/> goes (#14 profiling): each stage includes the
/// ones before it, so the differences are the stage costs. Same 40-character message.
/// Run: dotnet run -c Release --project benchmarks/CsEtiquette.Benchmarks -- --filter '*AnalysisStageBenchmarks*' --job short --inProcess
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AnalysisStageBenchmarks
{
    private const string Message = "我的订单号123456789012345678，杯子收到就破损了，非常失望！！！";
    private readonly CustomerMessageAnalyzer _analyzer = CustomerMessageAnalyzer.Default;
    private readonly CustomerMessageAnalyzer _noEvidence = new(new AnalysisOptions { IncludeEvidence = false });
    private readonly TokenRange[] _tokens = new TokenRange[64];
    private readonly float[] _logits = new float[AnalysisModel.OutputCount];

    [GlobalSetup]
    public void Setup() => _ = _analyzer.Analyze(Message);

    /// <summary>jieba accurate mode with HMM into a caller buffer.</summary>
    [Benchmark(Baseline = true)]
    public int Segment() => ChineseSegmenter.Default.Tokenize(Message, _tokens, hmm: true);

    /// <summary>Segmentation + lexicon matches at token boundaries.</summary>
    [Benchmark]
    public int SegmentAndMatch()
    {
        var matches = default(PooledList<LexMatch>);
        _analyzer.CollectMatches(Message, ref matches);
        var n = matches.Count;
        matches.Dispose();
        return n;
    }

    /// <summary>+ fact scanners.</summary>
    [Benchmark]
    public int SegmentMatchFacts() => _analyzer.FactScanWork(Message);

    /// <summary>+ feature extraction (counted, not scored).</summary>
    [Benchmark]
    public int Features() => _analyzer.FeatureCount(Message);

    /// <summary>+ scoring of the five heads (raw logits).</summary>
    [Benchmark]
    public float FeaturesScored()
    {
        _analyzer.Logits(Message, _logits);
        return _logits[0];
    }

    [Benchmark]
    public MessageAnalysis AnalyzeNoEvidence() => _noEvidence.Analyze(Message);

    [Benchmark]
    public MessageAnalysis Analyze() => _analyzer.Analyze(Message);
}
