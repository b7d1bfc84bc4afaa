using System.Globalization;
using System.Text;
using CsEtiquette.Cli.Report;
using CsEtiquette.Insights;
using Spectre.Console;

namespace CsEtiquette.Cli.Commands;

/// <summary>
/// <c>cse report PATH [--format jsonl|csv] [--html out.html] [--json out.json] [--top 20] [--strict] [--rules PATH]… [--no-redact] [--compare BEFORE] [--since DATE] [--until DATE]</c>:
/// quality inspection over a chat log. Personal data is redacted in samples, keywords and terms unless
/// <c>--no-redact</c>. An output path equal to the input or to the other output is a usage error (exit 2); outputs are
/// written to a temporary file in the same folder and renamed, so a failed write never leaves a truncated file.
/// Exit 0 when the report was produced (bad lines are counted and listed on
/// stderr), 1 for unusable data (missing file, bad CSV header, a bad line under <c>--strict</c>, unwritable
/// output), 2 for a wrong command line.
/// </summary>
internal static class ReportCommand
{
    private const long ProgressThresholdBytes = 8L << 20;
    private const int BadLinesShown = 10;

    private const string Usage = "usage: cse report PATH [--format jsonl|csv] [--html out.html] [--json out.json] [--top 20] [--strict] [--rules PATH]… [--no-redact] [--compare BEFORE] [--since DATE] [--until DATE]   (PATH '-' reads stdin; DATE: 2026-11-24 (UTC midnight) or 2026-11-24T09:00:00+08:00; since inclusive, until exclusive)";

