namespace CsEtiquette.Assistant;

/// <summary>One message of a conversation (对话轮次). Immutable and thread-safe.</summary>
/// <param name="Role">Who said it.</param>
/// <param name="Text">What was said; never null (the conversation's <c>With…Turn</c> methods check it).</param>
/// <param name="At">When it was said, from the conversation's clock.</param>
public sealed record ConversationTurn(ConversationRole Role, string Text, DateTimeOffset At);
