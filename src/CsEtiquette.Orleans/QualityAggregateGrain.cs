using CsEtiquette.Insights;
using Orleans;

namespace CsEtiquette.Orleans;

/// <summary>The <see cref="IQualityAggregateGrain"/>: keeps the merged <see cref="InsightAggregate"/> in memory for the activation's lifetime.</summary>
internal sealed class QualityAggregateGrain : Grain, IQualityAggregateGrain
{
    private InsightAggregate _total = new();

    public Task<long> Merge(string aggregateJson)
    {
        ArgumentNullException.ThrowIfNull(aggregateJson);
        _total = InsightAggregate.Merge(_total, InsightAggregate.FromJson(aggregateJson));
        return Task.FromResult(_total.MessageCount);
    }

    public Task<string> GetAggregateJson() => Task.FromResult(_total.ToJson());
}
