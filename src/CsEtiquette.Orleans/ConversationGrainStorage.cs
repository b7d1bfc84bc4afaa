using System.Globalization;
using CsEtiquette.Hosting;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace CsEtiquette.Orleans;

/// <summary>
/// An Orleans <see cref="IGrainStorage"/> over an <see cref="IConversationStore"/>, so conversation grains persist in
/// the same store (and schema) as <see cref="ConversationService"/>: the grain's string key is the conversation id, the
/// ETag is the store's version, and a write based on an old ETag fails with <see cref="InconsistentStateException"/>
/// (Orleans then deactivates the grain, which reloads the newer state). Supports <see cref="ConversationGrainState"/>
/// only. Thread-safe.
/// </summary>
public sealed class ConversationGrainStorage : IGrainStorage
{
    /// <summary>The storage name the conversation grain uses: <c>csetiquette</c>.</summary>
    public const string Name = "csetiquette";

    private readonly IConversationStore _store;

    /// <summary>Creates the adapter.</summary>
    /// <param name="store">The conversation store.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    public ConversationGrainStorage(IConversationStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <inheritdoc />
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var state = StateOf(grainState);
        var stored = await _store.FindAsync(KeyOf(grainId)).ConfigureAwait(false);
        state.Conversation = stored?.Conversation;
        grainState.ETag = stored is null ? null : stored.Version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = stored is not null;
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var state = StateOf(grainState);
        if (state.Conversation is null)
        {
            return;
        }

        var expected = grainState.ETag is null ? 0 : long.Parse(grainState.ETag, CultureInfo.InvariantCulture);
        var saved = await _store.SaveAsync(state.Conversation, expected).ConfigureAwait(false);
        if (!saved.IsSaved)
        {
            throw new InconsistentStateException(saved.Message, saved.Version.ToString(CultureInfo.InvariantCulture), grainState.ETag ?? "0");
        }

        grainState.ETag = saved.Version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        await _store.DeleteAsync(KeyOf(grainId)).ConfigureAwait(false);
        StateOf(grainState).Conversation = null;
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private static string KeyOf(GrainId grainId) => grainId.Key.ToString()!;

    private static ConversationGrainState StateOf<T>(IGrainState<T> grainState) =>
        grainState.State as ConversationGrainState
        ?? throw new NotSupportedException($"{nameof(ConversationGrainStorage)} stores {nameof(ConversationGrainState)} only, not {typeof(T).Name}.");
}
