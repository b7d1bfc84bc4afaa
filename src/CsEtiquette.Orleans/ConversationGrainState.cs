using CsEtiquette.Assistant;

namespace CsEtiquette.Orleans;

/// <summary>The persisted state of an <see cref="IConversationGrain"/>: the conversation, null before the first turn.
/// Written and read by <see cref="ConversationGrainStorage"/> (as <see cref="Hosting.ConversationJson"/>), never by the
/// Orleans serializer.</summary>
public sealed class ConversationGrainState
{
    /// <summary>The conversation; null until the first message.</summary>
    public Conversation? Conversation { get; set; }
}
