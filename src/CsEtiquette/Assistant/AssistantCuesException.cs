namespace CsEtiquette.Assistant;

/// <summary>
/// An assistant cues pack (<c>assistant.zh-CN.json</c>: per-issue empathy template and photos, option ordinals,
/// request cues) cannot be used. The message names the file (or <c>embedded:&lt;name&gt;</c>), the JSON path and the
/// problem, e.g. <c>cues.json: $.issues[2].issue: unknown CustomerIssue 'Broken' (expected one of: …)</c>.
/// </summary>
public sealed class AssistantCuesException : EtiquettePackException
{
    /// <summary>Creates the exception; the message is <c>source: JSON path: problem</c>.</summary>
    /// <param name="source">The file path of the pack, or <c>embedded:&lt;name&gt;</c>.</param>
    /// <param name="jsonPath">The JSON path of the offending value (<c>$</c> for the whole document).</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public AssistantCuesException(string source, string jsonPath, string problem, Exception? innerException = null)
        : base(source, jsonPath, problem, innerException)
    {
    }
}
