using System.Diagnostics;
using System.Globalization;
using CsEtiquette.Cli;
using CsEtiquette.Cli.Report;
using CsEtiquette.Insights;

namespace CsEtiquette.Benchmarks;

/// <summary>
/// Where the time of <see cref="ReportScaleBenchmarks"/> goes, stage by stage (a profiling aid, not a benchmark: a
/// Stopwatch median of a few repetitions). Usage: <c>CsEtiquette.Benchmarks --report-stages [MESSAGES=20000] [REPS=5]</c>.
/// </summary>
internal static class ReportStageProbe
{
    public static int Run(string[] args)
    {
        var n = args.Length > 1 ? int.Parse(args[1], NumberStyles.None, CultureInfo.InvariantCulture) : 20_000;
        var reps = args.Length > 2 ? int.Parse(args[2], NumberStyles.None, CultureInfo.InvariantCulture) : 5;
        var log = ReportLogCorpus.JsonLines(n);
        _ = ReportScaleBenchmarks.Run(ReportLogCorpus.JsonLines(200));
        var messages = new List<ChatMessage>(n);
        foreach (var e in Reader(log).ReadAll())
        {
            messages.Add(e.Message!);
        }

        var aggregate = ReportServices.CreateInspector(false, []).Inspect(messages);
        var report = InsightReport.Create(aggregate, 20);
        var stages = new (string Name, Func<long> Run)[]
        {
            ("read+parse JSONL", () => { long c = 0; foreach (var _ in Reader(log).ReadAll()) { c++; } return c; }),
            ("inspect (cse inspector)", () => ReportServices.CreateInspector(false, []).Inspect(messages).Messages),
            ("inspect, no redaction", () => ReportServices.CreateInspector(false, [], redact: false).Inspect(messages).Messages),
            ("inspect, 1 worker", () => new QualityInspector(new QualityInspectorOptions { Workers = 1 }).Inspect(messages).Messages),
            ("inspect, no conversation rules", () => new QualityInspector(new QualityInspectorOptions { ScoreConversations = false }).Inspect(messages).Messages),
            ("InsightReport.Create", () => InsightReport.Create(aggregate, 20).Messages),
            ("console tables", () => { ConsoleReportRenderer.Render(Consoles.Create(TextWriter.Null), report, "x"); return 0; }),
            ("ToJson", () => report.ToJson(null).Length),
            ("HTML", () => HtmlReportRenderer.Render(report, "x", DateTimeOffset.UnixEpoch, null).Length),
            ("whole pipeline", () => ReportScaleBenchmarks.Run(log)),
        };
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n} messages, {reps} repetitions, median ms (cpu ms of the process)"));
        foreach (var (name, run) in stages)
        {
            var wall = new double[reps];
            var cpu = new double[reps];
            for (var r = 0; r < reps; r++)
            {
                var p = Process.GetCurrentProcess();
                var cpu0 = p.TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                _ = run();
                wall[r] = sw.Elapsed.TotalMilliseconds;
                p.Refresh();
                cpu[r] = (p.TotalProcessorTime - cpu0).TotalMilliseconds;
            }

            Array.Sort(wall);
            Array.Sort(cpu);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-32} {wall[reps / 2],9:0.0} ({cpu[reps / 2]:0.0})"));
        }

        return 0;
    }

    private static ChatLogReader Reader(byte[] log) =>
        new(CliIO.OpenUtf8(new MemoryStream(log, writable: false), 1 << 16), ChatLogFormat.JsonLines);
}
