using System.Globalization;
using System.Text;
using CsEtiquette.Knowledge;

namespace CsEtiquette.Cli.Commands;

/// <summary>
/// <c>cse faq --knowledge PATH [--top N]</c>: reads one customer question per stdin line and writes one JSON line per
/// question, <c>{"matches":[{"id":"gift-rules","score":0.91}]}</c>, best first; <c>{"matches":[]}</c> when no entry
/// passes the pack's confidence threshold. Exit codes: 0 success, 1 unusable knowledge pack, 2 usage error.
/// </summary>
internal static class FaqCommand
{
    internal const string Synopsis =
        "usage: cse faq --knowledge PATH [--top N]\n  reads one question per stdin line; writes {\"matches\":[{\"id\":…,\"score\":…}]} per line (best first, [] below the pack's threshold).";

    public static int Run(string[] args, CliIO io)
    {
        var a = CliArgs.Parse(args, [], ["--knowledge", "--top"]);
        if (a.Positionals.Count > 0)
        {
            throw new CliUsageException($"unexpected argument '{a.Positionals[0]}' (questions are read from stdin, one per line).");
        }

        var path = a.Get("--knowledge");
        if (string.IsNullOrEmpty(path))
        {
            throw new CliUsageException("--knowledge PATH is required (a knowledge pack, schema in docs/assistant.md).");
        }

        var top = ParseTop(a.Get("--top"));
        ShopKnowledge knowledge;
        try
        {
            knowledge = ShopKnowledge.Load(path);
        }
        catch (KnowledgePackException ex)
        {
            io.Error.WriteLine($"cse faq: {ex.Message}");
            return ExitCodes.DataError;
        }

        var sb = new StringBuilder();
        string? line;
        while ((line = io.In.ReadLine()) is not null)
        {
            sb.Clear();
            AppendMatches(sb, knowledge.Find(line, top));
            io.Out.WriteLine(sb.ToString());
        }

        return ExitCodes.Success;
    }

    internal static int ParseTop(string? value)
    {
        if (value is null)
        {
            return 1;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 100
            ? n
            : throw new CliUsageException($"--top must be a whole number from 1 to 100, not '{value}'.");
    }

    internal static void AppendMatches(StringBuilder sb, IReadOnlyList<KnowledgeMatch> matches)
    {
        sb.Append("{\"matches\":[");
        for (var i = 0; i < matches.Count; i++)
        {
            sb.Append(i == 0 ? "{\"id\":" : ",{\"id\":");
            CliJson.AppendString(sb, matches[i].Id);
            sb.Append(",\"score\":").Append(Math.Round(matches[i].Score, 2).ToString("0.0#", CultureInfo.InvariantCulture)).Append('}');
        }

        sb.Append("]}");
    }
}
