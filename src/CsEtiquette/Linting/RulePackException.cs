namespace CsEtiquette.Linting;

/// <summary>
/// A rule pack (规则包) cannot be used: malformed JSON, a missing or mistyped field, an invalid token pattern
/// or replacement template. The message names the file, the JSON path and the problem, e.g.
/// <c>rules.json: $.rules[3].patterns[0].match: unbalanced '(' in "(不能|无法"</c>.
/// </summary>
public sealed class RulePackException : Exception
{
    /// <summary>Creates an exception for a problem at <paramref name="jsonPath"/> of <paramref name="source"/>.</summary>
    /// <param name="source">The file path or resource name of the pack.</param>
    /// <param name="jsonPath">The JSON path of the offending value (<c>$</c> for the whole document).</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public RulePackException(string source, string jsonPath, string problem, Exception? inner = null)
        : base($"{source}: {jsonPath}: {problem}", inner)
    {
        PackSource = source;
        JsonPath = jsonPath;
        Problem = problem;
    }

    /// <summary>Creates an exception with a plain message.</summary>
    public RulePackException()
        : this("(unknown)", "$", "invalid rule pack")
    {
    }

    /// <summary>Creates an exception with a plain message.</summary>
    public RulePackException(string message)
        : this("(unknown)", "$", message)
    {
    }

    /// <summary>Creates an exception with a plain message and an inner exception.</summary>
    public RulePackException(string message, Exception inner)
        : this("(unknown)", "$", message, inner)
    {
    }

    /// <summary>The file path or embedded resource name of the pack.</summary>
    public string PackSource { get; }

    /// <summary>The JSON path of the offending value, e.g. <c>$.rules[3].patterns[0].match</c>.</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong, in plain words.</summary>
    public string Problem { get; }
}