    public static int Run(string[] args, CliIO io)
    {
        if (args.Length > 0 && args[0] is "-h" or "--help")
        {
            io.Out.WriteLine(Usage);
            return ExitCodes.Success;
        }

        var a = CliArgs.Parse(args, ["--strict", "--no-redact"], ["--format", "--html", "--json", "--top", "--rules", "--compare", "--since", "--until"]);
        if (a.Positionals.Count != 1)
        {
            throw new CliUsageException(a.Positionals.Count == 0 ? "missing PATH. " + Usage : "exactly one PATH expected. " + Usage);
        }

        var path = a.Positionals[0];
        var format = a.Get("--format") is null
            ? (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "jsonl")
            : a.Choice("--format", "jsonl", "jsonl", "csv");
        var topText = a.Get("--top", "20")!;
        if (!int.TryParse(topText, NumberStyles.None, CultureInfo.InvariantCulture, out var top) || top is < 1 or > 1000)
        {
            throw new CliUsageException($"--top must be an integer 1..1000, not '{topText}'.");
        }

        var htmlPath = a.Get("--html");
        var jsonPath = a.Get("--json");
        if (htmlPath is "" || jsonPath is "")
        {
            throw new CliUsageException("--html and --json need a file path.");
        }

        var since = ParsePeriodBound(a, "--since");
        var until = ParsePeriodBound(a, "--until");
        if (since is { } s0 && until is { } u0 && u0 <= s0)
        {
            throw new CliUsageException($"--until ({a.Get("--until")}) must be later than --since ({a.Get("--since")}).");
        }

        CheckOutputPaths(path, htmlPath, jsonPath);
        var strict = a.Has("--strict");
        var source = path == "-" ? "stdin" : path;

        Stream? file = null;
        TextReader input;
        try
        {
            if (path == "-")
            {
                input = io.In;
            }
            else
            {
                file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                input = CliIO.OpenUtf8(file, bufferSize: 1 << 16);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            io.Error.WriteLine($"cse report: cannot read '{path}': {ex.Message}");
            return ExitCodes.DataError;
        }

        InsightReport report;
        try
        {
            using (file)
            using (input == io.In ? null : input)
            {
                var reader = new ChatLogReader(input, format == "csv" ? ChatLogFormat.Csv : ChatLogFormat.JsonLines);
                var inspector = ReportServices.CreateInspector(strict, a.GetAll("--rules"), redact: !a.Has("--no-redact"), since, until);
                var aggregate = UseProgress(io, file)
                    ? InspectWithProgress(io, inspector, reader, source, file!)
                    : inspector.Inspect(reader, source);
                report = InsightReport.Create(aggregate, top);
            }
        }
        catch (Exception ex) when (ex is ChatLogFormatException or Linting.RulePackException)
        {
            io.Error.WriteLine($"cse report: {ex.Message}");
            return ExitCodes.DataError;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            io.Error.WriteLine($"cse report: cannot read '{path}': {ex.Message}");
            return ExitCodes.DataError;
        }

        InsightComparison? comparison = null;
        if (a.Get("--compare") is { } beforePath)
        {
            // 培训后跟踪: the same inspection over the earlier log, then each metric before and after.
            try
            {
                using var beforeInput = new StreamReader(beforePath, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
                var beforeFormat = a.Get("--format") is null ? (beforePath.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ChatLogFormat.Csv : ChatLogFormat.JsonLines)
                    : (format == "csv" ? ChatLogFormat.Csv : ChatLogFormat.JsonLines);
                var before = ReportServices.CreateInspector(strict, a.GetAll("--rules")).Inspect(new ChatLogReader(beforeInput, beforeFormat), beforePath);
                comparison = InsightComparison.Create(InsightReport.Create(before, top), report);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException or DecoderFallbackException or ChatLogFormatException)
            {
                io.Error.WriteLine($"cse report: cannot read '{beforePath}': {ex.Message}");
                return ExitCodes.DataError;
            }
        }

        ReportBadLines(io, report);
        ConsoleReportRenderer.Render(CreateConsole(io.Out), report, source);
        if (comparison is not null)
        {
            WriteComparison(io.Out, comparison);
        }

        try
        {
            if (jsonPath is not null)
            {
                WriteFile(jsonPath, report.ToJson(comparison));
                io.Error.WriteLine($"cse report: wrote {jsonPath}");
            }

            if (htmlPath is not null)
            {
                WriteFile(htmlPath, HtmlReportRenderer.Render(report, source, TimeProvider.System.GetUtcNow(), comparison));
                io.Error.WriteLine($"cse report: wrote {htmlPath}");
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            io.Error.WriteLine($"cse report: cannot write output: {ex.Message}");
            return ExitCodes.DataError;
        }

        return ExitCodes.Success;
    }

    private static void WriteComparison(TextWriter o, InsightComparison c)
    {
        o.WriteLine("趋势 Trends (before → after)");
        foreach (var (title, list) in new[] { ("", c.Metrics), ("rule per 100 conversations ", c.RuleRates), ("agent scorecard ", c.AgentScores) })
        {
            foreach (var m in list)
            {
                o.WriteLine($"  {title}{m.Name}: {Format(m.Before)} → {Format(m.After)}{(m.Change is { } d ? $" ({(d >= 0 ? "+" : string.Empty)}{d.ToString("0.###", CultureInfo.InvariantCulture)})" : string.Empty)}");
            }
        }

        static string Format(double? v) => v is { } x ? x.ToString("0.###", CultureInfo.InvariantCulture) : "–";
    }

    private static void ReportBadLines(CliIO io, InsightReport report)
    {
        if (report.BadLineCount == 0)
        {
            return;
        }

        io.Error.WriteLine($"cse report: {report.BadLineCount} bad line(s) skipped (use --strict to stop at the first):");
        foreach (var b in report.BadLines.Take(BadLinesShown))
        {
            io.Error.WriteLine($"  {b.Source}:{b.Line}: {b.Reason}");
        }

        if (report.BadLineCount > BadLinesShown)
        {
            io.Error.WriteLine($"  … {report.BadLineCount - BadLinesShown} more (first {report.BadLines.Count} listed in --json/--html)");
        }
    }

    // An offset is required (zzz) or Z; "K" would also accept no offset and read the machine's time zone.
    private static readonly string[] PeriodFormats =
    [
        "yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mmzzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm'Z'",
    ];

    /// <summary>
    /// A <c>--since</c>/<c>--until</c> value: an ISO 8601 date (<c>2026-11-24</c>, midnight UTC) or date-time with an
    /// offset or <c>Z</c> (<c>2026-11-24T09:00:00+08:00</c>). Anything else — a time without an offset, another date
    /// order — is a usage error naming the option.
    /// </summary>
    internal static DateTimeOffset? ParsePeriodBound(CliArgs a, string option)
    {
        if (a.Get(option) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        }

        if (DateTimeOffset.TryParseExact(text, PeriodFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
        {
            return at;
        }

        throw new CliUsageException($"{option} '{text}' is not an ISO 8601 date (2026-11-24, midnight UTC) or date-time with an offset (2026-11-24T09:00:00+08:00).");
    }

    /// <summary>Refuses an output that would replace the input or the other output (same file, also via symbolic or
    /// hard links: <see cref="FileIdentity"/>).</summary>
    internal static void CheckOutputPaths(string input, string? html, string? json)
    {
        var inputId = input == "-" ? null : FileIdentity.Of(input);
        var htmlId = html is null ? null : FileIdentity.Of(html);
        var jsonId = json is null ? null : FileIdentity.Of(json);
        if (inputId is not null && (inputId == htmlId || inputId == jsonId))
        {
            throw new CliUsageException($"the output '{(inputId == jsonId ? json : html)}' is the input file '{input}'; it would be overwritten. Choose another path.");
        }

        if (htmlId is not null && htmlId == jsonId)
        {
            throw new CliUsageException($"--html and --json name the same file '{json}'; give each its own path.");
        }
    }

    /// <summary>Writes atomically: a temporary file in the same folder, flushed, then renamed over <paramref name="path"/>.</summary>
    internal static void WriteFile(string path, string content)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        var temp = Path.Combine(dir ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            {
                writer.Write(content);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    private static bool UseProgress(CliIO io, Stream? file) =>
        file is { CanSeek: true } && file.Length >= ProgressThresholdBytes && ConsoleSafeWriter.Unwrap(io.Error) is not StringWriter && !Console.IsErrorRedirected;

    private static InsightAggregate InspectWithProgress(CliIO io, QualityInspector inspector, ChatLogReader reader, string source, Stream file)
    {
        // Only reached when stderr is a terminal (see UseProgress), so the live bar can be drawn.
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(ConsoleSafeWriter.Unwrap(io.Error)),
            Ansi = AnsiSupport.Yes,
            Interactive = InteractionSupport.Yes,
        });
        InsightAggregate? result = null;
        var started = TimeProvider.System.GetTimestamp();
        console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("reading", maxValue: file.Length);
                result = inspector.Inspect(reader, source, records =>
                {
                    task.Value = Math.Min(file.Position, file.Length);
                    var seconds = Math.Max(0.001, TimeProvider.System.GetElapsedTime(started).TotalSeconds);
                    task.Description = $"{records:N0} records, {records / seconds:N0}/s";
                });
                task.Value = file.Length;
            });
        return result!;
    }

    private static IAnsiConsole CreateConsole(TextWriter output) => Consoles.Create(output);
}
