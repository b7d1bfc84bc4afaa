namespace CsEtiquette.Orleans;

/// <summary>A stored quality aggregate. Immutable.</summary>
/// <param name="Scope">The scope it was stored under.</param>
/// <param name="Json">The aggregate's JSON (<see cref="Insights.InsightAggregate.FromJson(string)"/> reads it).</param>
/// <param name="Version">The store's version: 1 after the first save, one more after each.</param>
public sealed record StoredQualityAggregate(string Scope, string Json, long Version);
