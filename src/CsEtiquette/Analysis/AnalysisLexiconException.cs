namespace CsEtiquette.Analysis;

/// <summary>
/// An analysis lexicon (JSON) cannot be used. The message names the source (file or <c>embedded:&lt;name&gt;</c>), the
/// JSON path and the problem, e.g. <c>my-lexicon.json: $.emotions.Angry.气死: must be a number in 0..1, not 1.5</c>.
/// </summary>
public sealed class AnalysisLexiconException : EtiquettePackException
{
    /// <summary>Creates the exception; the message is <c>source: JSON path: problem</c>.</summary>
    /// <param name="source">The file path of the pack, or <c>embedded:&lt;name&gt;</c>.</param>
    /// <param name="jsonPath">The JSON path of the offending value (<c>$</c> for the whole document).</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public AnalysisLexiconException(string source, string jsonPath, string problem, Exception? innerException = null)
        : base(source, jsonPath, problem, innerException)
    {
    }
}
