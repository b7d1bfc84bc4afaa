namespace CsEtiquette.Segmentation;

/// <summary>
/// A dictionary or user-dictionary line that cannot be read. The message names the source, the 1-based line number
/// and the line's text.
/// </summary>
public sealed class LexiconFormatException : FormatException
{
    /// <summary>Creates an exception for line <paramref name="lineNumber"/> of <paramref name="sourceName"/>.</summary>
    /// <param name="sourceName">The file path or a caller-given name of the source.</param>
    /// <param name="lineNumber">1-based line number.</param>
    /// <param name="lineText">The offending line.</param>
    /// <param name="reason">What is wrong with it.</param>
    public LexiconFormatException(string sourceName, int lineNumber, string lineText, string reason)
        : base($"Invalid dictionary entry in {sourceName} at line {lineNumber}: \"{lineText}\": {reason}")
    {
        SourceName = sourceName;
        LineNumber = lineNumber;
        LineText = lineText;
        Reason = reason;
    }

    /// <summary>Creates an exception with a message only.</summary>
    /// <param name="message">The message.</param>
    public LexiconFormatException(string message)
        : base(message)
    {
        SourceName = string.Empty;
        LineText = string.Empty;
        Reason = message;
    }

    /// <summary>Creates an exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public LexiconFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        SourceName = string.Empty;
        LineText = string.Empty;
        Reason = message;
    }

    /// <summary>Creates an exception with no details.</summary>
    public LexiconFormatException()
        : this("Invalid dictionary entry.")
    {
    }

    /// <summary>The file path or caller-given name of the source.</summary>
    public string SourceName { get; }

    /// <summary>1-based number of the offending line (0 when unknown).</summary>
    public int LineNumber { get; }

    /// <summary>The offending line's text.</summary>
    public string LineText { get; }

    /// <summary>What is wrong with the line.</summary>
    public string Reason { get; }
}
