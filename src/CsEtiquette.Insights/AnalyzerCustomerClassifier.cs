using CsEtiquette.Analysis;

namespace CsEtiquette.Insights;

/// <summary>Quality inspection through <see cref="ICustomerMessageAnalyzer"/>: primary intent, emotion, complaint, abuse.</summary>
internal sealed class AnalyzerCustomerClassifier(ICustomerMessageAnalyzer analyzer) : ICustomerClassifier
{
    private static readonly string[] IntentNames = Enum.GetNames<MessageIntent>();
    private static readonly string[] EmotionNames = Enum.GetNames<EmotionLabel>();

    public CustomerSignals Classify(string text)
    {
        var a = analyzer.Analyze(text);
        return new CustomerSignals(
            Name(IntentNames, (int)a.PrimaryIntent) ?? a.PrimaryIntent.ToString(),
            Name(EmotionNames, (int)a.Emotion.Label) ?? a.Emotion.Label.ToString(),
            a.HasIntent(MessageIntent.Complaint),
            a.IsAbusive);
    }

    // Enum.ToString allocates; the names array is indexed by the (contiguous, zero-based) enum values.
    private static string? Name(string[] names, int value) => (uint)value < (uint)names.Length ? names[value] : null;
}
