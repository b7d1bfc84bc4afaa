using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CsEtiquette.Packs;

namespace CsEtiquette.Assistant;

/// <summary>
/// The reply assistant's cue words, loaded once from the embedded <c>assistant.zh-CN.json</c>: per issue the
/// empathy template and the photos to ask for (the issue itself comes from <see cref="Analysis.MessageAnalysis.Issue"/>),
/// option ordinals, request cues, the dialogue-act cues (thanks, closing, acknowledgement, question …), the assistant's
/// own reply phrases and the policy rules it quotes (schema: docs/schemas/assistant-cues.schema.json). Replace the whole
/// pack with <see cref="Load(string)"/> and pass it to <see cref="ReplyAssistant"/> (or register it as a service before
/// <c>AddCsEtiquette</c>). Immutable and thread-safe.
/// </summary>
public sealed class AssistantCues
{
    internal const string ResourceName = "CsEtiquette.Data.assistant.zh-CN.json";

    private static readonly Lazy<AssistantCues> LazyDefault =
        new(() => LoadEmbedded(ResourceName), LazyThreadSafetyMode.ExecutionAndPublication);

    private AssistantCues(
        ImmutableArray<IssueCue> issues,
        ImmutableArray<ImmutableArray<string>> ordinals,
        ImmutableArray<string> requestCues,
        FrozenDictionary<string, ImmutableArray<string>> acts,
        FrozenDictionary<string, string> phrases,
        FrozenDictionary<string, PolicyRule> rules)
    {
        Issues = issues;
        Ordinals = ordinals;
        RequestCues = requestCues;
        Thanks = Act(acts, "thanks");
        Closing = Act(acts, "closing");
        Acknowledgement = Act(acts, "acknowledgement");
        Fillers = Act(acts, "fillers");
        Urgency = Act(acts, "urgency");
        Greeting = Act(acts, "greeting");
        Question = Act(acts, "question");
        NotQuestionPrefixes = Act(acts, "notQuestionPrefixes");
        MidExplanation = Act(acts, "midExplanation");
        PhotoGiven = Act(acts, "photoGiven");
        OrderSpecific = Act(acts, "orderSpecific");
        NotReceived = Act(acts, "notReceived");
        Signed = Act(acts, "signed");
        NoReasonReturn = Act(acts, "noReasonReturn");
        Warranty = Act(acts, "warranty");
        Vague = Act(acts, "vague");
        Blame = Act(acts, "blame");
        Chase = Act(acts, "chase");
        _phrases = phrases;
        _rules = rules;

        // Short-turn words, longest first so 没有了 is consumed before 没有.
        var shortWords = new List<(string Word, ShortWord Kind)>();
        foreach (var w in Thanks)
        {
            shortWords.Add((w, ShortWord.Thanks));
        }

        foreach (var w in Closing)
        {
            shortWords.Add((w, ShortWord.Closing));
        }

        foreach (var w in Acknowledgement)
        {
            shortWords.Add((w, ShortWord.Acknowledgement));
        }

        foreach (var w in Fillers)
        {
            shortWords.Add((w, ShortWord.Filler));
        }

        shortWords.Sort((a, b) => b.Word.Length.CompareTo(a.Word.Length));
        ShortWords = [.. shortWords];
    }

    /// <summary>The embedded zh-CN cues (<c>assistant.zh-CN.json</c>), loaded once, thread-safely.</summary>
    public static AssistantCues Default => LazyDefault.Value;

    /// <summary>Reads a cues pack from a JSON file (every section is required: a replacement states all of them).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The cues.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="AssistantCuesException">The file cannot be read or is not a valid cues pack (names the file and JSON path).</exception>
    public static AssistantCues Load(string path) => Format.ReadFile(path);

    /// <summary>Parses a cues pack from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">A name for error messages.</param>
    /// <returns>The cues.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="AssistantCuesException">The JSON is not a valid cues pack (names the source and JSON path).</exception>
    public static AssistantCues Parse(string json, string sourceName) => Format.ReadText(json, sourceName);

    internal ImmutableArray<IssueCue> Issues { get; }

    internal ImmutableArray<ImmutableArray<string>> Ordinals { get; }

    internal ImmutableArray<string> RequestCues { get; }

    internal ImmutableArray<string> Thanks { get; }

    internal ImmutableArray<string> Closing { get; }

    internal ImmutableArray<string> Acknowledgement { get; }

    internal ImmutableArray<string> Fillers { get; }

    internal ImmutableArray<string> Urgency { get; }

    internal ImmutableArray<string> Greeting { get; }

    internal ImmutableArray<string> Question { get; }

    internal ImmutableArray<string> NotQuestionPrefixes { get; }

    internal ImmutableArray<string> MidExplanation { get; }

    internal ImmutableArray<string> PhotoGiven { get; }

    internal ImmutableArray<string> OrderSpecific { get; }

    internal ImmutableArray<string> NotReceived { get; }

    internal ImmutableArray<string> Signed { get; }

    internal ImmutableArray<string> NoReasonReturn { get; }

    internal ImmutableArray<string> Warranty { get; }

    internal ImmutableArray<string> Vague { get; }

    /// <summary>A customer rejecting blame (怎么会是我们): a complaint even without emotion words.</summary>
    internal ImmutableArray<string> Blame { get; }

    /// <summary>A customer chasing what is being looked up (怎么还不处理, 查到了吗).</summary>
    internal ImmutableArray<string> Chase { get; }

