using CsEtiquette.Insights;
using Microsoft.Extensions.DependencyInjection;
using Orleans;

namespace CsEtiquette.Orleans.Tests;

[Collection(nameof(TwoSiloCluster))]
public sealed class QualityAggregateGrainTests(TwoSiloCluster fixture)
{
    private static readonly QualityInspector Inspector = new();

    // One server's report: one conversation of two messages (an agent line and a customer line).
    private static string Part(string conversation) => Inspector.Inspect(new ChatLogReader(new StringReader(
        $"{{\"conversation\":\"{conversation}\",\"role\":\"agent\",\"agent\":\"小王\",\"text\":\"你好，你的订单已发货\",\"at\":\"2026-11-24T10:00:00+08:00\"}}\n" +
        $"{{\"conversation\":\"{conversation}\",\"role\":\"customer\",\"text\":\"怎么还没到\",\"at\":\"2026-11-24T10:01:00+08:00\"}}\n"),
        ChatLogFormat.JsonLines)).ToJson();

    [Fact]
    public async Task QualityAggregate_MergesServersReports()
    {
        var grain = fixture.Cluster.Client.GetGrain<IQualityAggregateGrain>("shop-1/" + Guid.NewGuid().ToString("N"));
        await grain.Merge(Part("a"));
        var total = await grain.Merge(Part("b"));
        Assert.Equal(4, total);
        var merged = InsightAggregate.FromJson(await grain.GetAggregateJson());
        Assert.Equal(2, merged.ConversationCount);
    }

    [Fact]
    public async Task ConcurrentMerges_FromManyClients_SurviveReactivationOnTheOtherSilo()
    {
        var scope = "shop-2/" + Guid.NewGuid().ToString("N");
        var silos = new List<global::Orleans.TestingHost.InProcessSiloHandle>
        {
            (global::Orleans.TestingHost.InProcessSiloHandle)fixture.Cluster.Primary!,
            (global::Orleans.TestingHost.InProcessSiloHandle)fixture.Cluster.SecondarySilos[0],
        };
        var siloFactories = silos.Select(s => s.SiloHost.Services.GetRequiredService<IGrainFactory>()).ToList();
        var clients = new List<IGrainFactory> { fixture.Cluster.Client, siloFactories[0], siloFactories[1] };

        // Prefer-local placement: activated from the second silo's factory, the grain lives there.
        var onSecond = siloFactories[1].GetGrain<IQualityAggregateGrain>(scope);
        Assert.Equal(0, InsightAggregate.FromJson(await onSecond.GetAggregateJson()).MessageCount);
        Assert.Equal(silos[1].SiloAddress, SiloOf(onSecond));

        const int perClient = 6;
        var parts = new List<(IGrainFactory Client, string Json)>();
        for (var c = 0; c < clients.Count; c++)
        {
            for (var i = 0; i < perClient; i++)
            {
                parts.Add((clients[c], Part($"c{c}-{i}")));
            }
        }

        var totals = await Task.WhenAll(parts.Select(p => p.Client.GetGrain<IQualityAggregateGrain>(scope).Merge(p.Json)));

        // One merge at a time: every running total from 2 to 2N appears exactly once.
        var n = parts.Count;
        Assert.Equal(Enumerable.Range(1, n).Select(k => 2L * k), totals.Order());

        // Deactivated, and its silo stopped (nothing of it left in any silo's memory): the next call reactivates it on
        // the first silo, from the store.
        await onSecond.Deactivate();
        await fixture.Cluster.WaitForDeactivationAsync(onSecond);
        await fixture.Cluster.StopSiloAsync(silos[1]);
        try
        {
            var onFirst = siloFactories[0].GetGrain<IQualityAggregateGrain>(scope);
            var merged = InsightAggregate.FromJson(await onFirst.GetAggregateJson());
            Assert.Equal(silos[0].SiloAddress, SiloOf(onFirst));
            Assert.Equal(2L * n, merged.MessageCount);
            Assert.Equal(n, merged.ConversationCount);

            // The row in the shared store holds the same totals, one version per merge.
            var row = await new SqlQualityAggregateStore(Microsoft.Data.Sqlite.SqliteFactory.Instance.CreateDataSource(TwoSiloCluster.StoreConnectionString))
                .FindAsync(scope);
            Assert.NotNull(row);
            Assert.Equal(n, row.Version);
            Assert.Equal(2L * n, InsightAggregate.FromJson(row.Json).MessageCount);

            // Merging goes on from the stored total.
            Assert.Equal(2L * n + 2, await fixture.Cluster.Client.GetGrain<IQualityAggregateGrain>(scope).Merge(Part("late")));
        }
        finally
        {
            // Back to two silos for the other tests of the collection.
            await fixture.Cluster.StartAdditionalSiloAsync();
            await fixture.Cluster.WaitForLivenessToStabilizeAsync();
        }
    }

    [Fact]
    public async Task Merge_OfNotAnAggregate_FailsAndMergesNothing()
    {
        var grain = fixture.Cluster.Client.GetGrain<IQualityAggregateGrain>("shop-3/" + Guid.NewGuid().ToString("N"));
        await grain.Merge(Part("a"));
        var error = await Assert.ThrowsAsync<FormatException>(() => grain.Merge("{\"schema\":\"something-else\"}"));
        Assert.Contains("$.schema", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, InsightAggregate.FromJson(await grain.GetAggregateJson()).MessageCount);
    }

    private global::Orleans.Runtime.SiloAddress? SiloOf(IAddressable grain) =>
        fixture.Cluster.TryGetGrainContext(grain.GetGrainId(), out var context) ? context.Address.SiloAddress : null;
}
