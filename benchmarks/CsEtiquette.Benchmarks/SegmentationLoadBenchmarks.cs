using BenchmarkDotNet.Attributes;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Benchmarks;

/// <summary>
/// Loading the embedded data from scratch (what <c>Lexicon.Default</c> does on first use): inflate the trie into
/// arrays, derive child offsets / root table / log-frequencies, and load the HMM tables. "Allocated" is the managed
/// size of the loaded data.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class SegmentationLoadBenchmarks
{
    [Benchmark(Baseline = true)]
    public object LoadDictionary() => new LexiconData(JiebaData.LoadDictionary());

    [Benchmark]
    public object LoadHmm() => JiebaData.LoadHmm();

    [Benchmark]
    public object CreateDefaultCopyAndAddWord()
    {
        var lexicon = Lexicon.CreateDefaultCopy();
        lexicon.AddWord("蓝牙耳机套装");
        return lexicon;
    }
}
