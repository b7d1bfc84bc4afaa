using CsEtiquette.Insights;
using Orleans;
using Orleans.Placement;
using Orleans.Runtime;

namespace CsEtiquette.Orleans;

/// <summary>
/// The <see cref="IQualityAggregateGrain"/>: keeps the merged <see cref="InsightAggregate"/> in its persistent state
/// (through <see cref="QualityAggregateGrainStorage"/>) and writes it after every merge, before the call returns, so a
/// merge that was acknowledged survives deactivation and a silo restart. Merges arrive a few per server and period, so
/// write-through costs little here. Placed on the silo that first calls it.
/// </summary>
[PreferLocalPlacement]
internal sealed class QualityAggregateGrain(
    [PersistentState("aggregate", QualityAggregateGrainStorage.Name)] IPersistentState<QualityAggregateGrainState> state)
    : Grain, IQualityAggregateGrain
{
    public async Task<long> Merge(string aggregateJson)
    {
        ArgumentNullException.ThrowIfNull(aggregateJson);
        var part = InsightAggregate.FromJson(aggregateJson);
        var before = state.State.Aggregate;
        state.State.Aggregate = InsightAggregate.Merge(before ?? new InsightAggregate(), part);
        try
        {
            await state.WriteStateAsync().ConfigureAwait(true);
        }
        catch
        {
            // Not stored, so not merged: the caller may send it again without counting it twice.
            state.State.Aggregate = before;
            throw;
        }

        return state.State.Aggregate.MessageCount;
    }

    public Task<string> GetAggregateJson() => Task.FromResult((state.State.Aggregate ?? new InsightAggregate()).ToJson());

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
