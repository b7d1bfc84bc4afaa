using System.Text;
using BenchmarkDotNet.Attributes;
using CsEtiquette.Cli;
using CsEtiquette.Cli.Report;
using CsEtiquette.Insights;

namespace CsEtiquette.Benchmarks;

/// <summary>
/// Issue #19: <c>cse report</c> throughput at three log sizes, through the path the command takes — JSON Lines decoded
/// from a UTF-8 stream (<see cref="CliIO.OpenUtf8"/>, 64 KiB buffer), <see cref="ChatLogReader"/>, the inspector
/// <c>cse report</c> builds (<see cref="ReportServices.CreateInspector(bool, IReadOnlyList{string}, bool, DateTimeOffset?, DateTimeOffset?)"/>:
/// reply linter, analyzer, conversation rules and scorecards on, redaction on, one worker per core), the report
/// (<see cref="InsightReport.Create"/>, top 20), the console tables, the <c>--json</c> document and the <c>--html</c>
/// page — with the outputs written to <see cref="Stream.Null"/> instead of files (no fsync). The log is
/// <see cref="ReportLogCorpus"/> (the port of <c>eng/insights/gen_chat_log.py</c>), held in memory.
/// messages/s = <see cref="Messages"/> ÷ the median; allocated bytes ÷ <see cref="Messages"/> must not grow with the size.
/// Run: dotnet run -c Release --project benchmarks/CsEtiquette.Benchmarks -- --filter '*ReportScale*' --job short --inProcess
/// </summary>
[MemoryDiagnoser]
public class ReportScaleBenchmarks
{
    private byte[] _log = [];

    /// <summary>Messages in the log.</summary>
    [Params(2_000, 20_000, 200_000)]
    public int Messages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _log = ReportLogCorpus.JsonLines(Messages);
        _ = Run(ReportLogCorpus.JsonLines(200)); // load dictionaries, rule packs, the model and the idf table
    }

    /// <summary>The whole report; returns the messages inspected.</summary>
    [Benchmark]
    public long Report() => Run(_log);

    /// <summary>One <c>cse report - --json … --html …</c> over <paramref name="log"/>, outputs to <see cref="Stream.Null"/>.</summary>
    public static long Run(byte[] log) => Run(new MemoryStream(log, writable: false), "bench.jsonl");

    /// <summary>The pipeline over any stream (the memory probe passes a file).</summary>
    public static long Run(Stream log, string source, Action<long>? recordsRead = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        InsightReport report;
        using (var input = CliIO.OpenUtf8(log, bufferSize: 1 << 16))
        {
            var reader = new ChatLogReader(input, ChatLogFormat.JsonLines);
            var inspector = ReportServices.CreateInspector(strict: false, [], redact: true);
            report = InsightReport.Create(inspector.Inspect(reader, source, recordsRead), top: 20);
        }

        ConsoleReportRenderer.Render(Consoles.Create(TextWriter.Null), report, source);
        using (var json = new StreamWriter(Stream.Null, new UTF8Encoding(false)))
        {
            json.Write(report.ToJson(null));
        }

        using (var html = new StreamWriter(Stream.Null, new UTF8Encoding(false)))
        {
            html.Write(HtmlReportRenderer.Render(report, source, DateTimeOffset.UnixEpoch, null));
        }

        return report.Messages;
    }
}
