using CsEtiquette.Insights;

namespace CsEtiquette.Orleans;

/// <summary>The persisted state of an <see cref="IQualityAggregateGrain"/>: the merged aggregate, null before the first
/// merge. Written and read by <see cref="QualityAggregateGrainStorage"/> (as <see cref="InsightAggregate.ToJson"/>), never
/// by the Orleans serializer.</summary>
public sealed class QualityAggregateGrainState
{
    /// <summary>The merged aggregate; null until the first merge.</summary>
    public InsightAggregate? Aggregate { get; set; }
}
