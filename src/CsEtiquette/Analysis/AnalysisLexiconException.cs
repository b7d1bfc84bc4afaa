namespace CsEtiquette.Analysis;

/// <summary>
/// An analysis lexicon (JSON) cannot be used. The message names the source (file or resource) and the JSON path
/// of the offending value, e.g. <c>my-lexicon.json: $.emotions.Angry.气死: weight must be in 0..1</c>.
/// </summary>
public sealed class AnalysisLexiconException : Exception
{
    /// <summary>Creates an exception with a message.</summary>
    public AnalysisLexiconException()
        : base("The analysis lexicon cannot be used.")
    {
    }

    /// <summary>Creates an exception with a message.</summary>
    /// <param name="message">What is wrong and where.</param>
    public AnalysisLexiconException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with a message and the underlying cause.</summary>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="innerException">The cause (e.g. a <see cref="System.Text.Json.JsonException"/>).</param>
    public AnalysisLexiconException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
