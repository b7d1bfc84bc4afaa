using Microsoft.Extensions.DependencyInjection;
using CsEtiquette.Insights;
using Orleans;
using CsEtiquette.Stores.Sqlite;

namespace CsEtiquette.Orleans.Tests;

[Collection(nameof(TwoSiloCluster))]
public sealed class ConversationGrainTests(TwoSiloCluster fixture)
{
    private IConversationGrain Chat(string id) => fixture.Cluster.Client.GetGrain<IConversationGrain>(id);

    [Fact]
    public async Task Suggest_AdvancesTheComplaint_AndPersistsThroughTheStore()
    {
        var id = "chat-" + Guid.NewGuid().ToString("N");
        var first = await Chat(id).Suggest("我收到的保温杯是坏的,太让人生气了!");
        Assert.Equal("EmotionAcknowledged", first.ComplaintState);
        Assert.Equal(2, first.TurnCount);
        Assert.Contains("订单号", first.Text, StringComparison.Ordinal);

        var stored = await SqliteEtiquetteStore.ForFile(TwoSiloCluster.StorePath).FindAsync(id);
        Assert.NotNull(stored);
        Assert.Equal(1, stored.Version);
        Assert.Equal(2, stored.Conversation.Turns.Length);
    }

    [Fact]
    public async Task Conversation_MovesBetweenSilos_AndKeepsItsState()
    {
        var id = "move-" + Guid.NewGuid().ToString("N");
        var cluster = fixture.Cluster;
        var secondary = (global::Orleans.TestingHost.InProcessSiloHandle)cluster.SecondarySilos[0];

        // Prefer-local placement: called from the secondary silo's grain factory, the chat activates there.
        var fromSecondary = secondary.SiloHost.Services.GetRequiredService<IGrainFactory>().GetGrain<IConversationGrain>(id);
        await fromSecondary.Suggest("我收到的保温杯是坏的,太让人生气了!");
        var before = await fromSecondary.GetSnapshot();
        Assert.Contains(":" + secondary.SiloAddress.Endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":", before.Silo, StringComparison.Ordinal);

        // The secondary silo goes away (its activations deactivate); the next call reactivates the chat on the primary,
        // which reads the state back from the store.
        await cluster.StopSiloAsync(secondary);
        try
        {
            var after = await Chat(id).GetSnapshot();
            Assert.NotEqual(before.Silo, after.Silo);
            Assert.Equal(2, after.TurnCount);
            Assert.Equal(before.LastTurn, after.LastTurn);
            Assert.Equal("EmotionAcknowledged", after.ComplaintState);
            Assert.Equal(before.StoredVersion, after.StoredVersion);

            var next = await Chat(id).Suggest("订单号是2026112412345678");
            Assert.Equal(4, next.TurnCount);
            Assert.Equal("SolutionsOffered", next.ComplaintState);
        }
        finally
        {
            // Back to two silos for the other tests of the collection.
            await cluster.StartAdditionalSiloAsync();
            await cluster.WaitForLivenessToStabilizeAsync();
        }
    }

    private List<IGrainFactory> SiloFactories() =>
        fixture.Cluster.Silos.OfType<global::Orleans.TestingHost.InProcessSiloHandle>()
            .Select(s => s.SiloHost.Services.GetRequiredService<IGrainFactory>()).ToList();

    [Fact]
    public async Task ConcurrentCalls_FromManyClients_LoseNothing()
    {
        var id = "busy-" + Guid.NewGuid().ToString("N");
        // Clients: the cluster client and each silo's own grain factory.
        var factories = new List<IGrainFactory> { fixture.Cluster.Client };
        foreach (var silo in fixture.Cluster.Silos.OfType<global::Orleans.TestingHost.InProcessSiloHandle>())
        {
            factories.Add(silo.SiloHost.Services.GetRequiredService<IGrainFactory>());
        }

        const int perClient = 20;
        await Task.WhenAll(factories.SelectMany((f, c) => Enumerable.Range(0, perClient).Select(i =>
            f.GetGrain<IConversationGrain>(id).Apply($"好的，客户端{c}第{i}条"))));
        var snapshot = await Chat(id).GetSnapshot();
        Assert.Equal(factories.Count * perClient, snapshot.TurnCount);
        Assert.Equal(factories.Count * perClient, snapshot.StoredVersion);
        var stored = await SqliteEtiquetteStore.ForFile(TwoSiloCluster.StorePath).FindAsync(id);
        Assert.Equal(factories.Count * perClient, stored!.Conversation.Turns.Length);
    }

    [Fact]
    public async Task CheckDraft_FlagsAndRewrites()
    {
        var result = await Chat("draft-" + Guid.NewGuid().ToString("N")).CheckDraft("你等几天吧,我们不能马上解决!!");
        Assert.False(result.IsClean);
        Assert.NotEmpty(result.Findings);
        Assert.DoesNotContain("不能", result.SuggestedText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QualityAggregate_MergesServersReports()
    {
        var grain = fixture.Cluster.Client.GetGrain<IQualityAggregateGrain>("shop-1/" + Guid.NewGuid().ToString("N"));
        var inspector = new QualityInspector();
        string Part(string conversation) => inspector.Inspect(new ChatLogReader(new StringReader(
            $"{{\"conversation\":\"{conversation}\",\"role\":\"agent\",\"agent\":\"小王\",\"text\":\"你好，你的订单已发货\",\"at\":\"2026-11-24T10:00:00+08:00\"}}\n" +
            $"{{\"conversation\":\"{conversation}\",\"role\":\"customer\",\"text\":\"怎么还没到\",\"at\":\"2026-11-24T10:01:00+08:00\"}}\n"),
            ChatLogFormat.JsonLines)).ToJson();
        await grain.Merge(Part("a"));
        var total = await grain.Merge(Part("b"));
        Assert.Equal(4, total);
        var merged = InsightAggregate.FromJson(await grain.GetAggregateJson());
        Assert.Equal(2, merged.ConversationCount);
    }
}
