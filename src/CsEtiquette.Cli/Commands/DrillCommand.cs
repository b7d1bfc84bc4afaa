using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsEtiquette.Linting;
using CsEtiquette.Training;
using Spectre.Console;

namespace CsEtiquette.Cli.Commands;

/// <summary>
/// <c>cse drill</c>: role-play drills (实操演练).
/// <c>--list</c> lists the scenarios; <c>cse drill ID</c> runs one interactively (the customer speaks, the trainee
/// types, coaching after each turn, a scorecard at the end); <c>--answers FILE</c> runs it non-interactively (one
/// agent reply per line) and writes one JSON line per turn and a final summary line.
/// Exit codes: 0 the drill ran (passed or not), 1 unreadable answers file or training pack, 2 usage (unknown scenario).
/// </summary>
internal static class DrillCommand
{
    internal const string Usage = """
        usage: cse drill --list [--pack PATH] [--format text|json]
               cse drill SCENARIO [--answers FILE] [--seed N] [--pack PATH]
          without --answers the drill is interactive: type one reply per customer turn (an empty line or end of input stops).
          with --answers: one JSON line per turn {"turn":1,"customer":"…","agent":"…","findings":[…],"score":…}
          and a final {"scenario":"…","score":0-100,"passed":true|false,"missed":["Apology",…]}.
        """;

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] args, CliIO io)
    {
        if (args is ["-h" or "--help"])
        {
            io.Out.WriteLine(Usage);
            return ExitCodes.Success;
        }

        var a = CliArgs.Parse(args, ["--list"], ["--answers", "--seed", "--pack", "--format"]);
        TrainingPack pack;
        try
        {
            pack = a.Get("--pack") is { } path ? TrainingPack.Load(path) : TrainingPack.Default;
        }
        catch (TrainingPackException ex)
        {
            io.Error.WriteLine($"cse drill: {ex.Message}");
            return ExitCodes.DataError;
        }

        if (a.Has("--list"))
        {
            return List(pack, a.Choice("--format", "text", "text", "json"), io);
        }

        if (a.Positionals.Count != 1)
        {
            throw new CliUsageException(a.Positionals.Count == 0 ? "name a scenario (cse drill --list shows them)." : $"unexpected argument '{a.Positionals[1]}'.");
        }

        var scenario = pack.Find(a.Positionals[0])
            ?? throw new CliUsageException($"unknown scenario '{a.Positionals[0]}' (known: {string.Join(", ", pack.Scenarios.Select(s => s.Id))}).");
        var seed = 0;
        if (a.Get("--seed") is { } seedText && !int.TryParse(seedText, NumberStyles.Integer, CultureInfo.InvariantCulture, out seed))
        {
            throw new CliUsageException($"--seed must be an integer, not '{seedText}'.");
        }

        var session = new DrillSession(scenario, pack, ReplyLinter.Default, seed);
        if (a.Get("--answers") is not { } answersPath)
        {
            return Interactive(session, pack, io);
        }

        string[] answers;
        try
        {
            answers = File.ReadAllLines(answersPath, new UTF8Encoding(false));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine($"cse drill: cannot read {answersPath}: {ex.Message}");
            return ExitCodes.DataError;
        }

        foreach (var line in answers)
        {
            if (session.IsFinished)
            {
                break;
            }

            io.Out.WriteLine(TurnJson(session.Answer(line)));
        }

        io.Out.WriteLine(SummaryJson(session.Result()));
        return ExitCodes.Success;
    }

    private static int List(TrainingPack pack, string format, CliIO io)
    {
        foreach (var s in pack.Scenarios)
        {
            if (format == "json")
            {
                io.Out.WriteLine(Json(w =>
                {
                    w.WriteString("id", s.Id);
                    w.WriteString("title", s.Title);
                    w.WriteString("persona", s.Persona);
                    WriteSkills(w, "required", s.Required);
                }));
            }
            else
            {
                io.Out.WriteLine($"{s.Id,-26} {s.Title}");
            }
        }

        return ExitCodes.Success;
    }

    private static int Interactive(DrillSession session, TrainingPack pack, CliIO io)
    {
        var console = Consoles.Create(io.Out);
        var s = session.Scenario;
        console.Write(new Rule($"[bold]{Markup.Escape(s.Title)}[/]").LeftJustified());
        console.MarkupLine($"[grey]客户：{Markup.Escape(s.Persona)}[/]");
        console.MarkupLine($"[grey]目标：{Markup.Escape(string.Join("；", s.Goals))}[/]");
        while (!session.IsFinished)
        {
            console.MarkupLine($"[yellow]客户[/]：{Markup.Escape(session.CustomerMessage!)}");
            console.Markup("[green]你[/]：");
            var reply = io.In.ReadLine();
            if (string.IsNullOrWhiteSpace(reply))
            {
                console.WriteLine();
                break;
            }

            var turn = session.Answer(reply);
            var verdict = turn.IsGood ? "[green]好[/]" : "[red]需改进[/]";
            console.MarkupLine($"  {verdict} 本轮 {turn.Score} 分；做到：{Markup.Escape(Titles(pack, turn.Shown))}");
            foreach (var line in turn.Coaching)
            {
                console.MarkupLine($"  [grey]· {Markup.Escape(line)}[/]");
            }
        }

        var result = session.Result();
        var table = new Table().AddColumn("轮").AddColumn("得分").AddColumn("缺少");
        foreach (var t in result.Turns)
        {
            table.AddRow(t.Turn.ToString(CultureInfo.InvariantCulture), t.Score.ToString(CultureInfo.InvariantCulture), Markup.Escape(Titles(pack, t.Missing)));
        }

        console.Write(table);
        console.MarkupLine(result.Passed
            ? $"[green]通过[/] 总分 {result.Score}"
            : $"[red]未通过[/] 总分 {result.Score}；未做到：{Markup.Escape(Titles(pack, result.Missed))}");
        return ExitCodes.Success;
    }

    private static string Titles(TrainingPack pack, IReadOnlyList<ServiceSkill> skills) =>
        skills.Count == 0 ? "—" : string.Join("、", skills.Select(pack.TitleOf));

    internal static string TurnJson(DrillTurnResult t) => Json(w =>
    {
        w.WriteNumber("turn", t.Turn);
        w.WriteString("customer", t.Customer);
        w.WriteString("agent", t.Agent);
        w.WriteStartArray("findings");
        foreach (var f in t.Findings)
        {
            w.WriteStartObject();
            w.WriteString("rule", f.RuleId);
            w.WriteNumber("start", f.Start);
            w.WriteNumber("length", f.Length);
            w.WriteString("severity", LintCommand.SeverityName(f.Severity));
            w.WriteString("text", f.MatchedText);
            w.WriteString("message", f.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("score", t.Score);
        w.WriteBoolean("good", t.IsGood);
        WriteSkills(w, "shown", t.Shown);
        WriteSkills(w, "missing", t.Missing);
        w.WriteStartArray("coaching");
        foreach (var c in t.Coaching)
        {
            w.WriteStringValue(c);
        }

        w.WriteEndArray();
    });

    internal static string SummaryJson(DrillResult r) => Json(w =>
    {
        w.WriteString("scenario", r.ScenarioId);
        w.WriteNumber("score", r.Score);
        w.WriteBoolean("passed", r.Passed);
        WriteSkills(w, "missed", r.Missed);
        w.WriteBoolean("complete", r.IsComplete);
    });

    private static void WriteSkills(Utf8JsonWriter w, string name, IReadOnlyList<ServiceSkill> skills)
    {
        w.WriteStartArray(name);
        foreach (var s in skills)
        {
            w.WriteStringValue(s.ToString());
        }

        w.WriteEndArray();
    }

    internal static string Json(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
