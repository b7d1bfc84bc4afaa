namespace CsEtiquette.Templates;

/// <summary>
/// A template pack (JSON) is malformed. The message names the file (or <c>embedded:&lt;name&gt;</c>), the JSON path
/// and the problem, e.g. <c>my-pack.json: $.templates[2].variants[0]: unclosed '{' at offset 7.</c>
/// </summary>
public sealed class TemplatePackException : EtiquettePackException
{
    /// <summary>Creates the exception; the message is <c>source: JSON path: problem</c>.</summary>
    /// <param name="source">The file path of the pack, or <c>embedded:&lt;name&gt;</c>.</param>
    /// <param name="jsonPath">The JSON path of the offending value (<c>$</c> for the whole document).</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public TemplatePackException(string source, string jsonPath, string problem, Exception? innerException = null)
        : base(source, jsonPath, problem, innerException)
    {
    }
}
