using CsEtiquette.Cli.Commands;

namespace CsEtiquette.Cli;

/// <summary>Entry point of <c>cse</c>, callable in-process by tests.</summary>
internal static class CliApp
{
    private const string Usage = """
        usage: cse <command> [options]
          segment    split Chinese text into words (jieba-compatible)
          lint       check agent drafts against the communication rules
          rewrite    rewrite agent drafts (negative → positive wording)
          analyze    analyse customer messages (intent, emotion, facts)
          faq        answer questions from a shop knowledge pack (FAQ retrieval)
          suggest    suggest replies to a conversation read as JSON lines
          template   list or render reply templates
          complaint  replay complaint events or print the workflow diagram
          report     quality-inspection report over chat logs
          drill      role-play training drills (interactive or --answers FILE)
          quiz       training quiz generated from the rule and template packs
          handbook   write 《客服沟通话术手册》 and 《常见问题速查指南》 from the packs
          version    print the version
        """;

    public static int Run(string[] args, CliIO io)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(io);

        // Agent names, texts and reasons echo user data: no ESC/NUL/RLO reaches the terminal raw.
        io = io with { Out = ConsoleSafeWriter.Wrap(io.Out), Error = ConsoleSafeWriter.Wrap(io.Error) };
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            (args.Length == 0 ? io.Error : io.Out).WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.Usage : ExitCodes.Success;
        }

        var rest = args[1..];
        if (rest is ["-h" or "--help"] && Synopses.TryGetValue(args[0], out var synopsis))
        {
            io.Out.WriteLine(synopsis);
            return ExitCodes.Success;
        }

        try
        {
            return args[0] switch
            {
                "segment" => SegmentCommand.Run(rest, io),
                "lint" => LintCommand.Run(rest, io),
                "rewrite" => RewriteCommand.Run(rest, io),
                "analyze" => AnalyzeCommand.Run(rest, io),
                "faq" => FaqCommand.Run(rest, io),
                "suggest" => SuggestCommand.Run(rest, io),
                "template" => TemplateCommand.Run(rest, io),
                "complaint" => ComplaintCommand.Run(rest, io),
                "report" => ReportCommand.Run(rest, io),
                "drill" => DrillCommand.Run(rest, io),
                "quiz" => QuizCommand.Run(rest, io),
                "handbook" => HandbookCommand.Run(rest, io),
                "version" or "--version" => Version(io),
                _ => UnknownCommand(args[0], io),
            };
        }
        catch (CliUsageException ex)
        {
            io.Error.WriteLine($"cse {args[0]}: {ex.Message}");
            return ExitCodes.Usage;
        }
    }

    // Sub-commands without a help screen of their own (template, complaint and report print theirs).
    private static readonly Dictionary<string, string> Synopses = new(StringComparer.Ordinal)
    {
        ["segment"] = "usage: cse segment [--mode accurate|full|search] [--no-hmm] [--format text|json] [--user-dict PATH] [--stats]\n  reads UTF-8 lines from stdin; writes the tokens of each line (text: joined by ' / '; json: one array per line).",
        ["lint"] = "usage: cse lint [FILE…] [--format text|json|sarif] [--fail-on error|warning|info] [--complaint] [--rules PATH]… [--config PATH]\n  reads one agent draft per line of each FILE (none or '-': stdin); writes its findings (json: {\"findings\":[…]} per line; sarif: one SARIF 2.1.0 log).\n  exit 0 linted, 3 a finding at or above --fail-on, 1 unusable file/pack/config, 2 usage.",
        ["rewrite"] = "usage: cse rewrite [--format text|json] [--slot name=value]… [--rules PATH]…\n  reads one agent draft per stdin line; writes the rewritten draft (json: {\"text\":…,\"edits\":[…]} per line).",
        ["faq"] = FaqCommand.Synopsis,
        ["suggest"] = SuggestCommand.Synopsis,
        ["analyze"] = "usage: cse analyze [--format text|json] [--redact] [--lexicon FILE]… [--model FILE]\n  reads one customer message per stdin line; writes intents, emotion, abuse, facts, missing information and evidence\n  (the spans behind the decisions). --model loads a model trained with eng/CsEtiquette.Trainer.",
    };

    private static int Version(CliIO io)
    {
        io.Out.WriteLine(EtiquetteInfo.Version);
        return ExitCodes.Success;
    }

    private static int UnknownCommand(string name, CliIO io)
    {
        io.Error.WriteLine($"cse: unknown command '{name}'.");
        io.Error.WriteLine(Usage);
        return ExitCodes.Usage;
    }
}
