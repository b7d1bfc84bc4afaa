using System.Diagnostics;
using CsEtiquette.Stores.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Orleans.Hosting;

namespace CsEtiquette.Orleans.Tests;

[Collection(nameof(WriteBehindCluster))]
public sealed class WriteBehindTests(WriteBehindCluster fixture)
{
    private IConversationGrain Chat(string id) => fixture.Cluster.Client.GetGrain<IConversationGrain>(id);

    private static async Task<(int Turns, long Version)> StoredAsync(string id)
    {
        var stored = await SqliteEtiquetteStore.ForFile(WriteBehindCluster.StorePath).FindAsync(id);
        return stored is null ? (0, 0) : (stored.Conversation.Turns.Length, stored.Version);
    }

    [Fact]
    public async Task WriteBehind_HoldsFewerThanWriteEveryChanges_AndWritesTheRestAfterTheDelay()
    {
        var id = "wb-" + Guid.NewGuid().ToString("N");
        const int changes = 12;
        for (var i = 1; i <= changes; i++)
        {
            await Chat(id).Apply($"好的，第{i}条");
            var (turns, _) = await StoredAsync(id);
            Assert.InRange(i - turns, 0, WriteBehindCluster.WriteEvery - 1);
        }

        // Fewer writes than changes (write-through would be at version 12) ...
        var (_, version) = await StoredAsync(id);
        Assert.InRange(version, changes / WriteBehindCluster.WriteEvery, changes - 1);

        // ... and, with no further call, the delay writes the last ones: 12 is a multiple of 4, so send one more; the
        // grain timer writes it once the grain clock has passed MaxWriteDelay.
        await Chat(id).Apply("好的，最后一条");
        WriteBehindCluster.Clock.Advance(WriteBehindCluster.MaxWriteDelay);
        var waited = Stopwatch.StartNew();
        while ((await StoredAsync(id)).Turns < changes + 1 && waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            await Task.Delay(100);
        }

        Assert.Equal(changes + 1, (await StoredAsync(id)).Turns);
    }

    [Fact]
    public async Task WriteBehind_WhenToWrite_IsReadFromTheGrainClock_NotTheWallClock()
    {
        var id = "wb-clock-" + Guid.NewGuid().ToString("N");
        await Chat(id).Apply("好的，第1条");
        await Chat(id).Apply("好的，第2条");

        // The grain clock has not moved: however long the wall clock ran (grain timer ticks included), nothing is due.
        Assert.Equal((0, 0L), await StoredAsync(id));

        // The oldest change has now waited MaxWriteDelay on the grain clock: the next change writes before it returns.
        WriteBehindCluster.Clock.Advance(WriteBehindCluster.MaxWriteDelay);
        await Chat(id).Apply("好的，第3条");
        Assert.Equal((3, 1L), await StoredAsync(id));

        // The count starts again from the write: one change after it is held.
        await Chat(id).Apply("好的，第4条");
        Assert.Equal((3, 1L), await StoredAsync(id));
    }

    [Fact]
    public async Task WriteBehind_Deactivation_WritesWhatIsLeft_AndTheNextActivationHasIt()
    {
        var id = "wb-deact-" + Guid.NewGuid().ToString("N");
        await Chat(id).Suggest("我收到的保温杯是坏的,太让人生气了!");   // 2 turns, 1 change
        await Chat(id).Apply("非常抱歉，麻烦提供一下订单号");            // 3 turns, 2 changes
        await Chat(id).Suggest("订单号是2026112412345678");               // 5 turns, 3 changes: not written yet by count
        await Chat(id).Deactivate();
        await fixture.Cluster.WaitForDeactivationAsync(Chat(id));

        Assert.Equal(5, (await StoredAsync(id)).Turns);
        var after = await Chat(id).GetSnapshot();
        Assert.Equal(5, after.TurnCount);
        Assert.Equal("SolutionsOffered", after.ComplaintState);
    }

    [Theory]
    [InlineData(0, 2000, "ConversationGrainOptions.WriteEvery must be between 1 and 1000, not 0.")]
    [InlineData(1001, 2000, "ConversationGrainOptions.WriteEvery must be between 1 and 1000, not 1001.")]
    [InlineData(4, 10, "ConversationGrainOptions.MaxWriteDelay must be between 100 ms and 10 minutes, not 00:00:00.0100000.")]
    public void Options_OutOfRange_AreRejected_NamingTheOption(int writeEvery, int delayMs, string message)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleans(silo => silo.UseLocalhostClustering().AddCsEtiquetteGrainStorage(o =>
        {
            o.WriteEvery = writeEvery;
            o.MaxWriteDelay = TimeSpan.FromMilliseconds(delayMs);
        }));
        using var host = builder.Build();
        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<ConversationGrainOptions>>().Value);
        Assert.Contains(message, error.Failures);
    }

    [Fact]
    public void Options_Default_IsWriteThrough()
    {
        var options = new ConversationGrainOptions();
        Assert.Equal(1, options.WriteEvery);
        Assert.Equal(TimeSpan.FromSeconds(2), options.MaxWriteDelay);
    }
}
