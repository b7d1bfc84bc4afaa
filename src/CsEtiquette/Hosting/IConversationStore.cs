using CsEtiquette.Assistant;

namespace CsEtiquette.Hosting;

/// <summary>
/// Storage for conversations (会话状态) beside <see cref="Complaints.IComplaintStore"/>, with optimistic concurrency on a
/// store-kept version: a save names the version it was based on (0 for a conversation not stored yet) and is rejected
/// when another writer saved in between, so two chat servers never overwrite each other's turns. A loaded
/// conversation gets the store's clock (the stored form holds no clock). Implementations must be thread-safe.
/// </summary>
public interface IConversationStore
{
    /// <summary>Finds a conversation by id.</summary>
    /// <param name="id">The conversation id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The stored conversation and its version, or null when there is none.</returns>
    ValueTask<StoredConversation?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="conversation"/> if the stored version is still <paramref name="expectedVersion"/>.</summary>
    /// <param name="conversation">The conversation to store under its <see cref="Conversation.Id"/>.</param>
    /// <param name="expectedVersion">The version it was based on; 0 when the conversation is new (not stored yet).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Saved with the new version (<paramref name="expectedVersion"/> + 1), or a conflict with what is stored now.</returns>
    ValueTask<ConversationSaveResult> SaveAsync(Conversation conversation, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Removes a conversation.</summary>
    /// <param name="id">The conversation id.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether a conversation was removed.</returns>
    ValueTask<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
