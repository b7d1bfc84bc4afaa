namespace CsEtiquette.Insights;

/// <summary>
/// One record read from a chat log: either a <see cref="Message"/> or, for a bad line, an <see cref="Error"/>
/// saying what is wrong. Bad lines are reported, never dropped silently.
/// </summary>
/// <param name="Line">1-based physical line number where the record starts.</param>
/// <param name="Message">The parsed message, or <see langword="null"/> for a bad line.</param>
/// <param name="Error">Why the line was rejected (invalid JSON, missing field, unknown role, …), or
/// <see langword="null"/> when <paramref name="Message"/> is set.</param>
public readonly record struct ChatLogEntry(long Line, ChatMessage? Message, string? Error)
{
    /// <summary>Whether this record is a valid message.</summary>
    public bool IsMessage => Message is not null;
}
