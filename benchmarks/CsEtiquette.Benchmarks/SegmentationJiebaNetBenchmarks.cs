using BenchmarkDotNet.Attributes;
using CsEtiquette.Segmentation;
using CsEtiquette.Segmentation.JiebaNet;

namespace CsEtiquette.Benchmarks;

/// <summary>
/// CsEtiquette against jieba.NET 0.42.2 (through the <c>CsEtiquette.Segmentation.JiebaNet</c> adapter) in one run on
/// one corpus (<see cref="SegmentationCorpus"/>, 1 M UTF-16 chars): accurate mode with HMM, line by line, token
/// strings as each library returns them (<c>Cut</c>). Both dictionaries are loaded in <see cref="Setup"/>.
/// Run briefly: <c>dotnet run -c Release --project benchmarks/CsEtiquette.Benchmarks -- --filter '*JiebaNet*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SegmentationJiebaNetBenchmarks
{
    private string[] _lines = [];

    /// <summary>Input size in UTF-16 code units.</summary>
    [Params(1_000_000)]
    public int Chars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = SegmentationCorpus.OfLength(Chars);
        _lines = text.Split('\n');
        _ = ChineseSegmenter.Default.Cut("预热词典");
        _ = JiebaNetSegmenter.Default.Cut("预热词典");
        Console.WriteLine($"// corpus: {SegmentationCorpus.Source}; {Chars} chars = {System.Text.Encoding.UTF8.GetByteCount(text)} UTF-8 bytes, {_lines.Length} lines");
    }

    [Benchmark(Baseline = true)]
    public int CsEtiquetteCut()
    {
        int n = 0;
        foreach (string line in _lines)
        {
            n += ChineseSegmenter.Default.Cut(line).Count;
        }

        return n;
    }

    [Benchmark]
    public int JiebaNetCut()
    {
        int n = 0;
        foreach (string line in _lines)
        {
            n += JiebaNetSegmenter.Default.Cut(line).Count;
        }

        return n;
    }
}
