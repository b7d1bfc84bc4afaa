using CsEtiquette.Packs;

namespace CsEtiquette.Training;

/// <summary>
/// Reads a training pack (schema: docs/schemas/training-pack.schema.json): the common pack header, skill cues and
/// scenarios. Unknown or mistyped properties, unknown skills, dangling branch targets and cyclic turn graphs are
/// rejected with the JSON path.
/// </summary>
internal static class TrainingPackReader
{
    private static readonly string[] Body = ["passScore", "skills", "scenarios", "quiz"];
    private static readonly string[] QuizProperties = ["count", "passScore", "drafts"];
    private static readonly string[] SkillProperties = ["title", "cues", "units"];
    private static readonly string[] ScenarioProperties = ["id", "title", "complaint", "persona", "goals", "required", "avoid", "start", "turns"];
    private static readonly string[] TurnProperties = ["id", "customer", "expects", "good", "poor"];

    internal sealed record Contents(
        string Source,
        string Name,
        string Version,
        int PassScore,
        IReadOnlyDictionary<ServiceSkill, string> SkillTitles,
        SkillCues Cues,
        IReadOnlyList<DrillScenario> Scenarios,
        QuizSettings Quiz);

    /// <summary>The pack's quiz section: how many questions a paper has, its pass mark, and the drafts to ask about.</summary>
    internal sealed record QuizSettings(int Count, int PassScore, IReadOnlyList<string> Drafts);

    public static readonly PackFormat<Contents> Format = new((s, p, m, e) => new TrainingPackException(s, p, m, e), Read);

    public static Contents Read(PackDocument document)
    {
        var source = document.Source;
        var root = document.ReadRoot(Body, out var header);
        var packVersion = header.Version ?? throw new TrainingPackException(source, "$.version", "required property 'version' is missing (training packs are versioned: the handbook prints it)");
        var passScore = root.OptionalInt("passScore", 70, 0, 100);

        var titles = new Dictionary<ServiceSkill, string>();
        var cues = new Dictionary<ServiceSkill, string[]>();
        string[] units = [];
        foreach (var p in root.Required("skills").AsMap().Members())
        {
            var skill = p.NameAs<ServiceSkill>();
            var o = p.Value.AsObject(SkillProperties);
            titles[skill] = o.RequiredText("title");
            cues[skill] = o.Required("cues").AsStrings(minCount: 1);
            if (o.TryGet("units", out var u))
            {
                if (skill != ServiceSkill.TimeCommitment)
                {
                    throw u.Fail("only TimeCommitment takes time units.");
                }

                units = u.AsStrings(minCount: 1);
            }
        }

        foreach (var skill in Enum.GetValues<ServiceSkill>())
        {
            if (!titles.ContainsKey(skill))
            {
                throw new TrainingPackException(source, "$.skills", $"missing the skill '{skill}'.");
            }
        }

        var scenarios = new List<DrillScenario>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in root.Required("scenarios").AsArray())
        {
            var scenario = ReadScenario(s, source);
            if (!ids.Add(scenario.Id))
            {
                throw new TrainingPackException(source, s.Path + ".id", $"duplicate scenario id '{scenario.Id}'.");
            }

            scenarios.Add(scenario);
        }

        var quiz = new QuizSettings(10, 60, []);
        if (root.TryGet("quiz", out var q))
        {
            var o = q.AsObject(QuizProperties);
            quiz = new QuizSettings(
                o.OptionalInt("count", 10, 1, 200),
                o.OptionalInt("passScore", 60, 0, 100),
                o.Required("drafts").AsStrings(minCount: 1));
        }

        return new Contents(source, header.Name, packVersion, passScore, titles, new SkillCues(cues, units), scenarios, quiz);
    }

    private static DrillScenario ReadScenario(PackValue value, string source)
    {
        var s = value.AsObject(ScenarioProperties);
        var path = s.Path;
        var id = s.RequiredText("id");
        var complaint = s.OptionalBool("complaint", false);
        var turns = new List<DrillTurn>();
        var turnIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var turn in s.Required("turns").AsArray())
        {
            var t = turn.AsObject(TurnProperties);
            var tp = t.Path;
            var turnId = t.RequiredText("id");
            if (turnId == DrillTurn.End || !turnIds.Add(turnId))
            {
                throw new TrainingPackException(source, tp + ".id", turnId == DrillTurn.End ? "'end' is reserved." : $"duplicate turn id '{turnId}'.");
            }

            turns.Add(new DrillTurn(
                turnId,
                t.Required("customer").AsStrings(minCount: 1),
                Skills(t.Required("expects")),
                t.RequiredText("good"),
                t.RequiredText("poor")));
        }

        if (turns.Count == 0)
        {
            throw new TrainingPackException(source, path + ".turns", "a scenario needs at least one turn.");
        }

        var start = s.RequiredText("start");
        var scenario = new DrillScenario
        {
            Id = id,
            Title = s.RequiredText("title"),
            IsComplaint = complaint,
            Persona = s.RequiredText("persona"),
            Goals = s.Required("goals").AsStrings(minCount: 1),
            Required = Skills(s.Required("required")),
            Avoid = s.TryGet("avoid", out var avoid) ? avoid.AsStrings() : [],
            Start = start,
            Turns = turns,
        };

        if (scenario.FindTurn(start) is null)
        {
            throw new TrainingPackException(source, path + ".start", $"no turn has the id '{start}'.");
        }

        for (var i = 0; i < turns.Count; i++)
        {
            foreach (var (target, field) in new[] { (turns[i].Good, "good"), (turns[i].Poor, "poor") })
            {
                if (target != DrillTurn.End && scenario.FindTurn(target) is null)
                {
                    throw new TrainingPackException(source, $"{path}.turns[{i}].{field}", $"no turn has the id '{target}' (use \"end\" to finish the drill).");
                }
            }
        }

        CheckAcyclic(scenario, source, path);
        return scenario;
    }

    /// <summary>Every drill must end: a depth-first search over good/poor edges finds any cycle.</summary>
    private static void CheckAcyclic(DrillScenario scenario, string source, string path)
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the stack, 2 = done
        var stack = new Stack<(string Id, int Edge)>();
        foreach (var first in scenario.Turns)
        {
            if (state.ContainsKey(first.Id))
            {
                continue;
            }

            stack.Push((first.Id, 0));
            state[first.Id] = 1;
            while (stack.Count > 0)
            {
                var (id, edge) = stack.Pop();
                var turn = scenario.FindTurn(id)!;
                if (edge < 2)
                {
                    stack.Push((id, edge + 1));
                    var next = edge == 0 ? turn.Good : turn.Poor;
                    if (next == DrillTurn.End)
                    {
                        continue;
                    }

                    if (state.TryGetValue(next, out var st))
                    {
                        if (st == 1)
                        {
                            throw new TrainingPackException(source, path + ".turns", $"the turns form a cycle through '{next}': every drill must end.");
                        }

                        continue;
                    }

                    state[next] = 1;
                    stack.Push((next, 0));
                }
                else
                {
                    state[id] = 2;
                }
            }
        }
    }

    private static List<ServiceSkill> Skills(PackValue names)
    {
        var items = names.AsArray();
        var list = new List<ServiceSkill>(items.Length);
        foreach (var item in items)
        {
            list.Add(item.AsEnum<ServiceSkill>());
        }

        return list;
    }
}
