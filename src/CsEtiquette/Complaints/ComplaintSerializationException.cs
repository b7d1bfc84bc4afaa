namespace CsEtiquette.Complaints;

/// <summary>
/// Complaint JSON (a persisted case, an event, or a reply pack) that cannot be read: malformed JSON, an unsupported
/// <c>schemaVersion</c>, or values that contradict each other. <see cref="JsonPath"/> says where.
/// </summary>
public sealed class ComplaintSerializationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ComplaintSerializationException()
        : this("The complaint JSON cannot be read.", "$")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The problem.</param>
    public ComplaintSerializationException(string message)
        : this(message, "$")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The problem.</param>
    /// <param name="innerException">The underlying error.</param>
    public ComplaintSerializationException(string message, Exception? innerException)
        : this(message, "$", innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The problem (the JSON path is appended).</param>
    /// <param name="jsonPath">Where in the JSON the problem is, e.g. <c>$.history[2].event</c>.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public ComplaintSerializationException(string message, string jsonPath, Exception? innerException = null)
        : base($"{message} (at {jsonPath})", innerException)
    {
        JsonPath = jsonPath;
    }

    /// <summary>The JSON path of the problem; <c>$</c> for the whole document.</summary>
    public string JsonPath { get; } = "$";
}
