namespace CsEtiquette.Orleans;

/// <summary>
/// Where <see cref="QualityAggregateGrainStorage"/> keeps merged quality-inspection aggregates (质检汇总): one row per
/// scope holding the aggregate's JSON (<see cref="Insights.InsightAggregate.ToJson"/>) and a version for optimistic
/// concurrency, as <see cref="Hosting.IConversationStore"/> does for conversations. Implementations:
/// <see cref="InMemoryQualityAggregateStore"/> (one process) and <see cref="SqlQualityAggregateStore"/> (SQLite or
/// PostgreSQL through ADO.NET). Implementations are thread-safe.
/// </summary>
public interface IQualityAggregateStore
{
    /// <summary>Finds the aggregate of a scope.</summary>
    /// <param name="scope">The scope, e.g. <c>shop-1/2026-11-24</c>.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The stored aggregate and its version, or null when there is none.</returns>
    ValueTask<StoredQualityAggregate?> FindAsync(string scope, CancellationToken cancellationToken = default);

    /// <summary>Stores <paramref name="aggregateJson"/> under <paramref name="scope"/> if the stored version is still <paramref name="expectedVersion"/>.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="aggregateJson">The aggregate's JSON.</param>
    /// <param name="expectedVersion">The version it was based on; 0 when nothing is stored yet.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when saved (the version is now <paramref name="expectedVersion"/> + 1); false when another writer saved
    /// first, in which case nothing changed.</returns>
    ValueTask<bool> SaveAsync(string scope, string aggregateJson, long expectedVersion, CancellationToken cancellationToken = default);

    /// <summary>Removes the aggregate of a scope.</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Whether an aggregate was removed.</returns>
    ValueTask<bool> DeleteAsync(string scope, CancellationToken cancellationToken = default);
}
