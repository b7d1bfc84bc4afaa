using System.Diagnostics;
using System.Globalization;

namespace CsEtiquette.Benchmarks;

/// <summary>
/// Issue #19 "constant memory": runs the <see cref="ReportScaleBenchmarks"/> pipeline over <see cref="ReportLogCorpus"/>
/// logs written to a temporary file (so the log itself is not in the heap) and samples the live managed heap
/// (<see cref="GC.GetTotalMemory(bool)"/> after a full collection) every 16,384 records while the inspection runs.
/// Prints, per size: messages, seconds, the largest live heap seen, and the process's peak working set so far.
/// Usage: <c>CsEtiquette.Benchmarks --report-memory [MESSAGES…]</c> (default 2000 20000 200000 2000000).
/// Forced collections slow the run: the seconds printed are not a throughput figure (the benchmark is).
/// </summary>
internal static class ReportMemoryProbe
{
    private const int SampleEvery = 1 << 14;

    public static int Run(string[] args)
    {
        var sizes = new List<int>();
        for (var i = 1; i < args.Length; i++)
        {
            sizes.Add(int.Parse(args[i], NumberStyles.None, CultureInfo.InvariantCulture));
        }

        if (sizes.Count == 0)
        {
            sizes.AddRange([2_000, 20_000, 200_000, 2_000_000]);
        }

        _ = ReportScaleBenchmarks.Run(ReportLogCorpus.JsonLines(200)); // warm-up: dictionaries, packs, model
        Console.WriteLine("messages\tseconds\tmaxLiveHeapMB\tpeakWorkingSetMB");
        foreach (var n in sizes)
        {
            var path = Path.Combine(Path.GetTempPath(), $"cse-report-probe-{Environment.ProcessId}-{n}.jsonl");
            try
            {
                using (var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                {
                    ReportLogCorpus.Write(file, n);
                }

                GC.Collect();
                long maxLive = GC.GetTotalMemory(forceFullCollection: true);
                var watch = Stopwatch.StartNew();
                using (var log = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
                {
                    var seen = ReportScaleBenchmarks.Run(log, path, records =>
                    {
                        if (records % SampleEvery == 0)
                        {
                            maxLive = Math.Max(maxLive, GC.GetTotalMemory(forceFullCollection: true));
                        }
                    });
                    if (seen != n)
                    {
                        Console.Error.WriteLine($"report-memory: {seen} of {n} messages inspected");
                        return 1;
                    }
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{n}\t{watch.Elapsed.TotalSeconds:0.00}\t{maxLive / 1048576.0:0.0}\t{Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:0.0}"));
            }
            finally
            {
                File.Delete(path);
            }
        }

        return 0;
    }
}
