using System.Collections.Immutable;
using System.Text.Json;

namespace CsEtiquette.Assistant;

/// <summary>
/// The reply assistant's cue words, loaded once from the embedded <c>assistant.zh-CN.json</c>: per issue the
/// empathy template and the photos to ask for (the issue itself comes from <see cref="Analysis.MessageAnalysis.Issue"/>), option ordinals and request cues. Immutable and thread-safe.
/// </summary>
internal sealed class AssistantCues
{
    internal const string ResourceName = "CsEtiquette.Data.assistant.zh-CN.json";

    private static readonly Lazy<AssistantCues> LazyDefault =
        new(() => Load(ResourceName), LazyThreadSafetyMode.ExecutionAndPublication);

    private AssistantCues(ImmutableArray<IssueCue> issues, ImmutableArray<ImmutableArray<string>> ordinals, ImmutableArray<string> requestCues)
    {
        Issues = issues;
        Ordinals = ordinals;
        RequestCues = requestCues;
    }

    internal static AssistantCues Default => LazyDefault.Value;

    internal ImmutableArray<IssueCue> Issues { get; }

    internal ImmutableArray<ImmutableArray<string>> Ordinals { get; }

    internal ImmutableArray<string> RequestCues { get; }

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

        return new AssistantCues(issues.ToImmutable(), ordinals.ToImmutable(), Strings(Required(root, "requestCues", resourceName)));
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
}
