namespace CsEtiquette.Knowledge;

/// <summary>
/// A knowledge pack (JSON) is malformed. The message names the file (or source), the JSON path and the problem,
/// e.g. <c>shop.json: $.entries[3].answer: must be a non-blank string.</c>
/// </summary>
public sealed class KnowledgePackException : EtiquettePackException
{
    /// <summary>Creates the exception; the message is <c>source: JSON path: problem</c>.</summary>
    /// <param name="source">The file path of the pack, or <c>embedded:&lt;name&gt;</c>.</param>
    /// <param name="jsonPath">The JSON path of the offending value (<c>$</c> for the whole document).</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public KnowledgePackException(string source, string jsonPath, string problem, Exception? innerException = null)
        : base(source, jsonPath, problem, innerException)
    {
    }
}
