using CsEtiquette.Insights;

namespace CsEtiquette.Cli.Report;

/// <summary>Builds the inspector used by <c>cse report</c> (the linter and analyzer adapters are wired here).</summary>
internal static class ReportServices
{
    public static QualityInspector CreateInspector(bool strict) => CreateInspector(strict, []);

    /// <summary>An inspector whose reply linter adds the <c>--rules</c> packs; <paramref name="redact"/> masks personal
    /// data; <paramref name="since"/> (inclusive) and <paramref name="until"/> (exclusive) bound the period.</summary>
    /// <exception cref="Linting.RulePackException">A pack is unusable.</exception>
    public static QualityInspector CreateInspector(bool strict, IReadOnlyList<string> rulePacks, bool redact = true,
        DateTimeOffset? since = null, DateTimeOffset? until = null) =>
        new(new QualityInspectorOptions
        {
            Strict = strict,
            RedactPersonalData = redact,
            Since = since,
            Until = until,
            Workers = Math.Clamp(Environment.ProcessorCount, 1, 8),
            Linter = rulePacks.Count == 0 ? null : new Linting.ReplyLinter(new Linting.LintOptions { ExtraPackPaths = rulePacks }),
        }, null, null);
}
