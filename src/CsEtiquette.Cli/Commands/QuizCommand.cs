using System.Globalization;
using System.Text;
using CsEtiquette.Training;

namespace CsEtiquette.Cli.Commands;

/// <summary>
/// <c>cse quiz</c>: a training quiz (理论考核) generated from the rule pack and the training pack's drafts.
/// Without <c>--answers</c> it prints the paper; with <c>--answers FILE</c> (one answer per line, in question order)
/// it marks it: one JSON line per question and a final summary line. <c>--seed</c> fixes the paper.
/// Exit codes: 0 printed or marked (passed or not), 1 unreadable answers file or pack, 2 usage.
/// </summary>
internal static class QuizCommand
{
    internal const string Usage = """
        usage: cse quiz [--seed N] [--count N] [--format text|json] [--pack PATH]
               cse quiz --answers FILE [--seed N] [--count N] [--pack PATH]
          prints a paper (json: one question per line, without the answers), or marks FILE (one answer per line:
          a letter A–D, a rule id for spot-the-problem, or the rewritten line) as JSON lines and a final
          {"seed":N,"score":0-100,"correct":n,"total":n,"passed":true|false}.
        """;

    public static int Run(string[] args, CliIO io)
    {
        if (args is ["-h" or "--help"])
        {
            io.Out.WriteLine(Usage);
            return ExitCodes.Success;
        }

        var a = CliArgs.Parse(args, [], ["--seed", "--count", "--format", "--answers", "--pack"]);
        if (a.Positionals.Count > 0)
        {
            throw new CliUsageException($"unexpected argument '{a.Positionals[0]}'.");
        }

        var seed = Int(a, "--seed", 0, int.MinValue);
        int? count = a.Get("--count") is null ? null : Int(a, "--count", 0, 1);
        var format = a.Choice("--format", "text", "text", "json");
        TrainingPack pack;
        try
        {
            pack = a.Get("--pack") is { } path ? TrainingPack.Load(path) : TrainingPack.Default;
        }
        catch (TrainingPackException ex)
        {
            io.Error.WriteLine($"cse quiz: {ex.Message}");
            return ExitCodes.DataError;
        }

        var quiz = new Quiz(pack);
        var paper = quiz.Generate(seed, count);
        if (a.Get("--answers") is not { } answersPath)
        {
            foreach (var q in paper.Questions)
            {
                if (format == "json")
                {
                    io.Out.WriteLine(DrillCommand.Json(w =>
                    {
                        w.WriteNumber("question", q.Number);
                        w.WriteString("kind", KindName(q.Kind));
                        w.WriteString("prompt", q.Prompt);
                        w.WriteString("draft", q.Draft);
                        w.WriteStartArray("options");
                        foreach (var o in q.Options)
                        {
                            w.WriteStringValue(o);
                        }

                        w.WriteEndArray();
                    }));
                }
                else
                {
                    io.Out.WriteLine($"{q.Number}. {q.Prompt}");
                    foreach (var o in q.Options)
                    {
                        io.Out.WriteLine($"   {o}");
                    }
                }
            }

            return ExitCodes.Success;
        }

        string[] answers;
        try
        {
            answers = File.ReadAllLines(answersPath, new UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine($"cse quiz: cannot read {answersPath}: {ex.Message}");
            return ExitCodes.DataError;
        }

        var result = quiz.Grade(paper, answers);
        foreach (var r in result.Answers)
        {
            io.Out.WriteLine(DrillCommand.Json(w =>
            {
                w.WriteNumber("question", r.Number);
                w.WriteString("kind", KindName(r.Kind));
                w.WriteString("given", r.Given);
                w.WriteString("expected", r.Expected);
                w.WriteBoolean("correct", r.IsCorrect);
                w.WriteString("explanation", r.Explanation);
            }));
        }

        io.Out.WriteLine(DrillCommand.Json(w =>
        {
            w.WriteNumber("seed", result.Seed);
            w.WriteNumber("score", result.Score);
            w.WriteNumber("correct", result.Correct);
            w.WriteNumber("total", result.Total);
            w.WriteBoolean("passed", result.Passed);
        }));
        return ExitCodes.Success;
    }

    internal static string KindName(QuizKind kind) => kind switch
    {
        QuizKind.PickTheBetterReply => "pick-the-better-reply",
        QuizKind.RewriteThisLine => "rewrite-this-line",
        _ => "spot-the-problem",
    };

    private static int Int(CliArgs a, string option, int fallback, int min)
    {
        if (a.Get(option) is not { } text)
        {
            return fallback;
        }

        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < min)
        {
            throw new CliUsageException($"{option} must be an integer{(min > int.MinValue ? $" of at least {min}" : string.Empty)}, not '{text}'.");
        }

        return value;
    }
}
