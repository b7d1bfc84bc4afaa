using System.Globalization;
using System.Text;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;

namespace CsEtiquette.Cli.Commands;

/// <summary>
/// <c>cse rewrite [--format text|json] [--slot name=value]… [--rules PATH]…</c>: rewrites one draft per stdin line.
/// text writes the rewritten draft; json writes <c>{"text":"…","edits":[{"rule":"CSE001","start":0,"length":5,"replacement":"…"}],
/// "suggestions":[{"rule":"CSE002","start":0,"length":7,"text":"…"}]}</c> (edits in offsets of the draft, suggestions — declined
/// automatic fixes and wording for findings that need a human — in offsets of the rewritten text; empty arrays when none).
/// Exit 0 on success, 1 when a <c>--rules</c> pack is unusable, 2 on usage errors.
/// </summary>
internal static class RewriteCommand
{
    public static int Run(string[] args, CliIO io)
    {
        var a = CliArgs.Parse(args, [], ["--format", "--slot", "--rules"]);
        if (a.Positionals.Count > 0)
        {
            throw new CliUsageException($"unexpected argument '{a.Positionals[0]}' (drafts are read from stdin, one per line).");
        }

        var format = a.Choice("--format", "text", "text", "json");
        var slots = a.Pairs("--slot");
        var context = slots.Count == 0 ? RewriteContext.Default : new RewriteContext(new LintContext { Slots = slots });
        PhraseRewriter rewriter;
        try
        {
            var rules = a.GetAll("--rules");
            rewriter = rules.Count == 0 ? PhraseRewriter.Default : new PhraseRewriter(new ReplyLinter(new LintOptions { ExtraPackPaths = rules }));
        }
        catch (RulePackException ex)
        {
            io.Error.WriteLine($"cse rewrite: {ex.Message}");
            return ExitCodes.DataError;
        }

        while (io.In.ReadLine() is { } line)
        {
            var result = rewriter.Rewrite(line, context);
            io.Out.WriteLine(format == "json" ? ToJson(result) : result.Text);
        }

        return ExitCodes.Success;
    }

    internal static string ToJson(RewriteResult result)
    {
        var sb = new StringBuilder("{\"text\":");
        CliJson.AppendString(sb, result.Text);
        sb.Append(",\"edits\":[");
        for (var i = 0; i < result.Edits.Count; i++)
        {
            var e = result.Edits[i];
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append("{\"rule\":");
            CliJson.AppendString(sb, e.RuleId);
            sb.Append(CultureInfo.InvariantCulture, $",\"start\":{e.Start},\"length\":{e.Length},\"replacement\":");
            CliJson.AppendString(sb, e.Replacement);
            sb.Append('}');
        }

        sb.Append("],\"suggestions\":[");
        for (var i = 0; i < result.Suggestions.Count; i++)
        {
            var g = result.Suggestions[i];
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append("{\"rule\":");
            CliJson.AppendString(sb, g.RuleId);
            sb.Append(CultureInfo.InvariantCulture, $",\"start\":{g.Start},\"length\":{g.Length},\"text\":");
            CliJson.AppendString(sb, g.Text);
            sb.Append('}');
        }

        return sb.Append("]}").ToString();
    }
}
