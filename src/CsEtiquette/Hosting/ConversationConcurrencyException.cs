namespace CsEtiquette.Hosting;

/// <summary>Thrown by <see cref="ConversationService"/> when every attempt to save a conversation met a newer version
/// (many writers on one conversation at once). The message names the conversation and the versions.</summary>
public sealed class ConversationConcurrencyException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public ConversationConcurrencyException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public ConversationConcurrencyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public ConversationConcurrencyException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
