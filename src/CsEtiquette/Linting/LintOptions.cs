using CsEtiquette.Segmentation;

namespace CsEtiquette.Linting;

/// <summary>
/// How a <see cref="ReplyLinter"/> is built: which rule packs, which rules are off, inline suppression and
/// message language. Validated when the linter is constructed (errors name the option).
/// </summary>
public sealed class LintOptions
{
    /// <summary>Include the embedded <see cref="RulePack.Default"/> (default true).</summary>
    public bool IncludeDefaultPack { get; init; } = true;

    /// <summary>
    /// Include the embedded platform-compliance pack <see cref="RulePack.Compliance"/> (CSP001–CSP005, severity
    /// error: 广告法极限词, absolute promises, off-platform contact, 好评返现, personal data) after the default pack.
    /// Null (the default) follows <see cref="IncludeDefaultPack"/>: on with the default pack, off for a linter built
    /// from your packs only.
    /// </summary>
    public bool? IncludeCompliancePack { get; init; }

    /// <summary>
    /// Extra packs, applied in order after the default: a rule whose id already exists replaces it, a new
    /// id adds a rule; slot defaults are merged (later wins).
    /// </summary>
    public IReadOnlyList<RulePack> ExtraPacks { get; init; } = [];

    /// <summary>Paths of extra JSON packs, loaded with <see cref="RulePack.Load"/> after <see cref="ExtraPacks"/>.</summary>
    public IReadOnlyList<string> ExtraPackPaths { get; init; } = [];

    /// <summary>
    /// Severity per rule id, replacing the pack's (e.g. <c>CSE008</c> → <see cref="Severity.Error"/> for a team that
    /// gates on it, <c>CSP001</c> → <see cref="Severity.Warning"/>). Ids are case-insensitive; unknown ids are an error.
    /// </summary>
    public IReadOnlyDictionary<string, Severity> SeverityOverrides { get; init; } = new Dictionary<string, Severity>();

    /// <summary>Rule ids that are never checked (e.g. <c>CSE012</c>). Unknown ids are an error.</summary>
    public IReadOnlyCollection<string> DisabledRules { get; init; } = [];

    /// <summary>
    /// Honour inline markers <c>[cse-disable CSE005 CSE006]</c> (or <c>[cse-disable]</c> for every rule) in a
    /// draft (default true). The marker itself is never flagged; strip it with
    /// <see cref="ReplyLinter.StripSuppressionMarkers"/> before sending.
    /// </summary>
    public bool AllowInlineSuppression { get; init; } = true;

    /// <summary>Use the English messages of the packs instead of the Chinese ones (default false).</summary>
    public bool EnglishMessages { get; init; }

    /// <summary>
    /// The segmenter to tokenise drafts with; null means <see cref="ChineseSegmenter.Default"/>. Any
    /// <see cref="IChineseSegmenter"/> works (the linter reads its span-level
    /// <see cref="IChineseSegmenter.Tokenize(ReadOnlySpan{char}, Span{TokenRange}, bool)"/>); with
    /// <c>AddCsEtiquette</c> it is the registered <see cref="IChineseSegmenter"/>.
    /// </summary>
    public IChineseSegmenter? Segmenter { get; init; }

    /// <summary>
    /// The shop's facts for the slots of fixes (<c>{处理时限}</c> → <see cref="ShopPolicy.ProcessingTime"/>). Null (the
    /// default): a pack's <c>slotDefaults</c> win and <see cref="ShopPolicy.Default"/> fills the rest. Set: the policy
    /// wins over the packs (with <c>AddCsEtiquette</c> it is <c>EtiquetteOptions.Policy</c>, so fixes promise the same
    /// time as the assistant's replies).
    /// </summary>
    public ShopPolicy? Policy { get; init; }
}
