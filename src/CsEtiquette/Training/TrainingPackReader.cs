using System.Text.Json;

namespace CsEtiquette.Training;

/// <summary>
/// Reads a training pack (schema: docs/schemas/training-pack.schema.json): the common pack header, skill cues and
/// scenarios. Unknown or mistyped properties, unknown skills, dangling branch targets and cyclic turn graphs are
/// rejected with the JSON path.
/// </summary>
internal static class TrainingPackReader
{
    public const int SchemaVersion = 1;
    private const int MaxPackBytes = 8 * 1024 * 1024;

    private static readonly HashSet<string> RootProperties = ["$schema", "schemaVersion", "locale", "name", "version", "passScore", "skills", "scenarios", "quiz"];
    private static readonly HashSet<string> QuizProperties = ["count", "passScore", "drafts"];
    private static readonly HashSet<string> SkillProperties = ["title", "cues", "units"];
    private static readonly HashSet<string> ScenarioProperties = ["id", "title", "complaint", "persona", "goals", "required", "avoid", "start", "turns"];
    private static readonly HashSet<string> TurnProperties = ["id", "customer", "expects", "good", "poor"];

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

    public static Contents Read(Stream utf8Json, string source)
    {
        byte[] bytes;
        using (var buffer = new MemoryStream())
        {
            var chunk = new byte[81920];
            int n;
            while ((n = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + n > MaxPackBytes)
                {
                    throw new TrainingPackException(source, "$", $"the pack is larger than {MaxPackBytes / (1024 * 1024)} MB.");
                }

                buffer.Write(chunk, 0, n);
            }

            bytes = buffer.ToArray();
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}" : string.Empty;
            throw new TrainingPackException(source, ex.Path ?? "$", $"invalid JSON{where}: {ex.Message}", ex);
        }

