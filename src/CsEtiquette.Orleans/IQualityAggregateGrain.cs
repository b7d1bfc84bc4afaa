using Orleans;

namespace CsEtiquette.Orleans;

/// <summary>
/// Merges quality-inspection tallies (质检, <see cref="Insights.InsightAggregate"/>) sent by many chat servers into one,
/// keyed by a scope such as a shop and day (<c>shop-1/2026-11-24</c>). Aggregates cross the wire as their JSON form
/// (<see cref="Insights.InsightAggregate.ToJson"/>). Merging is associative and commutative, so the order in which
/// servers report does not matter. Each merge is stored (<see cref="QualityAggregateGrainStorage"/>) before it returns,
/// so the total survives deactivation and silo restarts.
/// </summary>
public interface IQualityAggregateGrain : IGrainWithStringKey
{
    /// <summary>Merges one server's aggregate into the total.</summary>
    /// <param name="aggregateJson">An aggregate's <see cref="Insights.InsightAggregate.ToJson"/>.</param>
    /// <returns>The total message count after the merge.</returns>
    /// <exception cref="FormatException"><paramref name="aggregateJson"/> is not an aggregate (nothing is merged).</exception>
    Task<long> Merge(string aggregateJson);

    /// <summary>The merged aggregate as JSON (<see cref="Insights.InsightAggregate.FromJson(string)"/> reads it).</summary>
    /// <returns>The JSON text; an empty aggregate's before the first merge.</returns>
    Task<string> GetAggregateJson();

    /// <summary>Deactivates the grain after this call (its state is stored); the next call activates it again, on any silo.</summary>
    /// <returns>A task that completes when the request is queued.</returns>
    Task Deactivate();
}
