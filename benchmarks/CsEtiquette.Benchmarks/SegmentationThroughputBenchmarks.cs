using BenchmarkDotNet.Attributes;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Benchmarks;

/// <summary>
/// Accurate-mode throughput over one input of 100 K, 1 M and 10 M characters (a single string, newlines included),
/// to show linear time, plus the per-line loop that Python jieba is usually timed with.
/// Dictionary load is excluded (done in <see cref="Setup"/>). MB/s = UTF-8 bytes / mean time (printed at setup).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SegmentationThroughputBenchmarks
{
    private string _text = string.Empty;
    private string[] _lines = [];

    /// <summary>Input size in UTF-16 code units.</summary>
    [Params(100_000, 1_000_000, 10_000_000)]
    public int Chars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _text = SegmentationCorpus.OfLength(Chars);
        _lines = _text.Split('\n');
        foreach (var unused in ChineseSegmenter.Default.EnumerateTokens("预热词典"))
        {
        }

        Console.WriteLine($"// corpus: {SegmentationCorpus.Source}; {Chars} chars = {System.Text.Encoding.UTF8.GetByteCount(_text)} UTF-8 bytes");
    }

    [Benchmark(Baseline = true)]
    public int AccurateHmm()
    {
        int n = 0;
        foreach (TokenRange r in ChineseSegmenter.Default.EnumerateTokens(_text, hmm: true))
        {
            n += r.Length;
        }

        return n;
    }

    [Benchmark]
    public int AccurateNoHmm()
    {
        int n = 0;
        foreach (TokenRange r in ChineseSegmenter.Default.EnumerateTokens(_text, hmm: false))
        {
            n += r.Length;
        }

        return n;
    }

    [Benchmark]
    public int AccurateHmmPerLine()
    {
        int n = 0;
        foreach (string line in _lines)
        {
            foreach (TokenRange r in ChineseSegmenter.Default.EnumerateTokens(line, hmm: true))
            {
                n += r.Length;
            }
        }

        return n;
    }

    [Benchmark]
    public int CutStringsPerLine()
    {
        int n = 0;
        foreach (string line in _lines)
        {
            n += ChineseSegmenter.Default.Cut(line).Count;
        }

        return n;
    }
}
