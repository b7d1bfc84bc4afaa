using CsEtiquette.Assistant;

namespace CsEtiquette.Hosting;

/// <summary>
/// An <see cref="IConversationStore"/> in memory (the default of <c>AddCsEtiquette</c>). Stores the serialised form
/// (<see cref="ConversationJson"/>), so what a caller gets back is what a database store would give: a fresh value
/// with the store's clock. Thread-safe: each operation is atomic under one lock.
/// </summary>
public sealed class InMemoryConversationStore : IConversationStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string Json, long Version)> _rows = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;

    /// <summary>Creates an empty store.</summary>
    /// <param name="clock">The clock given to loaded conversations; <see cref="TimeProvider.System"/> when null.</param>
    public InMemoryConversationStore(TimeProvider? clock = null) => _clock = clock ?? TimeProvider.System;

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public ValueTask<StoredConversation?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        cancellationToken.ThrowIfCancellationRequested();
        (string Json, long Version) row;
        lock (_gate)
        {
            if (!_rows.TryGetValue(id, out row))
            {
                return ValueTask.FromResult<StoredConversation?>(null);
            }
        }

        return ValueTask.FromResult<StoredConversation?>(new StoredConversation(ConversationJson.Deserialize(row.Json, _clock), row.Version));
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="conversation"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative.</exception>
    public ValueTask<ConversationSaveResult> SaveAsync(Conversation conversation, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        cancellationToken.ThrowIfCancellationRequested();
        var json = ConversationJson.Serialize(conversation);
        lock (_gate)
        {
            var stored = _rows.TryGetValue(conversation.Id, out var row) ? row.Version : 0;
            if (stored != expectedVersion)
            {
                var current = stored == 0 ? null : new StoredConversation(ConversationJson.Deserialize(row.Json, _clock), stored);
                return ValueTask.FromResult(ConversationSaveResult.Conflict(conversation.Id, expectedVersion, current));
            }

            _rows[conversation.Id] = (json, expectedVersion + 1);
        }

        return ValueTask.FromResult(ConversationSaveResult.Saved(conversation.Id, expectedVersion + 1));
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public ValueTask<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_rows.Remove(id));
        }
    }
}
