using System.Text;
using CsEtiquette.Knowledge;
using CsEtiquette.Training;

namespace CsEtiquette.Cli.Commands;

/// <summary>
/// <c>cse handbook --out PATH [--format html|md] [--knowledge PATH]</c>: writes 《客服沟通话术手册》 and 《常见问题速查指南》 generated from the
/// loaded packs. The format defaults to the file extension (.html/.htm → html, otherwise md).
/// Exit codes: 0 written, 1 the file cannot be written, 2 usage.
/// </summary>
internal static class HandbookCommand
{
    internal const string Usage = """
        usage: cse handbook --out PATH [--format html|md] [--knowledge PATH]
          writes 《客服沟通话术手册》 (every rule with why/bad/good/fix, every template, the complaint method, the drills)
          and 《常见问题速查指南》 (from the shop knowledge pack; the embedded example pack without --knowledge).
        """;

    public static int Run(string[] args, CliIO io)
    {
        if (args is ["-h" or "--help"])
        {
            io.Out.WriteLine(Usage);
            return ExitCodes.Success;
        }

        var a = CliArgs.Parse(args, [], ["--out", "--format", "--knowledge"]);
        if (a.Positionals.Count > 0)
        {
            throw new CliUsageException($"unexpected argument '{a.Positionals[0]}'.");
        }

        var path = a.Get("--out") ?? throw new CliUsageException("--out PATH is required.");
        var byExtension = Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm" ? "html" : "md";
        var format = a.Choice("--format", byExtension, "html", "md") == "html" ? HandbookFormat.Html : HandbookFormat.Markdown;
        ShopKnowledge knowledge;
        try
        {
            knowledge = a.Get("--knowledge") is { } k ? ShopKnowledge.Load(k) : ShopKnowledge.Example;
        }
        catch (KnowledgePackException ex)
        {
            io.Error.WriteLine($"cse handbook: {ex.Message}");
            return ExitCodes.DataError;
        }

        var faq = new List<KeyValuePair<string, string>>(knowledge.Entries.Length);
        foreach (var entry in knowledge.Entries)
        {
            faq.Add(new(entry.Questions.IsDefaultOrEmpty ? entry.Id : entry.Questions[0], entry.Answer));
        }

        var full = Path.GetFullPath(path);
        var temp = full + ".tmp-" + Environment.ProcessId;
        try
        {
            using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
            {
                new HandbookWriter().Write(writer, format, faq);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            io.Error.WriteLine($"cse handbook: cannot write {path}: {ex.Message}");
            return ExitCodes.DataError;
        }

        io.Error.WriteLine($"cse handbook: wrote {path}");
        return ExitCodes.Success;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
