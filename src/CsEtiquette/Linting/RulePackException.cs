namespace CsEtiquette.Linting;

/// <summary>
/// A rule pack (规则包) cannot be used: malformed JSON, a wrong header, an unknown, missing or mistyped property, an
/// invalid token pattern or replacement template. The message names the file, the JSON path and the problem, e.g.
/// <c>rules.json: $.rules[3].patterns[0].match: unbalanced '(' in "(不能|无法"</c>.
/// </summary>
public sealed class RulePackException : EtiquettePackException
{
    /// <summary>Creates the exception; the message is <c>source: JSON path: problem</c>.</summary>
    /// <param name="source">The file path of the pack, or <c>embedded:&lt;name&gt;</c>.</param>
    /// <param name="jsonPath">The JSON path of the offending value (<c>$</c> for the whole document).</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public RulePackException(string source, string jsonPath, string problem, Exception? innerException = null)
        : base(source, jsonPath, problem, innerException)
    {
    }
}
