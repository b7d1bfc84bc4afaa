namespace CsEtiquette.Insights;

/// <summary>
/// One message of a chat log: <c>{"conversation":"c1","role":"agent","agent":"小王","text":"…","at":"2026-11-24T10:00:00+08:00"}</c>.
/// </summary>
/// <param name="Conversation">Conversation id; never empty.</param>
/// <param name="Role">Who wrote the message.</param>
/// <param name="Agent">The agent's name: always set for <see cref="ChatRole.Agent"/>; for customer messages the
/// agent serving the conversation, or <see langword="null"/> when the log does not say.</param>
/// <param name="Text">The message text; never empty.</param>
/// <param name="At">When the message was sent (the log's offset is kept).</param>
public sealed record ChatMessage(string Conversation, ChatRole Role, string? Agent, string Text, DateTimeOffset At);
