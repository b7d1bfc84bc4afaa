using CsEtiquette.Packs;

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
    private static readonly Lazy<Scorecard> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly PackFormat<Scorecard> Format = new((s, p, m, e) => new InspectionPackException(s, p, m, e), Read);
    private static readonly string[] Body = ["critical", "items"];
    private static readonly string[] ItemProperties = ["id", "title", "weight", "when", "rules", "penalty"];

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
        return Format.ReadFile(path);
    }

    /// <summary>Parses a scorecard.</summary>
    /// <exception cref="InspectionPackException">The JSON is not a valid scorecard (names source, JSON path, problem).</exception>
    public static Scorecard Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Format.ReadText(json, sourceName);
    }

    private static Scorecard LoadDefault() => Format.ReadEmbedded(typeof(Scorecard), ResourceName);

    private static Scorecard Read(PackDocument pack)
    {
        var root = pack.ReadRoot(Body, out var header);
        var critical = root.TryGet("critical", out var c) ? c.AsStrings() : [];
        var items = new List<ScorecardItem>();
        foreach (var value in root.Required("items").AsArray())
        {
            var e = value.AsObject(ItemProperties);
            var id = e.RequiredString("id");
            var title = e.TryGet("title", out var t) ? InspectionText.Read(t) : id;
            var weightValue = e.Required("weight");
            var weight = weightValue.AsNumber(0, 1000);
            if (weight <= 0)
            {
                throw weightValue.Fail("must be a number in (0, 1000]");
            }

            var when = e.OptionalString("when") ?? "always";
            if (when is not ("always" or "negative"))
            {
                throw e.Required("when").Fail($"must be always or negative, not '{when}'");
            }

            var penalty = 1.0;
            if (e.TryGet("penalty", out var p))
            {
                penalty = p.AsNumber(0, 1);
                if (penalty <= 0)
                {
                    throw p.Fail("must be a number in (0, 1]");
                }
            }

            items.Add(new ScorecardItem(id, title, weight, when == "negative", e.Required("rules").AsStrings(), penalty));
        }

        if (items.Count == 0)
        {
            throw root.Required("items").Fail("needs at least one item");
        }

        return new Scorecard(header.Name, items, critical);
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
