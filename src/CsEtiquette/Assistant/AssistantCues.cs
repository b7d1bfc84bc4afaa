using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;

namespace CsEtiquette.Assistant;

/// <summary>
/// The reply assistant's cue words, loaded once from the embedded <c>assistant.zh-CN.json</c>: per issue the
/// empathy template and the photos to ask for (the issue itself comes from <see cref="Analysis.MessageAnalysis.Issue"/>),
/// option ordinals, request cues, the dialogue-act cues (thanks, closing, acknowledgement, question …), the assistant's
/// own reply phrases and the policy rules it quotes. Immutable and thread-safe.
/// </summary>
internal sealed class AssistantCues
{
    internal const string ResourceName = "CsEtiquette.Data.assistant.zh-CN.json";

    private static readonly Lazy<AssistantCues> LazyDefault =
        new(() => Load(ResourceName), LazyThreadSafetyMode.ExecutionAndPublication);

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

    internal static AssistantCues Default => LazyDefault.Value;

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

    internal static bool ContainsAny(ReadOnlySpan<char> text, ImmutableArray<string> cues)
    {
        foreach (var cue in cues)
        {
            if (text.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static ImmutableArray<string> Act(FrozenDictionary<string, ImmutableArray<string>> acts, string name) =>
        acts.TryGetValue(name, out var list) ? list : throw new InvalidOperationException($"{ResourceName}: $.acts.{name} is missing.");

    private static AssistantCues Load(string resourceName)
    {
        using var stream = typeof(AssistantCues).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{resourceName}' is missing from the CsEtiquette assembly.");
        using var doc = JsonDocument.Parse(stream);
        var root = doc.RootElement;
        var issues = ImmutableArray.CreateBuilder<IssueCue>();
        foreach (var item in Required(root, "issues", resourceName).EnumerateArray())
        {
            var name = Required(item, "issue", resourceName).GetString();
            if (!Enum.TryParse<CustomerIssue>(name, ignoreCase: false, out var issue))
            {
                throw new InvalidOperationException($"{resourceName}: $.issues[].issue '{name}' is not a CustomerIssue.");
            }

            var photos = item.TryGetProperty("photos", out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
            issues.Add(new IssueCue(
                issue,
                Required(item, "label", resourceName).GetString()!,
                Required(item, "empathyTemplate", resourceName).GetString()!,
                photos));
        }

        var ordinals = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
        foreach (var item in Required(root, "choiceOrdinals", resourceName).EnumerateArray())
        {
            ordinals.Add(Strings(item));
        }

        var acts = new Dictionary<string, ImmutableArray<string>>(StringComparer.Ordinal);
        foreach (var prop in Required(root, "acts", resourceName).EnumerateObject())
        {
            acts[prop.Name] = Strings(prop.Value);
        }

        var phrases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var prop in Required(root, "phrases", resourceName).EnumerateObject())
        {
            phrases[prop.Name] = prop.Value.GetString() ?? throw new InvalidOperationException($"{resourceName}: $.phrases.{prop.Name} must be a string.");
        }

        var rules = new Dictionary<string, PolicyRule>(StringComparer.Ordinal);
        foreach (var prop in Required(root, "policyRules", resourceName).EnumerateObject())
        {
            var r = prop.Value;
            rules[prop.Name] = new PolicyRule(
                Required(r, "rule", resourceName).GetString()!,
                Required(r, "content", resourceName).GetString()!,
                Required(r, "name", resourceName).GetString()!,
                Required(r, "service", resourceName).GetString()!);
        }

        return new AssistantCues(
            issues.ToImmutable(),
            ordinals.ToImmutable(),
            Strings(Required(root, "requestCues", resourceName)),
            acts.ToFrozenDictionary(StringComparer.Ordinal),
            phrases.ToFrozenDictionary(StringComparer.Ordinal),
            rules.ToFrozenDictionary(StringComparer.Ordinal));
    }

    private static JsonElement Required(JsonElement element, string name, string source) =>
        element.TryGetProperty(name, out var value)
            ? value
            : throw new InvalidOperationException($"{source}: the property '{name}' is missing.");

    private static ImmutableArray<string> Strings(JsonElement array)
    {
        var list = ImmutableArray.CreateBuilder<string>();
        foreach (var s in array.EnumerateArray())
        {
            var text = s.GetString();
            if (!string.IsNullOrWhiteSpace(text))
            {
                list.Add(text);
            }
        }

        return list.ToImmutable();
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
