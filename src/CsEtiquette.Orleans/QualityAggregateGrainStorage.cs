using System.Globalization;
using CsEtiquette.Insights;
using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace CsEtiquette.Orleans;

/// <summary>
/// An Orleans <see cref="IGrainStorage"/> over an <see cref="IQualityAggregateStore"/>, the second CsEtiquette adapter
/// beside <see cref="ConversationGrainStorage"/> (conversations and aggregates are different rows, so each adapter
/// stores one state type): the grain's string key is the scope, the ETag is the store's version, the row holds
/// <see cref="InsightAggregate.ToJson"/>, and a write based on an old ETag fails with
/// <see cref="InconsistentStateException"/> (Orleans then deactivates the grain, which reloads the newer state).
/// Supports <see cref="QualityAggregateGrainState"/> only. Thread-safe.
/// </summary>
public sealed class QualityAggregateGrainStorage : IGrainStorage
{
    /// <summary>The storage name the quality-aggregate grain uses: <c>csetiquette-quality</c>.</summary>
    public const string Name = "csetiquette-quality";

    private readonly IQualityAggregateStore _store;

    /// <summary>Creates the adapter.</summary>
    /// <param name="store">The aggregate store.</param>
    /// <exception cref="ArgumentNullException"><paramref name="store"/> is null.</exception>
    public QualityAggregateGrainStorage(IQualityAggregateStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        _store = store;
    }

    /// <inheritdoc />
    /// <exception cref="FormatException">The stored row is not an aggregate (the message names the JSON path).</exception>
    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var state = StateOf(grainState);
        var stored = await _store.FindAsync(KeyOf(grainId)).ConfigureAwait(false);
        state.Aggregate = stored is null ? null : InsightAggregate.FromJson(stored.Json);
        grainState.ETag = stored?.Version.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = stored is not null;
    }

    /// <inheritdoc />
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var state = StateOf(grainState);
        if (state.Aggregate is null)
        {
            return;
        }

        var key = KeyOf(grainId);
        var expected = grainState.ETag is null ? 0 : long.Parse(grainState.ETag, CultureInfo.InvariantCulture);
        if (!await _store.SaveAsync(key, state.Aggregate.ToJson(), expected).ConfigureAwait(false))
        {
            var now = await _store.FindAsync(key).ConfigureAwait(false);
            throw new InconsistentStateException(
                string.Create(CultureInfo.InvariantCulture, $"quality aggregate '{key}': stored version is {now?.Version ?? 0}, the write was based on {expected}."),
                now?.Version.ToString(CultureInfo.InvariantCulture) ?? "0", grainState.ETag ?? "0");
        }

        grainState.ETag = (expected + 1).ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    /// <inheritdoc />
    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        ArgumentNullException.ThrowIfNull(grainState);
        var state = StateOf(grainState);
        await _store.DeleteAsync(KeyOf(grainId)).ConfigureAwait(false);
        state.Aggregate = null;
        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    private static string KeyOf(GrainId grainId) => grainId.Key.ToString()!;

    private static QualityAggregateGrainState StateOf<T>(IGrainState<T> grainState) =>
        grainState.State as QualityAggregateGrainState
        ?? throw new NotSupportedException($"{nameof(QualityAggregateGrainStorage)} stores {nameof(QualityAggregateGrainState)} only, not {typeof(T).Name}.");
}
