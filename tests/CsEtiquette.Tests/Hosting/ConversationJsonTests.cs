using System.Reflection;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.Hosting;
using CsEtiquette.Tests.Assistant;

namespace CsEtiquette.Tests.Hosting;

public sealed class ConversationJsonTests
{
    private static Conversation Played()
    {
        var clock = TestClock.Morning();
        var c = new Conversation("chat-7", "小美", ShopPolicy.Default with { ProcessingTime = "48小时" }, clock, 42) { Product = "保温杯", Channel = ReplyChannel.Voice };
        foreach (var m in new[] { "我收到的保温杯是坏的,太让人生气了!", "订单号是2026112412345678", "补发吧" })
        {
            c = ReplyAssistant.Default.Suggest(c, m).Conversation;
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        return c;
    }

    [Fact]
    public void RoundTrip_KeepsEveryStateField_AndIsStable()
    {
        var c = Played();
        Assert.NotNull(c.Complaint);
        var json = ConversationJson.Serialize(c);
        var clock = TestClock.Morning();
        var back = ConversationJson.Deserialize(json, clock);
        Assert.Equal(json, ConversationJson.Serialize(back));
        Assert.Equal(c.Id, back.Id);
        Assert.Equal(c.AgentName, back.AgentName);
        Assert.Equal(c.Policy.ProcessingTime, back.Policy.ProcessingTime);
        Assert.Equal(c.Policy.SolutionOptions.ToArray(), back.Policy.SolutionOptions.ToArray());
        Assert.Equal(c.Seed, back.Seed);
        Assert.Equal(c.Channel, back.Channel);
        Assert.Equal(c.Product, back.Product);
        Assert.Equal(c.Turns.ToArray(), back.Turns.ToArray());
        Assert.Equal(c.Complaint!.State, back.Complaint!.State);
        Assert.Equal(c.Complaint.Version, back.Complaint.Version);
        Assert.Same(clock, back.Clock);
    }

    [Fact]
    public void Json_HasSchemaVersion_StringEnums_NoClock_UnescapedChinese()
    {
        var json = ConversationJson.Serialize(Played());
        Assert.StartsWith("{\"schemaVersion\":2,", json, StringComparison.Ordinal);
        Assert.Contains("\"channel\":\"Voice\"", json, StringComparison.Ordinal);
        Assert.Contains("\"role\":\"Customer\"", json, StringComparison.Ordinal);
        Assert.Contains("保温杯", json, StringComparison.Ordinal);
        Assert.DoesNotContain("clock", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Document_CoversEveryConversationProperty()
    {
        // A new piece of Conversation state must be added to ConversationDocument (and ConversationJson) to be stored.
        var stored = typeof(ConversationJson).Assembly.GetType("CsEtiquette.Hosting.ConversationDocument")!
            .GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var state = typeof(Conversation).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.Name is not nameof(Conversation.Clock) && p.Name != "EqualityContract")
            .Select(p => p.Name)
            // Context is stored by its parts (channel, customer emotion); its clock is the caller's.
            .SelectMany(name => name == nameof(Conversation.Context) ? new[] { "Channel", "CustomerEmotion" } : new[] { name });
        Assert.All(state, name => Assert.Contains(name, stored));
    }

    [Theory]
    [InlineData("{", "$")]
    [InlineData("{\"schemaVersion\":3,\"id\":\"a\",\"agentName\":\"b\"}", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\":0,\"id\":\"a\",\"agentName\":\"b\"}", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\":2,\"id\":\"a\",\"agentName\":\"b\",\"turnWindow\":1}", "$.turnWindow")]
    [InlineData("{\"schemaVersion\":2,\"id\":\"a\",\"agentName\":\"b\",\"turnWindow\":10,\"earlierTurnCount\":2,\"earlierAgentTurnCount\":3}", "$.earlierTurnCount")]
    [InlineData("{\"schemaVersion\":1,\"id\":\" \",\"agentName\":\"b\"}", "$.id")]
    [InlineData("{\"schemaVersion\":1,\"id\":\"a\",\"agentName\":\"\"}", "$.agentName")]
    [InlineData("{\"schemaVersion\":1,\"id\":\"a\",\"agentName\":\"b\",\"turns\":[null]}", "$.turns[0]")]
    [InlineData("{\"schemaVersion\":1,\"id\":\"a\",\"agentName\":\"b\",\"complaint\":{\"schemaVersion\":1,\"id\":\"\"}}", "$.complaint")]
    public void Malformed_ThrowsNamingThePath(string json, string path)
    {
        var e = Assert.Throws<ComplaintSerializationException>(() => ConversationJson.Deserialize(json));
        Assert.StartsWith(path, e.JsonPath, StringComparison.Ordinal);
    }
}
