using System.Buffers;
using CsEtiquette.Packs;

namespace CsEtiquette.Insights;

/// <summary>
/// The conversation-rule pack (会话质检规则, CSC001…): rules over a whole chat rather than one reply — apology before
/// the solution after an upset customer turn (先处理情绪，再处理事情), options while the customer is still angry,
/// first response and response time over an SLA, an unanswered question, an item requested twice, no closing, a
/// promised follow-up not recorded, no greeting, abuse by the agent. The embedded zh-CN pack
/// (<c>Data/conversation-rules.zh-CN.json</c>) is <see cref="Default"/>; load your own with <see cref="Load"/> /
/// <see cref="Parse"/> (same format; docs/conversation-rules.md). Immutable and thread-safe.
/// </summary>
public sealed class ConversationRules
{
    private const string ResourceName = "CsEtiquette.Data.conversation-rules.zh-CN.json";
    private static readonly Lazy<ConversationRules> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly PackFormat<ConversationRules> Format = new((s, p, m, e) => new InspectionPackException(s, p, m, e), Read);
    private static readonly string[] Body = ["settings", "markers", "items", "rules"];
    private static readonly string[] RuleProperties = ["id", "title", "severity", "message"];
    private static readonly string[] MarkerNames = ["empathy", "solution", "greeting", "closing", "promise", "record", "requestCue", "agentAbuse"];

    private ConversationRules(string name, IReadOnlyList<ConversationRule> rules, TimeSpan firstResponse, TimeSpan response, Dictionary<string, string[]> markers, string[] items)
    {
        Name = name;
        Rules = rules;
        FirstResponseLimit = firstResponse;
        ResponseLimit = response;
        Markers = markers;
        Items = items;
        Empathy = SearchValues.Create(markers["empathy"], StringComparison.Ordinal);
        Solution = SearchValues.Create(markers["solution"], StringComparison.Ordinal);
        Greeting = SearchValues.Create(markers["greeting"], StringComparison.Ordinal);
        Closing = SearchValues.Create(markers["closing"], StringComparison.Ordinal);
        Promise = SearchValues.Create(markers["promise"], StringComparison.Ordinal);
        Record = SearchValues.Create(markers["record"], StringComparison.Ordinal);
        RequestCue = SearchValues.Create(markers["requestCue"], StringComparison.Ordinal);
        AgentAbuse = SearchValues.Create(markers["agentAbuse"], StringComparison.Ordinal);
        ItemValues = SearchValues.Create(items, StringComparison.Ordinal);
        var byId = new Dictionary<string, ConversationRule>(StringComparer.Ordinal);
        foreach (var r in rules)
        {
            byId[r.Id] = r;
        }

        ById = byId;
    }

    /// <summary>The embedded zh-CN pack (CSC001–CSC010), loaded lazily and thread-safely.</summary>
    public static ConversationRules Default => LazyDefault.Value;

    /// <summary>The pack's name.</summary>
    public string Name { get; }

    /// <summary>The rules, in file order.</summary>
    public IReadOnlyList<ConversationRule> Rules { get; }

    /// <summary>首次响应时限: the first agent reply must come within this after the first customer message (default 30 s).</summary>
    public TimeSpan FirstResponseLimit { get; }

    /// <summary>响应时限: each later reply must come within this after the customer message it answers (default 120 s).</summary>
    public TimeSpan ResponseLimit { get; }

    /// <summary>The marker phrase lists by name (empathy, solution, greeting, closing, promise, record, requestCue, agentAbuse).</summary>
    public IReadOnlyDictionary<string, string[]> Markers { get; }

    /// <summary>Items an agent requests from the customer (订单号, 手机号, 截图, …), for the asked-twice rule.</summary>
    public IReadOnlyList<string> Items { get; }

    internal IReadOnlyDictionary<string, ConversationRule> ById { get; }

    internal SearchValues<string> Empathy { get; }

    internal SearchValues<string> Solution { get; }

    internal SearchValues<string> Greeting { get; }

    internal SearchValues<string> Closing { get; }

    internal SearchValues<string> Promise { get; }

    internal SearchValues<string> Record { get; }

    internal SearchValues<string> RequestCue { get; }

    internal SearchValues<string> AgentAbuse { get; }

    internal SearchValues<string> ItemValues { get; }

    /// <summary>The same rules with other SLA limits (e.g. from <c>cse report --sla-first 60</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is not positive.</exception>
    public ConversationRules WithLimits(TimeSpan firstResponse, TimeSpan response)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(firstResponse, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(response, TimeSpan.Zero);
        return new ConversationRules(Name, Rules, firstResponse, response, new Dictionary<string, string[]>(Markers), [.. Items]);
    }

    /// <summary>Reads a pack from a file.</summary>
    /// <exception cref="InspectionPackException">The file cannot be read or is invalid (names file, JSON path, problem).</exception>
    public static ConversationRules Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Format.ReadFile(path);
    }

    /// <summary>Parses a pack; every rule id, marker list and setting is validated.</summary>
    /// <exception cref="InspectionPackException">The JSON is not a valid pack (names source, JSON path, problem).</exception>
    public static ConversationRules Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Format.ReadText(json, sourceName);
    }

    private static ConversationRules LoadDefault() => Format.ReadEmbedded(typeof(ConversationRules), ResourceName);

    private static ConversationRules Read(PackDocument pack)
    {
        var root = pack.ReadRoot(Body, out var header);
        var first = 30;
        var response = 120;
        if (root.TryGet("settings", out var settingsValue))
        {
            var settings = settingsValue.AsObject("firstResponseSeconds", "responseSeconds");
            first = settings.OptionalInt("firstResponseSeconds", first, 1, 86_400);
            response = settings.OptionalInt("responseSeconds", response, 1, 86_400);
        }

        var markersEl = root.Required("markers").AsObject(MarkerNames);
        var markers = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var m in MarkerNames)
        {
            markers[m] = markersEl.Required(m).AsStrings(minCount: 1);
        }

        var items = root.Required("items").AsStrings();
        var rules = new List<ConversationRule>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in root.Required("rules").AsArray())
        {
            var e = value.AsObject(RuleProperties);
            var id = e.RequiredString("id");
            if (!ids.Add(id))
            {
                throw e.Required("id").Fail($"duplicate rule id '{id}'");
            }

            var severity = e.OptionalString("severity") ?? "warning";
            if (severity is not ("info" or "warning" or "error"))
            {
                throw e.Required("severity").Fail($"must be info, warning or error, not '{severity}'");
            }

            var title = e.TryGet("title", out var t) ? InspectionText.Read(t) : id;
            rules.Add(new ConversationRule(id, title, severity, InspectionText.Read(e.Required("message"))));
        }

        foreach (var known in ConversationTracker.RuleIds)
        {
            if (!ids.Contains(known))
            {
                throw root.Required("rules").Fail($"rule '{known}' is missing (the pack defines the wording and severity of every built-in conversation rule)");
            }
        }

        return new ConversationRules(header.Name, rules, TimeSpan.FromSeconds(first), TimeSpan.FromSeconds(response), markers, items);
    }
}

/// <summary>One conversation rule: id (CSC001…), title, severity (<c>info</c>|<c>warning</c>|<c>error</c>) and message.</summary>
/// <param name="Id">Stable id, e.g. <c>CSC001</c>.</param>
/// <param name="Title">Short zh-CN title.</param>
/// <param name="Severity"><c>info</c>, <c>warning</c> or <c>error</c>.</param>
/// <param name="Message">The zh-CN finding message.</param>
public sealed record ConversationRule(string Id, string Title, string Severity, string Message);