        using (doc)
        {
            try
            {
                return ReadRoot(doc.RootElement, source);
            }
            catch (InvalidOperationException ex)
            {
                // An escaped lone surrogate ("\ud800") cannot become a .NET string.
                throw new TrainingPackException(source, "$", "a string holds an invalid escape (lone surrogate): " + ex.Message, ex);
            }
        }
    }

    private static Contents ReadRoot(JsonElement root, string source)
    {
        Expect(root, JsonValueKind.Object, source, "$");
        CheckProperties(root, RootProperties, source, "$");
        if (!root.TryGetProperty("schemaVersion", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var version) || version != SchemaVersion)
        {
            throw new TrainingPackException(source, "$.schemaVersion", $"must be {SchemaVersion}.");
        }

        var locale = RequiredString(root, "locale", source, "$");
        _ = locale;
        var name = RequiredString(root, "name", source, "$");
        var packVersion = RequiredString(root, "version", source, "$");
        var passScore = Int(root, "passScore", 70, 0, 100, source, "$");

        var titles = new Dictionary<ServiceSkill, string>();
        var cues = new Dictionary<ServiceSkill, string[]>();
        string[] units = [];
        if (!root.TryGetProperty("skills", out var skills))
        {
            throw new TrainingPackException(source, "$.skills", "missing.");
        }

        Expect(skills, JsonValueKind.Object, source, "$.skills");
        foreach (var p in skills.EnumerateObject())
        {
            var path = $"$.skills.{p.Name}";
            if (!Enum.TryParse<ServiceSkill>(p.Name, ignoreCase: false, out var skill) || !Enum.IsDefined(skill) || char.IsDigit(p.Name[0]))
            {
                throw new TrainingPackException(source, path, $"unknown skill '{p.Name}' (known: {string.Join(", ", Enum.GetNames<ServiceSkill>())}).");
            }

            Expect(p.Value, JsonValueKind.Object, source, path);
            CheckProperties(p.Value, SkillProperties, source, path);
            titles[skill] = RequiredString(p.Value, "title", source, path);
            cues[skill] = StringArray(p.Value, "cues", source, path, allowEmpty: false);
            if (p.Value.TryGetProperty("units", out _))
            {
                if (skill != ServiceSkill.TimeCommitment)
                {
                    throw new TrainingPackException(source, path + ".units", "only TimeCommitment takes time units.");
                }

                units = StringArray(p.Value, "units", source, path, allowEmpty: false);
            }
        }

        foreach (var skill in Enum.GetValues<ServiceSkill>())
        {
            if (!titles.ContainsKey(skill))
            {
                throw new TrainingPackException(source, "$.skills", $"missing the skill '{skill}'.");
            }
        }

        if (!root.TryGetProperty("scenarios", out var scenariosEl))
        {
            throw new TrainingPackException(source, "$.scenarios", "missing.");
        }

        Expect(scenariosEl, JsonValueKind.Array, source, "$.scenarios");
        var scenarios = new List<DrillScenario>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var s in scenariosEl.EnumerateArray())
        {
            var path = $"$.scenarios[{index++}]";
            var scenario = ReadScenario(s, source, path);
            if (!ids.Add(scenario.Id))
            {
                throw new TrainingPackException(source, path + ".id", $"duplicate scenario id '{scenario.Id}'.");
            }

            scenarios.Add(scenario);
        }

        var quiz = new QuizSettings(10, 60, []);
        if (root.TryGetProperty("quiz", out var q))
        {
            Expect(q, JsonValueKind.Object, source, "$.quiz");
            CheckProperties(q, QuizProperties, source, "$.quiz");
            quiz = new QuizSettings(
                Int(q, "count", 10, 1, 200, source, "$.quiz"),
                Int(q, "passScore", 60, 0, 100, source, "$.quiz"),
                StringArray(q, "drafts", source, "$.quiz", allowEmpty: false));
        }

        return new Contents(source, name, packVersion, passScore, titles, new SkillCues(cues, units), scenarios, quiz);
    }

    private static int Int(JsonElement e, string property, int fallback, int min, int max, string source, string path)
    {
        if (!e.TryGetProperty(property, out var v))
        {
            return fallback;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var value) || value < min || value > max)
        {
            throw new TrainingPackException(source, $"{path}.{property}", $"must be an integer from {min} to {max}.");
        }

        return value;
    }

    private static DrillScenario ReadScenario(JsonElement s, string source, string path)
    {
        Expect(s, JsonValueKind.Object, source, path);
        CheckProperties(s, ScenarioProperties, source, path);
        var id = RequiredString(s, "id", source, path);
        var complaint = false;
        if (s.TryGetProperty("complaint", out var c))
        {
            if (c.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw new TrainingPackException(source, path + ".complaint", "must be true or false.");
            }

            complaint = c.GetBoolean();
        }

        var turns = new List<DrillTurn>();
        if (!s.TryGetProperty("turns", out var turnsEl))
        {
            throw new TrainingPackException(source, path + ".turns", "missing.");
        }

        Expect(turnsEl, JsonValueKind.Array, source, path + ".turns");
        var turnIds = new HashSet<string>(StringComparer.Ordinal);
        var k = 0;
        foreach (var t in turnsEl.EnumerateArray())
        {
            var tp = $"{path}.turns[{k++}]";
            Expect(t, JsonValueKind.Object, source, tp);
            CheckProperties(t, TurnProperties, source, tp);
            var turnId = RequiredString(t, "id", source, tp);
            if (turnId == DrillTurn.End || !turnIds.Add(turnId))
            {
                throw new TrainingPackException(source, tp + ".id", turnId == DrillTurn.End ? "'end' is reserved." : $"duplicate turn id '{turnId}'.");
            }

            turns.Add(new DrillTurn(
                turnId,
                StringArray(t, "customer", source, tp, allowEmpty: false),
                Skills(t, "expects", source, tp),
                RequiredString(t, "good", source, tp),
                RequiredString(t, "poor", source, tp)));
        }

        if (turns.Count == 0)
        {
            throw new TrainingPackException(source, path + ".turns", "a scenario needs at least one turn.");
        }

        var start = RequiredString(s, "start", source, path);
        var scenario = new DrillScenario
        {
            Id = id,
            Title = RequiredString(s, "title", source, path),
            IsComplaint = complaint,
            Persona = RequiredString(s, "persona", source, path),
            Goals = StringArray(s, "goals", source, path, allowEmpty: false),
            Required = Skills(s, "required", source, path),
            Avoid = s.TryGetProperty("avoid", out _) ? StringArray(s, "avoid", source, path, allowEmpty: true) : [],
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

    private static List<ServiceSkill> Skills(JsonElement e, string property, string source, string path)
    {
        var names = StringArray(e, property, source, path, allowEmpty: true);
        var list = new List<ServiceSkill>(names.Length);
        for (var i = 0; i < names.Length; i++)
        {
            if (!Enum.TryParse<ServiceSkill>(names[i], ignoreCase: false, out var skill) || !Enum.IsDefined(skill) || char.IsDigit(names[i][0]))
            {
                throw new TrainingPackException(source, $"{path}.{property}[{i}]", $"unknown skill '{names[i]}'.");
            }

            list.Add(skill);
        }

        return list;
    }

    private static string[] StringArray(JsonElement e, string property, string source, string path, bool allowEmpty)
    {
        var p = $"{path}.{property}";
        if (!e.TryGetProperty(property, out var a))
        {
            throw new TrainingPackException(source, p, "missing.");
        }

        Expect(a, JsonValueKind.Array, source, p);
        var list = new List<string>();
        var i = 0;
        foreach (var item in a.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String || item.GetString() is not { Length: > 0 } text)
            {
                throw new TrainingPackException(source, $"{p}[{i}]", "must be a non-empty string.");
            }

            list.Add(text);
            i++;
        }

        if (!allowEmpty && list.Count == 0)
        {
            throw new TrainingPackException(source, p, "must not be empty.");
        }

        return [.. list];
    }

    private static string RequiredString(JsonElement e, string property, string source, string path)
    {
        if (!e.TryGetProperty(property, out var v))
        {
            throw new TrainingPackException(source, $"{path}.{property}", "missing.");
        }

        if (v.ValueKind != JsonValueKind.String || v.GetString() is not { Length: > 0 } text)
        {
            throw new TrainingPackException(source, $"{path}.{property}", $"must be a non-empty string, not {v.ValueKind}.");
        }

        return text;
    }

    private static void Expect(JsonElement e, JsonValueKind kind, string source, string path)
    {
        if (e.ValueKind != kind)
        {
            throw new TrainingPackException(source, path, $"must be a JSON {kind.ToString().ToLowerInvariant()}, not {e.ValueKind.ToString().ToLowerInvariant()}.");
        }
    }

    private static void CheckProperties(JsonElement e, HashSet<string> allowed, string source, string path)
    {
        foreach (var p in e.EnumerateObject())
        {
            if (!allowed.Contains(p.Name))
            {
                throw new TrainingPackException(source, $"{path}.{p.Name}", $"unknown property (allowed: {string.Join(", ", allowed)}).");
            }
        }
    }
}
