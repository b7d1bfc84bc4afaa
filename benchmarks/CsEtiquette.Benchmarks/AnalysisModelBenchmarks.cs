using BenchmarkDotNet.Attributes;
using CsEtiquette.Analysis;

namespace CsEtiquette.Benchmarks;

/// <summary>
/// The trained analysis model (#14): scoring a 40-character message (segmentation, lexicon, features, five heads,
/// evidence; goal ≤ 2 µs median, nothing allocated beyond the result) and the cold load of the embedded model
/// (parse + checksum of the 1.7 MB resource; goal ≤ 20 ms).
/// Run: dotnet run -c Release --project benchmarks/CsEtiquette.Benchmarks -- --filter '*AnalysisModelBenchmarks*' --job short
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class AnalysisModelBenchmarks
{
    // 40 UTF-16 code units, the same message as AnalysisBenchmarks.Analyze40Chars.
    private const string Message = "我的订单号123456789012345678，杯子收到就破损了，非常失望！！！";

    // A real-style terse line (9 characters, the median length of real customer turns).
    private const string Terse = "在吗 这个有货吗";

    private readonly CustomerMessageAnalyzer _analyzer = CustomerMessageAnalyzer.Default;
    private readonly CustomerMessageAnalyzer _noEvidence = new(new AnalysisOptions { IncludeEvidence = false });
    private byte[] _model = [];

    [GlobalSetup]
    public void Setup()
    {
        using var s = typeof(AnalysisModel).Assembly.GetManifestResourceStream("CsEtiquette.Data.analysis-model.bin")!;
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        _model = ms.ToArray();
        _ = _analyzer.Analyze(Message);
    }

    [Benchmark(Baseline = true)]
    public MessageAnalysis Analyze40Chars() => _analyzer.Analyze(Message);

    [Benchmark]
    public MessageAnalysis AnalyzeTerse() => _analyzer.Analyze(Terse);

    /// <summary>
    /// The 40-char message through the pre-tuning scoring and evidence code kept as the tests' reference (ScoreSink, then a
    /// second extraction into EvidenceSink): the old path in the same run (it shares the faster extractor).
    /// </summary>
    [Benchmark]
    public MessageAnalysis Analyze40CharsReferencePath() => _analyzer.AnalyzeReference(Message);

    /// <summary>The 40-char message with <see cref="AnalysisOptions.IncludeEvidence"/> off (what reports use).</summary>
    [Benchmark]
    public MessageAnalysis Analyze40CharsNoEvidence() => _noEvidence.Analyze(Message);

    /// <summary>Features of the 40-char message alone (tokens and matches included), no result built.</summary>
    [Benchmark]
    public int FeaturesOnly40Chars() => _analyzer.FeatureCount(Message);

    /// <summary>Cold load: the embedded resource stream read and parsed into a model.</summary>
    [Benchmark]
    public AnalysisModel ColdLoadEmbedded()
    {
        using var s = typeof(AnalysisModel).Assembly.GetManifestResourceStream("CsEtiquette.Data.analysis-model.bin")!;
        return AnalysisModel.Load(s, "embedded");
    }

    /// <summary>Parse alone (bytes already in memory).</summary>
    [Benchmark]
    public AnalysisModel ParseFromMemory() => AnalysisModel.Load(new MemoryStream(_model, writable: false), "memory");
}
