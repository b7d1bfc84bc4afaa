using CsEtiquette.Complaints;
using CsEtiquette.Hosting;
using CsEtiquette.Tests.Assistant;
using Microsoft.Extensions.DependencyInjection;

namespace CsEtiquette.Tests.Hosting;

public sealed class ConversationServiceTests
{
    private static ServiceProvider Build() =>
        new ServiceCollection().AddSingleton<TimeProvider>(TestClock.Morning()).AddCsEtiquette().BuildServiceProvider();

    [Fact]
    public async Task Suggest_StoresTheConversation_AndMirrorsTheComplaintCase()
    {
        using var sp = Build();
        var service = sp.GetRequiredService<ConversationService>();
        var s = await service.SuggestAsync("chat-1", "我收到的保温杯是坏的,太让人生气了!", c => c with { Product = "保温杯" });
        var stored = await sp.GetRequiredService<IConversationStore>().FindAsync("chat-1");
        Assert.NotNull(stored);
        Assert.Equal(1, stored.Version);
        Assert.Equal(ConversationJson.Serialize(s.Conversation), ConversationJson.Serialize(stored.Conversation));
        Assert.Equal("保温杯", stored.Conversation.Product);
        var complaint = await sp.GetRequiredService<IComplaintStore>().FindAsync(s.Complaint!.Id);
        Assert.Equal(ComplaintState.EmotionAcknowledged, complaint!.State);

        var second = await service.SuggestAsync("chat-1", "订单号是2026112412345678");
        Assert.Equal(4, second.Conversation.Turns.Length);
        Assert.Equal(second.Complaint!.Version, (await sp.GetRequiredService<IComplaintStore>().FindAsync(s.Complaint.Id))!.Version);
    }

    [Fact]
    public async Task ConcurrentCalls_OnOneConversation_LoseNoTurn()
    {
        using var sp = Build();
        var service = sp.GetRequiredService<ConversationService>();
        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(async () =>
            await service.ApplyAsync("busy", "好的，第" + i + "条回复"))));
        var stored = await service.FindAsync("busy");
        Assert.Equal(16, stored!.Conversation.Turns.Length);
        Assert.Equal(16, stored.Version);
    }

    [Fact]
    public async Task CheckDraft_StoresNothing()
    {
        using var sp = Build();
        var check = await sp.GetRequiredService<ConversationService>().CheckDraftAsync("nobody", "你等几天吧!!");
        Assert.False(check.IsClean);
        Assert.Null(await sp.GetRequiredService<IConversationStore>().FindAsync("nobody"));
    }
}
