using System.Text.Json;

namespace CsEtiquette.Insights;

/// <summary>
/// The weighted quality scorecard (质检评分表) applied to every conversation: items (问候 greeting, 倾听 listening, 共情
/// empathy, 解决 solution, 语气 tone, 合规 compliance, 结束语 closing) with weights and the rule ids whose findings
/// lower each item, plus critical rules (compliance errors, abuse by the agent) that zero the conversation. Item
/// score = max(0, 1 − penalty × findings of its rules); conversation score = round(100 × Σ weight × score ÷ Σ weight)
/// over the applicable items (<c>negative</c> items apply only when the customer was upset), 0 with a critical
/// finding. A finding counts toward the first item listing its rule (<c>CSE*</c> matches by prefix). The embedded
/// zh-CN card (<c>Data/scorecard.zh-CN.json</c>) is <see cref="Default"/>. Immutable and thread-safe.
/// </summary>
public sealed class Scorecard
{
    private const string ResourceName = "CsEtiquette.Data.scorecard.zh-CN.json";
    private static readonly Lazy<Scorecard> LazyDefault = new(() => Parse(PackJson.ReadResource(ResourceName), ResourceName), LazyThreadSafetyMode.ExecutionAndPublication);

    private Scorecard(string name, IReadOnlyList<ScorecardItem> items, IReadOnlyList<string> critical)
    {
        Name = name;
        Items = items;
        Critical = critical;
    }

    /// <summary>The embedded zh-CN scorecard.</summary>
    public static Scorecard Default => LazyDefault.Value;

    /// <summary>The pack's name.</summary>
    public string Name { get; }

    /// <summary>The items, in file order.</summary>
    public IReadOnlyList<ScorecardItem> Items { get; }

    /// <summary>Rule ids (or <c>PREFIX*</c>) whose finding zeroes a conversation.</summary>
    public IReadOnlyList<string> Critical { get; }

    /// <summary>Reads a scorecard from a file.</summary>
    /// <exception cref="InspectionPackException">The file cannot be read or is invalid.</exception>
    public static Scorecard Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Parse(PackJson.ReadFile(path), path);
    }

    /// <summary>Parses a scorecard.</summary>
    /// <exception cref="InspectionPackException">The JSON is not a valid scorecard (names source, JSON path, problem).</exception>
    public static Scorecard Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        var r = new PackJson(sourceName);
        using var doc = PackJson.Parse(json, sourceName);
        var root = doc.RootElement;
        var name = r.Header(root, "critical", "items");
        var critical = root.TryGetProperty("critical", out var c) ? r.Strings(c, "$.critical") : [];
        var items = new List<ScorecardItem>();
        var i = 0;
        foreach (var e in r.Expect(r.Required(root, "items", "$"), JsonValueKind.Array, "$.items").EnumerateArray())
        {
            var path = $"$.items[{i++}]";
            r.Expect(e, JsonValueKind.Object, path);
            r.Only(e, path, ["id", "title", "weight", "when", "rules", "penalty"]);
            var id = r.Expect(r.Required(e, "id", path), JsonValueKind.String, $"{path}.id").GetString()!;
            var title = e.TryGetProperty("title", out var t) ? r.Text(t, $"{path}.title") : id;
            var weightEl = r.Required(e, "weight", path);
            if (weightEl.ValueKind != JsonValueKind.Number || !weightEl.TryGetDouble(out var weight) || weight is <= 0 or > 1000 || double.IsNaN(weight))
            {
                throw r.Fail($"{path}.weight", "must be a number in (0, 1000]");
            }

            var when = e.TryGetProperty("when", out var w) ? r.Expect(w, JsonValueKind.String, $"{path}.when").GetString()! : "always";
            if (when is not ("always" or "negative"))
            {
                throw r.Fail($"{path}.when", $"must be always or negative, not '{when}'");
            }

            var penalty = 1.0;
            if (e.TryGetProperty("penalty", out var p) && (p.ValueKind != JsonValueKind.Number || !p.TryGetDouble(out penalty) || penalty is <= 0 or > 1))
            {
                throw r.Fail($"{path}.penalty", "must be a number in (0, 1]");
            }

            items.Add(new ScorecardItem(id, title, weight, when == "negative", r.Strings(r.Required(e, "rules", path), $"{path}.rules"), penalty));
        }

        if (items.Count == 0)
        {
            throw r.Fail("$.items", "needs at least one item");
        }

        return new Scorecard(name, items, critical);
    }

    /// <summary>Whether <paramref name="ruleId"/> matches <paramref name="pattern"/> (exact, or <c>PREFIX*</c>).</summary>
    internal static bool Matches(string pattern, string ruleId) =>
        pattern.EndsWith('*') ? ruleId.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal) : string.Equals(pattern, ruleId, StringComparison.Ordinal);

    /// <summary>Index of the first item listing <paramref name="ruleId"/>, or -1.</summary>
    internal int ItemOf(string ruleId)
    {
        for (var i = 0; i < Items.Count; i++)
        {
            foreach (var p in Items[i].Rules)
            {
                if (Matches(p, ruleId))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    internal bool IsCritical(string ruleId)
    {
        foreach (var p in Critical)
        {
            if (Matches(p, ruleId))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>One scorecard item.</summary>
/// <param name="Id">Stable id (greeting, listening, empathy, solution, tone, compliance, closing).</param>
/// <param name="Title">zh-CN title.</param>
/// <param name="Weight">Relative weight (&gt; 0).</param>
/// <param name="OnlyWhenNegative">Applies only to conversations where the customer was upset.</param>
/// <param name="Rules">Rule ids (or <c>PREFIX*</c>) whose findings lower the item.</param>
/// <param name="Penalty">Score lost per finding (0..1].</param>
public sealed record ScorecardItem(string Id, string Title, double Weight, bool OnlyWhenNegative, IReadOnlyList<string> Rules, double Penalty);
