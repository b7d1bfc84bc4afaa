using CsEtiquette.Analysis;

namespace CsEtiquette.Insights;

/// <summary>Quality inspection through <see cref="ICustomerMessageAnalyzer"/>: primary intent, emotion, complaint, abuse, read from <see cref="MessageAnalysis"/> as they are.</summary>
internal sealed class AnalyzerCustomerClassifier(ICustomerMessageAnalyzer analyzer) : ICustomerClassifier
{
    private static readonly string[] IntentNames = Enum.GetNames<MessageIntent>();

    // CustomerMessageAnalyzer.Redact masks a subset of the facts Analyze reports (one fact pipeline, same segmenter):
    // with no fact that needs a mask among them, Redact returns the message unchanged and need not run. Another
    // analyzer makes no such promise, so its messages are always redacted.
    private readonly bool _factsPredictRedaction = analyzer is CustomerMessageAnalyzer;

    /// <summary>The analyzer classifying (and, in a report, redacting) customer messages.</summary>
    public ICustomerMessageAnalyzer Analyzer => analyzer;

    public CustomerSignals Classify(string text)
    {
        var a = analyzer.Analyze(text);
        return new CustomerSignals(
            Name(IntentNames, (int)a.PrimaryIntent) ?? a.PrimaryIntent.ToString(),
            a.Emotion.Label,
            a.IsComplaint,
            a.IsAbusive,
            !_factsPredictRedaction || HasMaskedFact(a.Facts));
    }

    private static bool HasMaskedFact(IReadOnlyList<KeyFact> facts)
    {
        for (var i = 0; i < facts.Count; i++)
        {
            if (FactRedaction.NeedsMask(facts[i].Kind, facts[i].Value))
            {
                return true;
            }
        }

        return false;
    }

    // Enum.ToString allocates; the names array is indexed by the (contiguous, zero-based) enum values.
    private static string? Name(string[] names, int value) => (uint)value < (uint)names.Length ? names[value] : null;
}
