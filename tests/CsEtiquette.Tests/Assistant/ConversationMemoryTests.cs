using CsEtiquette.Analysis;
using CsEtiquette.Assistant;
using CsEtiquette.Hosting;

namespace CsEtiquette.Tests.Assistant;

public sealed class ConversationMemoryTests
{
    [Fact]
    public void Memory_SurvivesTheConversationJsonRoundTrip()
    {
        var c = new Conversation("m-1", "小美", ShopPolicy.Default, TestClock.Morning()) { Product = "保温杯" };
        var s1 = ReplyAssistant.Default.Suggest(c, "我收到的保温杯是坏的,太让人生气了!");
        var s2 = ReplyAssistant.Default.Suggest(s1.Conversation, "订单号2026112412345678,电话13812345678");
        var memory = s2.Conversation.Memory;
        Assert.Equal("2026112412345678", memory.OrderNumber);
        Assert.Equal("13812345678", memory.Facts[FactKind.PhoneNumber]);
        Assert.Contains(MissingInfo.OrderNumber, memory.Asked);
        Assert.DoesNotContain(MissingInfo.OrderNumber, memory.StillMissing);
        Assert.Equal(2, memory.Emotions.Length);

        var json = ConversationJson.Serialize(s2.Conversation);
        var back = ConversationJson.Deserialize(json, TestClock.Morning());
        Assert.Equal(memory.OrderNumber, back.Memory.OrderNumber);
        Assert.Equal(memory.Facts[FactKind.PhoneNumber], back.Memory.Facts[FactKind.PhoneNumber]);
        Assert.Equal(memory.Asked.ToArray(), back.Memory.Asked.ToArray());
        Assert.Equal(memory.OfferedOptions.ToArray(), back.Memory.OfferedOptions.ToArray());
        Assert.Equal(memory.Emotions.ToArray(), back.Memory.Emotions.ToArray());
        Assert.Equal(json, ConversationJson.Serialize(back));
    }
}
