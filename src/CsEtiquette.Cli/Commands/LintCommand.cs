using System.Globalization;
using System.Text;
using CsEtiquette.Linting;

namespace CsEtiquette.Cli.Commands;

/// <summary>
/// <c>cse lint [--format text|json] [--complaint] [--rules PATH]</c>: lints one draft per stdin line.
/// json writes one object per line: <c>{"findings":[{"rule":"CSE001","start":0,"length":2,"severity":"warning","message":"…","fixes":["…"]}]}</c>.
/// Exit 0 when every line was linted (with or without findings), 1 when the rule pack is unusable, 2 on usage errors.
/// </summary>
internal static class LintCommand
{
    public static int Run(string[] args, CliIO io)
    {
        var a = CliArgs.Parse(args, ["--complaint"], ["--format", "--rules"]);
        if (a.Positionals.Count > 0)
        {
            throw new CliUsageException($"unexpected argument '{a.Positionals[0]}' (drafts are read from stdin, one per line).");
        }

        var format = a.Choice("--format", "text", "text", "json");
        ReplyLinter linter;
        try
        {
            var rules = a.Get("--rules");
            linter = rules is null ? ReplyLinter.Default : new ReplyLinter(new LintOptions { ExtraPackPaths = [rules] });
        }
        catch (RulePackException ex)
        {
            io.Error.WriteLine($"cse lint: {ex.Message}");
            return ExitCodes.DataError;
        }

        var context = a.Has("--complaint") ? new LintContext { IsComplaint = true } : LintContext.Default;
        var lineNo = 0;
        while (io.In.ReadLine() is { } line)
        {
            lineNo++;
            var report = linter.Lint(line, context);
            if (format == "json")
            {
                io.Out.WriteLine(ToJson(report));
            }
            else
            {
                WriteText(io.Out, lineNo, report);
            }
        }

        return ExitCodes.Success;
    }

    internal static string ToJson(LintReport report)
    {
        var sb = new StringBuilder("{\"findings\":[");
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

            sb.Append("]}");
        }

        return sb.Append("]}").ToString();
    }

    internal static string SeverityName(Severity s) => s switch
    {
        Severity.Info => "info",
        Severity.Error => "error",
        _ => "warning",
    };

    private static void WriteText(TextWriter o, int lineNo, LintReport report)
    {
        if (!report.HasFindings)
        {
            o.WriteLine($"{lineNo}: ok");
            return;
        }

        foreach (var f in report.Findings)
        {
            o.WriteLine($"{lineNo}:{f.Start}+{f.Length} {f.RuleId} {SeverityName(f.Severity)} 「{f.MatchedText}」 {f.Message}");
            foreach (var fix in f.Fixes)
            {
                o.WriteLine(fix.Length == 0 ? "    fix: (delete)" : $"    fix: {fix}");
            }
        }
    }
}
