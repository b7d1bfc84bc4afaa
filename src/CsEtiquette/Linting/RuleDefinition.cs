using CsEtiquette.Linting.Engine;

namespace CsEtiquette.Linting;

/// <summary>
/// One rule of a <see cref="RulePack"/> (e.g. CSE001 负面措辞), as loaded from JSON. Immutable and thread-safe.
/// The token patterns, exceptions and detector settings are compiled by <see cref="ReplyLinter"/>.
/// </summary>
public sealed class RuleDefinition
{
    internal RuleDefinition(
        string id,
        Severity severity,
        LocalizedText title,
        LocalizedText message,
        LocalizedText advice,
        string detector,
        bool ignoreQuoted,
        IReadOnlyList<PatternSpec> patterns,
        IReadOnlyList<ExceptionSpec> exceptions,
        IReadOnlyDictionary<string, IReadOnlyList<PatternSpec>> markers,
        RuleSettings settings,
        string origin)
    {
        Id = id;
        Severity = severity;
        TitleText = title;
        MessageText = message;
        AdviceText = advice;
        Detector = detector;
        IgnoreQuoted = ignoreQuoted;
        Patterns = patterns;
        Exceptions = exceptions;
        Markers = markers;
        Settings = settings;
        Origin = origin;
    }

    /// <summary>The stable rule id, e.g. <c>CSE001</c>.</summary>
    public string Id { get; }

    /// <summary>This rule with another severity (for <see cref="LintOptions.SeverityOverrides"/>).</summary>
    internal RuleDefinition WithSeverity(Severity severity) => severity == Severity ? this
        : new(Id, severity, TitleText, MessageText, AdviceText, Detector, IgnoreQuoted, Patterns, Exceptions, Markers, Settings, Origin);

    /// <summary>The severity of this rule's findings.</summary>
    public Severity Severity { get; }

    /// <summary>Short Chinese title (e.g. 负面措辞).</summary>
    public string Title => TitleText.Chinese;

    /// <summary>Short English title (e.g. Negative wording); the Chinese title when the pack has none.</summary>
    public string TitleEn => TitleText.English;

    /// <summary>The Chinese finding message.</summary>
    public string Message => MessageText.Chinese;

    /// <summary>The English finding message; the Chinese message when the pack has none.</summary>
    public string MessageEn => MessageText.English;

    /// <summary>How to fix it, in Chinese (empty when the pack gives no advice).</summary>
    public string Advice => AdviceText.Chinese;

    /// <summary>
    /// The detector: <c>patterns</c> (token patterns), <c>exclamation</c>, <c>empathy</c>, <c>emoji</c> or
    /// <c>structure</c>.
    /// </summary>
    public string Detector { get; }

    /// <summary>When true, matches inside quoted text (“…”, 「…」, "…") are ignored: those are the customer's words.</summary>
    public bool IgnoreQuoted { get; }

    internal LocalizedText TitleText { get; }

    internal LocalizedText MessageText { get; }

    internal LocalizedText AdviceText { get; }

    internal IReadOnlyList<PatternSpec> Patterns { get; }

    internal IReadOnlyList<ExceptionSpec> Exceptions { get; }

    internal IReadOnlyDictionary<string, IReadOnlyList<PatternSpec>> Markers { get; }

    internal RuleSettings Settings { get; }

    /// <summary>"file: $.rules[i]" — where the rule was defined, for error messages.</summary>
    internal string Origin { get; }
}
