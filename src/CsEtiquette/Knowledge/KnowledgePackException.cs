namespace CsEtiquette.Knowledge;

/// <summary>
/// A knowledge pack (JSON) is malformed. The message names the file (or source), the JSON path and the problem,
/// e.g. <c>shop.json: $.entries[3].answer: must be a non-blank string.</c>
/// </summary>
public sealed class KnowledgePackException : EtiquettePackException
{
    /// <summary>Creates the exception for a problem at a place in a pack.</summary>
    /// <param name="source">The file path or source name of the pack.</param>
    /// <param name="jsonPath">The JSON path of the offending value, e.g. <c>$.entries[2].id</c>.</param>
    /// <param name="problem">What is wrong, in one sentence.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public KnowledgePackException(string source, string jsonPath, string problem, Exception? innerException = null)
        : base(source, jsonPath, problem, innerException)
    {
    }

    /// <summary>Creates the exception with a custom message.</summary>
    /// <param name="message">The message.</param>
    public KnowledgePackException(string message)
        : this(string.Empty, "$", message)
    {
    }

    /// <summary>Creates the exception with a custom message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public KnowledgePackException(string message, Exception innerException)
        : this(string.Empty, "$", message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public KnowledgePackException()
        : this("The knowledge pack is malformed.")
    {
    }
}
