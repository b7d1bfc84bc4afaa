namespace CsEtiquette.Insights;

/// <summary>
/// A chat log that cannot be read at all (for example a CSV header without the required columns). Single bad
/// lines do not throw; they are returned as <see cref="ChatLogEntry"/> with an error.
/// </summary>
public sealed class ChatLogFormatException : FormatException
{
    /// <summary>Creates the exception.</summary>
    public ChatLogFormatException()
    {
    }

    /// <summary>Creates the exception with a message naming the problem.</summary>
    public ChatLogFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the underlying cause.</summary>
    public ChatLogFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
