namespace CsEtiquette;

/// <summary>
/// A data pack (rules, templates, lexicons, knowledge, training, inspection, cues, replies, …) that cannot be used:
/// malformed JSON, a wrong header, an unknown, missing, duplicate or mistyped property, text that is not text (a lone
/// surrogate, invalid UTF-8), or a value the pack's loader rejects. The message is <c>source: JSON path: problem</c>,
/// e.g. <c>shop-rules.json: $.rules[3].severty: unknown property 'severty' (expected one of: …)</c>; catch this type
/// to handle every pack error alike.
/// </summary>
public abstract class EtiquettePackException : Exception
{
    /// <summary>Creates the exception naming the pack, the JSON path and the problem.</summary>
    /// <param name="packSource">The file path of the pack, or <c>embedded:&lt;name&gt;</c> for an embedded pack.</param>
    /// <param name="jsonPath">Where in the pack the problem is (<c>$</c> for the whole document).</param>
    /// <param name="problem">What is wrong there, in plain words.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    protected EtiquettePackException(string packSource, string jsonPath, string problem, Exception? innerException = null)
        : base($"{packSource}: {jsonPath}: {problem}", innerException)
    {
        PackSource = packSource;
        JsonPath = jsonPath;
        Problem = problem;
    }

    /// <summary>The file path of the pack, or <c>embedded:&lt;name&gt;</c> (e.g. <c>embedded:rules.zh-CN.json</c>).</summary>
    public string PackSource { get; }

    /// <summary>Where in the pack the problem is, e.g. <c>$.rules[3].severty</c> (<c>$</c> for the whole document).</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong there.</summary>
    public string Problem { get; }
}
