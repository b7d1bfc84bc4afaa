using Microsoft.Extensions.DependencyInjection;
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

    [Fact]
    public async Task Conversation_DeactivatedOnOneSilo_ReactivatesOnTheOther_WithItsState()
    {
        var id = "hop-" + Guid.NewGuid().ToString("N");
        var silos = fixture.Cluster.Silos.OfType<global::Orleans.TestingHost.InProcessSiloHandle>().ToList();
        Assert.Equal(2, silos.Count);
        var factories = silos.Select(s => s.SiloHost.Services.GetRequiredService<IGrainFactory>()).ToList();

        // Prefer-local placement: each silo's grain factory activates the chat on its own silo.
        var first = factories[0].GetGrain<IConversationGrain>(id);
        await first.Suggest("我收到的保温杯是坏的,太让人生气了!");
        await first.Apply("非常抱歉给您带来不便，麻烦提供一下订单号");
        var before = await first.GetSnapshot();
        Assert.Equal(silos[0].SiloAddress, SiloOf(first));

        await first.Deactivate();
        await fixture.Cluster.WaitForDeactivationAsync(first);

        var second = factories[1].GetGrain<IConversationGrain>(id);
        var after = await second.GetSnapshot();
        Assert.Equal(silos[1].SiloAddress, SiloOf(second));
        Assert.NotEqual(before.Silo, after.Silo);
        Assert.Equal(3, after.TurnCount);
        Assert.Equal("非常抱歉给您带来不便，麻烦提供一下订单号", after.LastTurn);
        Assert.Equal("EmotionAcknowledged", after.ComplaintState);
        Assert.Equal(2, after.StoredVersion);

        var next = await second.Suggest("订单号是2026112412345678");
        Assert.Equal(5, next.TurnCount);
        Assert.Equal("SolutionsOffered", next.ComplaintState);
        Assert.Equal(3, (await SqliteEtiquetteStore.ForFile(TwoSiloCluster.StorePath).FindAsync(id))!.Version);
    }

    private global::Orleans.Runtime.SiloAddress? SiloOf(IAddressable grain) =>
        fixture.Cluster.TryGetGrainContext(grain.GetGrainId(), out var context) ? context.Address.SiloAddress : null;

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
    public async Task ConcurrentSuggestsAndApplies_FromManyClients_LoseNothing()
    {
        var id = "busy-suggest-" + Guid.NewGuid().ToString("N");
        var factories = new List<IGrainFactory> { fixture.Cluster.Client };
        foreach (var silo in fixture.Cluster.Silos.OfType<global::Orleans.TestingHost.InProcessSiloHandle>())
        {
            factories.Add(silo.SiloHost.Services.GetRequiredService<IGrainFactory>());
        }

        // Each client sends 4 customer messages (Suggest: 2 turns each) and 4 agent replies (Apply: 1 turn each), all at once.
        const int perClient = 4;
        var calls = new List<Task>();
        for (var c = 0; c < factories.Count; c++)
        {
            var grain = factories[c].GetGrain<IConversationGrain>(id);
            for (var i = 0; i < perClient; i++)
            {
                calls.Add(grain.Suggest($"请问客户端{c}的第{i}个订单什么时候发货"));
                calls.Add(grain.Apply($"好的，客户端{c}第{i}条"));
            }
        }

        await Task.WhenAll(calls);
        var changes = factories.Count * perClient * 2;
        var turns = factories.Count * perClient * 3;
        var snapshot = await Chat(id).GetSnapshot();
        Assert.Equal(turns, snapshot.TurnCount);
        Assert.Equal(changes, snapshot.StoredVersion);
        var stored = await SqliteEtiquetteStore.ForFile(TwoSiloCluster.StorePath).FindAsync(id);
        Assert.Equal(turns, stored!.Conversation.Turns.Length);
        Assert.Equal(changes, stored.Version);
        for (var c = 0; c < factories.Count; c++)
        {
            for (var i = 0; i < perClient; i++)
            {
                Assert.Single(stored.Conversation.Turns, t => t.Text == $"请问客户端{c}的第{i}个订单什么时候发货");
                Assert.Single(stored.Conversation.Turns, t => t.Text == $"好的，客户端{c}第{i}条");
            }
        }
    }

    [Fact]
    public async Task CheckDraft_FlagsAndRewrites()
    {
        var result = await Chat("draft-" + Guid.NewGuid().ToString("N")).CheckDraft("你等几天吧,我们不能马上解决!!");
        Assert.False(result.IsClean);
        Assert.NotEmpty(result.Findings);
        Assert.DoesNotContain("不能", result.SuggestedText, StringComparison.Ordinal);
    }
}
