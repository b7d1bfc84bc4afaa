using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Benchmarks;

/// <summary>
/// Plain timing harness for <c>benchmarks/compare-python-jieba.sh</c> (not BenchmarkDotNet, so that the very same
/// protocol runs for Python jieba, jieba-rs and us): dictionary load timed once in a fresh process, then a
/// two warm-up passes (JIT), then <c>--reps</c> timed passes of <c>Cut(line, hmm: true)</c> over every line, and the
/// same with the allocation-free span API. Prints one JSON object on stdout.
/// </summary>
/// <remarks>
/// Usage: <c>CsEtiquette.Benchmarks --compare-corpus PATH [--reps N] [--dump FILE]</c>. Lines are split on '\n'
/// only, exactly as the Python and Node harnesses do; <c>--dump</c> writes one JSON array of tokens per line.
/// </remarks>
internal static class CompareCorpus
{
    public static int Run(string[] args)
    {
        string? path = null, dump = null, dumpJiebaNet = null;
        var reps = 3;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--compare-corpus": path = args[++i]; break;
                case "--reps": reps = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--dump": dump = args[++i]; break;
                case "--dump-jiebanet": dumpJiebaNet = args[++i]; break;
                default:
                    Console.Error.WriteLine($"compare-corpus: unknown argument '{args[i]}'");
                    return 2;
            }
        }

        if (path is null || reps < 1)
        {
            Console.Error.WriteLine("usage: --compare-corpus PATH [--reps N>=1] [--dump FILE]");
            return 2;
        }

        // Cold load: the first call in this process loads the embedded dictionary and HMM model. Measured before
        // the corpus is read so that the managed-heap figure is the dictionary's alone.
        var t0 = Stopwatch.GetTimestamp();
        var segmenter = ChineseSegmenter.Default;
        _ = segmenter.Cut("预热", hmm: true);
        var loadMs = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        var managedAfterLoad = GC.GetTotalMemory(forceFullCollection: true);

        var text = File.ReadAllText(path, new UTF8Encoding(false));
        var lines = text.Split('\n');
        if (lines.Length > 0 && lines[^1].Length == 0)
        {
            lines = lines[..^1];
        }

        var bytes = Encoding.UTF8.GetByteCount(text);

        // Two untimed passes let tiered JIT settle (tier-1 with PGO) before timing.
        var warmUp = TimeCut(segmenter, lines, out _) + TimeCut(segmenter, lines, out _);
        var cut = new List<double>();
        var cutCpu = new List<double>();
        long tokens = 0;
        for (var r = 0; r < reps; r++)
        {
            var cpu = CpuSeconds();
            cut.Add(TimeCut(segmenter, lines, out tokens));
            cutCpu.Add(CpuSeconds() - cpu);
        }

        _ = TimeSpans(segmenter, lines, out _) + TimeSpans(segmenter, lines, out _);
        var span = new List<double>();
        var spanCpu = new List<double>();
        long spanTokens = 0;
        for (var r = 0; r < reps; r++)
        {
            var cpu = CpuSeconds();
            span.Add(TimeSpans(segmenter, lines, out spanTokens));
            spanCpu.Add(CpuSeconds() - cpu);
        }

        if (dump is not null)
        {
            WriteDump(dump, segmenter, lines);
        }

        // jieba.NET 0.42.2 through our adapter, same lines, same protocol (load timed on first use, two warm-ups).
        var j0 = Stopwatch.GetTimestamp();
        var jieba = CsEtiquette.Segmentation.JiebaNet.JiebaNetSegmenter.Default;
        _ = jieba.Cut("预热", hmm: true);
        var jiebaLoadMs = Stopwatch.GetElapsedTime(j0).TotalMilliseconds;
        _ = TimeCut(jieba, lines, out _) + TimeCut(jieba, lines, out _);
        var jn = new List<double>();
        var jnCpu = new List<double>();
        long jnTokens = 0;
        for (var r = 0; r < reps; r++)
        {
            var cpu = CpuSeconds();
            jn.Add(TimeCut(jieba, lines, out jnTokens));
            jnCpu.Add(CpuSeconds() - cpu);
        }

        if (dumpJiebaNet is not null)
        {
            WriteDump(dumpJiebaNet, jieba, lines);
        }

        var json = new Dictionary<string, object>
        {
            ["impl"] = "CsEtiquette",
            ["load_ms"] = loadMs,
            ["managed_bytes_after_load"] = managedAfterLoad,
            ["lines"] = lines.Length,
            ["bytes"] = bytes,
            ["chars"] = text.Length,
            ["tokens"] = tokens,
            ["span_tokens"] = spanTokens,
            ["warmup_s"] = warmUp,
            ["cut_s"] = cut,
            ["cut_cpu_s"] = cutCpu,
            ["span_s"] = span,
            ["span_cpu_s"] = spanCpu,
            ["jiebanet_load_ms"] = jiebaLoadMs,
            ["jiebanet_tokens"] = jnTokens,
            ["jiebanet_s"] = jn,
            ["jiebanet_cpu_s"] = jnCpu,
        };
        Console.WriteLine(JsonSerializer.Serialize(json));
        return 0;
    }

    // Process CPU time (all threads, so GC and JIT work count too), as Python's time.process_time().
    private static double CpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    // Each token list is dropped after counting, as a caller segmenting messages one by one would do.
    private static double TimeCut(IChineseSegmenter segmenter, string[] lines, out long tokens)
    {
        var start = Stopwatch.GetTimestamp();
        long n = 0;
        foreach (var line in lines)
        {
            n += segmenter.Cut(line, hmm: true).Count;
        }

        tokens = n;
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static double TimeSpans(ChineseSegmenter segmenter, string[] lines, out long tokens)
    {
        var start = Stopwatch.GetTimestamp();
        long n = 0;
        foreach (var line in lines)
        {
            foreach (var range in segmenter.EnumerateTokens(line.AsSpan(), hmm: true))
            {
                n += range.Length > 0 ? 1 : 0;
            }
        }

        tokens = n;
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static void WriteDump(string path, IChineseSegmenter segmenter, string[] lines)
    {
        var options = new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.NewLine = "\n";
        foreach (var line in lines)
        {
            writer.WriteLine(JsonSerializer.Serialize(segmenter.Cut(line, hmm: true), options));
        }
    }
}
