namespace CsEtiquette.Complaints;

/// <summary>
/// A complaint-replies pack (投诉回复话术包, <c>complaint-replies.zh-CN.json</c>) cannot be used. The message names the
/// file (or <c>embedded:&lt;name&gt;</c>), the JSON path and the problem, e.g.
/// <c>replies.json: $.replies['complaint.resolve']: unknown slot '{when}'; …</c>.
/// </summary>
public sealed class ComplaintReplyPackException : EtiquettePackException
{
    /// <summary>Creates the exception; the message is <c>source: JSON path: problem</c>.</summary>
    /// <param name="source">The file path of the pack, or <c>embedded:&lt;name&gt;</c>.</param>
    /// <param name="jsonPath">The JSON path of the offending value (<c>$</c> for the whole document).</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ComplaintReplyPackException(string source, string jsonPath, string problem, Exception? innerException = null)
        : base(source, jsonPath, problem, innerException)
    {
    }
}