    /// <summary>Thanks, closing, acknowledgement and filler words, longest first.</summary>
    internal ImmutableArray<(string Word, ShortWord Kind)> ShortWords { get; }

    private readonly FrozenDictionary<string, string> _phrases;
    private readonly FrozenDictionary<string, PolicyRule> _rules;

    internal IssueCue? Find(CustomerIssue issue)
    {
        foreach (var cue in Issues)
        {
            if (cue.Issue == issue)
            {
                return cue;
            }
        }

        return null;
    }

    /// <summary>The reply phrase <paramref name="key"/> (<c>$.phrases</c>).</summary>
    internal string Phrase(string key) =>
        _phrases.TryGetValue(key, out var p) ? p : throw new InvalidOperationException($"{ResourceName}: $.phrases.{key} is missing.");

    /// <summary>The policy rule <paramref name="key"/> (<c>$.policyRules</c>).</summary>
    internal PolicyRule Rule(string key) =>
        _rules.TryGetValue(key, out var r) ? r : throw new InvalidOperationException($"{ResourceName}: $.policyRules.{key} is missing.");

    /// <summary>
    /// Whether <paramref name="text"/> contains any of <paramref name="cues"/> (ordinal, ignoring case). One vectorised
    /// multi-string search per cue list, built once per list: a Contains per cue with OrdinalIgnoreCase took the slow
    /// non-ASCII path for every cue and was an eighth of a Suggest call.
    /// </summary>
    internal static bool ContainsAny(ReadOnlySpan<char> text, ImmutableArray<string> cues)
    {
        if (cues.IsDefaultOrEmpty || text.IsEmpty)
        {
            return false;
        }

        var searcher = Searchers.GetValue(ImmutableCollectionsMarshal.AsArray(cues)!, static list => SearchValues.Create(list, StringComparison.OrdinalIgnoreCase));
        return text.ContainsAny(searcher);
    }

    // Keyed by the cue list's backing array: the lists are immutable and live as long as their pack.
    private static readonly ConditionalWeakTable<string[], SearchValues<string>> Searchers = [];

    private static ImmutableArray<string> Act(FrozenDictionary<string, ImmutableArray<string>> acts, string name) =>
        acts.TryGetValue(name, out var list) ? list : throw new InvalidOperationException($"{ResourceName}: $.acts.{name} is missing.");

    private static readonly PackFormat<AssistantCues> Format = new((s, p, m, e) => new AssistantCuesException(s, p, m, e), Read);
    private static readonly string[] Body = ["issues", "choiceOrdinals", "requestCues", "acts", "phrases", "policyRules"];
    private static readonly string[] IssueProperties = ["issue", "label", "empathyTemplate", "photos"];
    private static readonly string[] PolicyRuleProperties = ["rule", "content", "name", "service"];
    private static readonly string[] ActNames =
    [
        "thanks", "closing", "acknowledgement", "fillers", "urgency", "greeting", "question", "notQuestionPrefixes", "midExplanation",
        "photoGiven", "orderSpecific", "notReceived", "signed", "noReasonReturn", "warranty", "vague", "blame", "chase",
    ];

    private static AssistantCues LoadEmbedded(string resourceName) => Format.ReadEmbedded(typeof(AssistantCues), resourceName);

    private static AssistantCues Read(PackDocument pack)
    {
        var root = pack.ReadRoot(Body, out _);
        var issues = ImmutableArray.CreateBuilder<IssueCue>();
        foreach (var item in root.Required("issues").AsArray())
        {
            var o = item.AsObject(IssueProperties);
            var issue = o.Required("issue").AsEnum<CustomerIssue>();
            var photos = o.TryGet("photos", out var p) && !p.IsNull ? p.AsText() : null;
            issues.Add(new IssueCue(issue, o.RequiredText("label"), o.RequiredText("empathyTemplate"), photos));
        }

        var ordinals = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var item in root.Required("choiceOrdinals").AsArray())
        {
            ordinals.Add([.. item.AsStrings(minCount: 1)]);
        }

        var actsObject = root.Required("acts").AsObject(ActNames);
        var acts = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var name in ActNames)
        {
            acts[name] = [.. actsObject.Required(name).AsStrings()];
        }

        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var phrase in root.Required("phrases").AsMap().Members())
        {
            phrases[phrase.Name] = phrase.Value.AsText();
        }

        var rules = new Dictionary<string, PolicyRule>(StringComparer.Ordinal);
        foreach (var rule in root.Required("policyRules").AsMap().Members())
        {
            var r = rule.Value.AsObject(PolicyRuleProperties);
            rules[rule.Name] = new PolicyRule(r.RequiredText("rule"), r.RequiredText("content"), r.RequiredText("name"), r.RequiredText("service"));
        }

        return new AssistantCues(
            issues.ToImmutable(),
            ordinals.ToImmutable(),
            [.. root.Required("requestCues").AsStrings()],
            acts.ToFrozenDictionary(StringComparer.Ordinal),
            phrases.ToFrozenDictionary(StringComparer.Ordinal),
            rules.ToFrozenDictionary(StringComparer.Ordinal));
    }

    internal sealed record IssueCue(CustomerIssue Issue, string Label, string EmpathyTemplate, string? Photos);

    /// <summary>A shop rule quoted when a request is out of policy (依据平台规则,清晰告知客户处理依据).</summary>
    internal sealed record PolicyRule(string Rule, string Content, string Name, string Service);

    internal enum ShortWord
    {
        Filler,
        Acknowledgement,
        Thanks,
        Closing,
    }
}
