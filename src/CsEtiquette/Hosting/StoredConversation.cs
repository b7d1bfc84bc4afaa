using CsEtiquette.Assistant;

namespace CsEtiquette.Hosting;

/// <summary>A conversation as stored, with the store's version of it (1 after the first save). Immutable.</summary>
/// <param name="Conversation">The conversation.</param>
/// <param name="Version">The store's version; the expected version of the next save.</param>
public sealed record StoredConversation(Conversation Conversation, long Version);
