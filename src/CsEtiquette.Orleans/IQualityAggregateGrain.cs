using Orleans;

namespace CsEtiquette.Orleans;

/// <summary>
/// Merges quality-inspection tallies (质检, <see cref="Insights.InsightAggregate"/>) sent by many chat servers into one,
/// keyed by a scope such as a shop and day (<c>shop-1/2026-11-24</c>). Aggregates cross the wire as their JSON form
/// (<see cref="Insights.InsightAggregate.ToJson"/>). Merging is associative and commutative, so the order in which
/// servers report does not matter.
/// </summary>
public interface IQualityAggregateGrain : IGrainWithStringKey
{
    /// <summary>Merges one server's aggregate into the total.</summary>
    /// <param name="aggregateJson">An aggregate's <see cref="Insights.InsightAggregate.ToJson"/>.</param>
    /// <returns>The total message count after the merge.</returns>
    Task<long> Merge(string aggregateJson);

    /// <summary>The merged aggregate as JSON (<see cref="Insights.InsightAggregate.FromJson(string)"/> reads it).</summary>
    /// <returns>The JSON text.</returns>
    Task<string> GetAggregateJson();
}
