using System.Globalization;
using System.Text;
using CsEtiquette.Linting;

namespace CsEtiquette.Cli.Commands;

/// <summary>
/// <c>cse lint [FILE…] [--format text|json|sarif] [--fail-on error|warning|info] [--complaint] [--rules PATH]… [--config PATH]</c>:
/// lints one draft per line of each FILE (<c>-</c> or no FILE: stdin).
/// json writes one object per input line: <c>{"findings":[{"rule":"CSE001","start":0,"length":2,"severity":"warning","message":"…","fixes":["…"],"line":1,"text":"…"}]}</c>
/// (with <c>"file"</c> first when FILEs are given); sarif writes one SARIF 2.1.0 log for all inputs.
/// Exit 0 when every line was linted, 3 when a finding at or above <c>--fail-on</c> exists, 1 when a rule pack,
/// config or input file is unusable, 2 on usage errors.
/// </summary>
internal static class LintCommand
{
    public static int Run(string[] args, CliIO io)
    {
        var a = CliArgs.Parse(args, ["--complaint"], ["--format", "--rules", "--fail-on", "--config"]);
        var format = a.Choice("--format", "text", "text", "json", "sarif");
        var failOnText = a.Get("--fail-on");
        Severity? failOn = null;
        if (failOnText is not null)
        {
            failOn = LintConfig.ParseSeverity(failOnText) ?? throw new CliUsageException($"--fail-on must be one of error|warning|info, not '{failOnText}'.");
        }

        ReplyLinter linter;
        try
        {
            var config = a.Get("--config") is { } configPath ? LintConfig.Load(configPath) : null;
            failOn ??= config?.FailOn;
            var rules = a.GetAll("--rules");
            linter = config is not null ? new ReplyLinter(config.ToOptions(rules))
                : rules.Count == 0 ? ReplyLinter.Default
                : new ReplyLinter(new LintOptions { ExtraPackPaths = rules });
        }
        catch (Exception ex) when (ex is RulePackException or LintConfigException or ArgumentException)
        {
            io.Error.WriteLine($"cse lint: {ex.Message}");
            return ExitCodes.DataError;
        }

        var context = a.Has("--complaint") ? new LintContext { IsComplaint = true } : LintContext.Default;
        var inputs = a.Positionals.Count == 0 ? ["-"] : a.Positionals;
        var sarif = format == "sarif" ? new SarifWriter() : null;
        var dataError = false;
        var worst = (Severity?)null;
        foreach (var input in inputs)
        {
            TextReader reader;
            try
            {
                reader = input == "-" ? io.In : CliIO.OpenUtf8(File.OpenRead(input)); // UTF-8 only: a BOM is skipped, FF FE is not UTF-16
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                io.Error.WriteLine($"cse lint: cannot read '{input}': {ex.Message}");
                dataError = true;
                continue;
            }

            try
            {
                var uri = sarif is null ? null : SarifWriter.ToUri(input);
                var named = input != "-";
                var lineNo = 0;
                while (reader.ReadLine() is { } line)
                {
                    lineNo++;
                    var report = linter.Lint(line, context);
                    foreach (var f in report.Findings)
                    {
                        worst = worst is { } w && w >= f.Severity ? w : f.Severity;
                        sarif?.Add(uri!, lineNo, f);
                    }

                    if (format == "json")
                    {
                        io.Out.WriteLine(ToJson(report, lineNo, named ? input : null));
                    }
                    else if (format == "text")
                    {
                        WriteText(io.Out, named ? input + ":" : string.Empty, lineNo, report);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                io.Error.WriteLine($"cse lint: cannot read '{input}': {ex.Message}");
                dataError = true;
            }
            finally
            {
                if (!ReferenceEquals(reader, io.In))
                {
                    reader.Dispose();
                }
            }
        }

        if (sarif is not null)
        {
            io.Out.WriteLine(sarif.ToJson(linter.Rules));
        }

        if (dataError)
        {
            return ExitCodes.DataError;
        }

        return failOn is { } threshold && worst is { } found && found >= threshold ? ExitCodes.FindingsAtOrAboveThreshold : ExitCodes.Success;
    }

    /// <summary>One input line's findings; <paramref name="line"/> 0 leaves out <c>line</c> (library callers).</summary>
    internal static string ToJson(LintReport report, int line, string? file)
    {
        var sb = new StringBuilder("{");
        if (file is not null)
        {
            sb.Append("\"file\":");
            CliJson.AppendString(sb, file);
            sb.Append(',');
        }

        sb.Append("\"findings\":[");
        for (var i = 0; i < report.Findings.Count; i++)
        {
            var f = report.Findings[i];
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append("{\"rule\":");
            CliJson.AppendString(sb, f.RuleId);
            sb.Append(CultureInfo.InvariantCulture, $",\"start\":{f.Start},\"length\":{f.Length},\"severity\":");
            CliJson.AppendString(sb, SeverityName(f.Severity));
            sb.Append(",\"message\":");
            CliJson.AppendString(sb, f.Message);
            sb.Append(",\"fixes\":[");
            for (var k = 0; k < f.Fixes.Count; k++)
            {
                if (k > 0)
                {
                    sb.Append(',');
                }

                CliJson.AppendString(sb, f.Fixes[k]);
            }

            sb.Append(']');
            if (line > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $",\"line\":{line}");
            }

            sb.Append(",\"text\":");
            CliJson.AppendString(sb, f.MatchedText);
            sb.Append('}');
        }

        return sb.Append("]}").ToString();
    }

    internal static string SeverityName(Severity s) => s switch
    {
        Severity.Info => "info",
        Severity.Error => "error",
        _ => "warning",
    };

    private static void WriteText(TextWriter o, string file, int lineNo, LintReport report)
    {
        if (!report.HasFindings)
        {
            o.WriteLine($"{file}{lineNo}: ok");
            return;
        }

        foreach (var f in report.Findings)
        {
            o.WriteLine($"{file}{lineNo}:{f.Start}+{f.Length} {f.RuleId} {SeverityName(f.Severity)} 「{f.MatchedText}」 {f.Message}");
            foreach (var fix in f.Fixes)
            {
                o.WriteLine(fix.Length == 0 ? "    fix: (delete)" : $"    fix: {fix}");
            }
        }
    }
}
