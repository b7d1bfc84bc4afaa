namespace CsEtiquette.Orleans;

/// <summary>
/// An <see cref="IQualityAggregateStore"/> in memory: what <c>AddCsEtiquetteGrainStorage</c> registers when no other
/// store is. It survives a grain's deactivation on the same silo but not a silo restart, and each silo has its own, so
/// a cluster of several silos needs <see cref="SqlQualityAggregateStore"/> (or another shared store). Thread-safe: each
/// operation is atomic under one lock.
/// </summary>
public sealed class InMemoryQualityAggregateStore : IQualityAggregateStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (string Json, long Version)> _rows = new(StringComparer.Ordinal);

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public ValueTask<StoredQualityAggregate?> FindAsync(string scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_rows.TryGetValue(scope, out var row) ? new StoredQualityAggregate(scope, row.Json, row.Version) : null);
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> or <paramref name="aggregateJson"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative.</exception>
    public ValueTask<bool> SaveAsync(string scope, string aggregateJson, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(aggregateJson);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var stored = _rows.TryGetValue(scope, out var row) ? row.Version : 0;
            if (stored != expectedVersion)
            {
                return ValueTask.FromResult(false);
            }

            _rows[scope] = (aggregateJson, expectedVersion + 1);
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public ValueTask<bool> DeleteAsync(string scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_rows.Remove(scope));
        }
    }
}
