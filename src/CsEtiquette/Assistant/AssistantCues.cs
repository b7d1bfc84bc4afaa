using System.Collections.Immutable;
using CsEtiquette.Packs;

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

    private static readonly string[] Body = ["issues", "choiceOrdinals", "requestCues"];
    private static readonly string[] IssueProperties = ["issue", "label", "empathyTemplate", "photos"];

    private static readonly PackFormat<AssistantCues> Format = new((s, p, m, e) => new AssistantCuesException(s, p, m, e), Read);

    private static AssistantCues Load(string resourceName) => Format.ReadEmbedded(typeof(AssistantCues), resourceName);

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

        return new AssistantCues(issues.ToImmutable(), ordinals.ToImmutable(), [.. root.Required("requestCues").AsStrings()]);
    }

    internal sealed record IssueCue(CustomerIssue Issue, string Label, string EmpathyTemplate, string? Photos);
}
