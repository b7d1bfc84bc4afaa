using CsEtiquette.Insights;

namespace CsEtiquette.Cli.Report;

/// <summary>Builds the inspector used by <c>cse report</c> (the linter and analyzer adapters are wired here).</summary>
internal static class ReportServices
{
    public static QualityInspector CreateInspector(bool strict, bool redact = true) =>
        new(new QualityInspectorOptions { Strict = strict, RedactPersonalData = redact, Workers = Math.Clamp(Environment.ProcessorCount, 1, 8) }, null, null);
}
