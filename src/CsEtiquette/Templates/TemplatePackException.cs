namespace CsEtiquette.Templates;

/// <summary>
/// A template pack (JSON) is malformed. The message names the file (or source), the JSON path and the
/// problem, e.g. <c>my-pack.json: $.templates[2].variants[0]: unclosed '{' at offset 7.</c>
/// </summary>
public sealed class TemplatePackException : Exception
{
    /// <summary>Creates the exception for a problem at a place in a pack.</summary>
    /// <param name="source">The file path or source name of the pack.</param>
    /// <param name="jsonPath">The JSON path of the offending value, e.g. <c>$.templates[2].id</c>.</param>
    /// <param name="problem">What is wrong, in one sentence.</param>
    /// <param name="innerException">The underlying error, if any (e.g. a <see cref="System.Text.Json.JsonException"/>).</param>
    public TemplatePackException(string source, string jsonPath, string problem, Exception? innerException = null)
        : base($"{source}: {jsonPath}: {problem}", innerException)
    {
        PackSource = source;
        JsonPath = jsonPath;
        Problem = problem;
    }

    /// <summary>Creates the exception with a custom message.</summary>
    /// <param name="message">The message.</param>
    public TemplatePackException(string message)
        : this(string.Empty, "$", message)
    {
    }

    /// <summary>Creates the exception with a custom message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TemplatePackException(string message, Exception innerException)
        : this(string.Empty, "$", message, innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public TemplatePackException()
        : this("The template pack is malformed.")
    {
    }

    /// <summary>The file path or source name of the pack (e.g. <c>embedded:templates.zh-CN.json</c>).</summary>
    public string PackSource { get; }

    /// <summary>The JSON path of the offending value (<c>$</c> for the document itself).</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong.</summary>
    public string Problem { get; }
}
