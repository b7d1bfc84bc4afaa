using CsEtiquette.Analysis;

namespace CsEtiquette.Insights;

/// <summary>Quality inspection through <see cref="ICustomerMessageAnalyzer"/>: primary intent, emotion, complaint, abuse, read from <see cref="MessageAnalysis"/> as they are.</summary>
internal sealed class AnalyzerCustomerClassifier(ICustomerMessageAnalyzer analyzer) : ICustomerClassifier
{
    private static readonly string[] IntentNames = Enum.GetNames<MessageIntent>();

    public CustomerSignals Classify(string text)
    {
        var a = analyzer.Analyze(text);
        return new CustomerSignals(
            Name(IntentNames, (int)a.PrimaryIntent) ?? a.PrimaryIntent.ToString(),
            a.Emotion.Label,
            a.IsComplaint,
            a.IsAbusive);
    }

    // Enum.ToString allocates; the names array is indexed by the (contiguous, zero-based) enum values.
    private static string? Name(string[] names, int value) => (uint)value < (uint)names.Length ? names[value] : null;
}
