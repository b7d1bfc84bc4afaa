using System.Text.Json.Nodes;
using CsEtiquette.Assistant;
using CsEtiquette.Hosting;

namespace CsEtiquette.Tests.Assistant;

/// <summary>The bounded turn window of <see cref="Conversation"/> (#18): constant state per turn, same replies, old documents load.</summary>
public sealed class ConversationTurnWindowTests
{
    private static readonly string[] Script =
    [
        "你好，在吗", "我收到的保温杯是坏的,太让人生气了!", "订单号是2026112412345678", "补发吧", "什么时候能到",
        "好的谢谢", "还有个问题，这个杯子能装热水吗", "发什么快递", "怎么还没发货", "好吧", "能便宜点吗", "谢谢",
    ];

    private static Conversation Start(int window) =>
        new Conversation("chat-window", "小美", clock: TestClock.Morning(), seed: 7) { TurnWindow = window };

    [Fact]
    public void TenThousandTurns_SerializedSizeIsBounded_AndTheCountsAreKept()
    {
        var c = Start(Conversation.DefaultTurnWindow);
        var sizeAt1000 = 0;
        for (var i = 0; i < 5_000; i++)
        {
            c = ReplyAssistant.Default.Suggest(c, Script[i % Script.Length]).Conversation;
            if (c.TurnCount == 1_000)
            {
                sizeAt1000 = ConversationState(c).Length;
            }
        }

        var json = ConversationState(c);
        var sizeAt10000 = json.Length;
        var parts = string.Join(", ", JsonNode.Parse(json)!.AsObject().Select(p => $"{p.Key}={p.Value?.ToJsonString().Length}"));
        Assert.Equal(10_000, c.TurnCount);
        Assert.Equal(Conversation.DefaultTurnWindow, c.Turns.Length);
        Assert.Equal(9_900, c.EarlierTurnCount);
        Assert.Equal(5_000, c.AgentTurnCount);
        Assert.True(c.Memory.Emotions.Length <= Conversation.DefaultTurnWindow, $"{c.Memory.Emotions.Length} emotions kept");

        // 10x the turns, the same size (give or take the text of the 100 turns in the window and the fact values).
        Assert.True(sizeAt10000 <= sizeAt1000 * 11 / 10, $"{sizeAt1000} -> {sizeAt10000} chars: {parts}");
    }

    // The conversation's own state. The complaint case nested in it is the case's audit record (ComplaintCase.History,
    // one entry per accepted event, mirrored into IComplaintStore): it grows with the events of one open case, not with
    // the turn window, and is left out here (a case that stays open for thousands of messages is a separate question).
    private static string ConversationState(Conversation c)
    {
        var node = JsonNode.Parse(ConversationJson.Serialize(c))!.AsObject();
        node.Remove("complaint");
        return node.ToJsonString();
    }

    [Fact]
    public void WithoutTheWindow_TheStateWouldGrow()
    {
        // The control of the test above: the unbounded conversation (window at its maximum) grows with the chat.
        var c = Start(Conversation.MaxTurnWindow);
        for (var i = 0; i < 500; i++)
        {
            c = ReplyAssistant.Default.Suggest(c, Script[i % Script.Length]).Conversation;
        }

        var at1000 = ConversationState(c).Length;
        Assert.Equal(1_000, c.Turns.Length);

        // The same chat inside the default window is at least 5 times smaller.
        var bounded = Start(Conversation.DefaultTurnWindow);
        for (var i = 0; i < 500; i++)
        {
            bounded = ReplyAssistant.Default.Suggest(bounded, Script[i % Script.Length]).Conversation;
        }

        Assert.True(at1000 > 5 * ConversationState(bounded).Length, $"{at1000} vs {ConversationState(bounded).Length}");
    }

    [Theory]
    [InlineData(100, 30)]   // a conversation shorter than the window: nothing folded
    [InlineData(10, 120)]  // a long one: the assistant reads only the latest turns and the counters
    public void Suggestions_AreTheSameAsWithoutTheWindow(int window, int messages)
    {
        var bounded = Start(window);
        var unbounded = Start(Conversation.MaxTurnWindow);
        for (var i = 0; i < messages; i++)
        {
            var message = Script[i % Script.Length];
            var a = ReplyAssistant.Default.Suggest(bounded, message);
            var b = ReplyAssistant.Default.Suggest(unbounded, message);
            Assert.Equal(b.Text, a.Text);
            Assert.Equal(b.Complaint?.Id, a.Complaint?.Id);
            Assert.Equal(b.Complaint?.State, a.Complaint?.State);
            bounded = a.Conversation;
            unbounded = b.Conversation;

            var draft = "亲，您好，这个问题我们会尽快处理哈";
            Assert.Equal(ReplyAssistant.Default.CheckDraft(draft, unbounded).SuggestedText, ReplyAssistant.Default.CheckDraft(draft, bounded).SuggestedText);
        }

        Assert.Equal(unbounded.TurnCount, bounded.TurnCount);
        Assert.Equal(unbounded.AgentTurnCount, bounded.AgentTurnCount);
        Assert.Equal(unbounded.Turns[^Math.Min(window, unbounded.Turns.Length)..].ToArray(), bounded.Turns.ToArray());
    }

    [Fact]
    public void SentAgentTurn_ReplacingTheSuggestion_KeepsTheWindow()
    {
        var c = Start(4);
        for (var i = 0; i < 6; i++)
        {
            c = ReplyAssistant.Default.Suggest(c, Script[i]).Conversation.WithSentAgentTurn("好的亲，这边帮您处理");
        }

        Assert.Equal(4, c.Turns.Length);
        Assert.Equal(12, c.TurnCount);
        Assert.Equal(6, c.AgentTurnCount);
        Assert.Equal("好的亲，这边帮您处理", c.Turns[^1].Text);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(Conversation.MaxTurnWindow + 1)]
    public void TurnWindow_OutOfRange_Throws(int window) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Start(window));

    // A document as schema version 1 wrote it (before the window): every turn, no counters.
    private const string VersionOneDocument = """
        {"schemaVersion":1,"id":"chat-v1","agentName":"小美","seed":42,"channel":"Text","customerEmotion":"Unknown","product":"保温杯",
         "turns":[{"role":"Customer","text":"在吗","at":"2026-11-24T01:00:00+00:00"},{"role":"Agent","text":"亲，在的，请问有什么可以帮您？","at":"2026-11-24T01:00:05+00:00"}],
         "memory":null,"complaint":null}
        """;

    [Fact]
    public void VersionOneDocument_Loads_WithTheDefaultWindow_AndWritesVersionTwo()
    {
        var c = ConversationJson.Deserialize(VersionOneDocument, TestClock.Morning());
        Assert.Equal("chat-v1", c.Id);
        Assert.Equal(2, c.Turns.Length);
        Assert.Equal(2, c.TurnCount);
        Assert.Equal(1, c.AgentTurnCount);
        Assert.Equal(Conversation.DefaultTurnWindow, c.TurnWindow);
        var json = ConversationJson.Serialize(c);
        Assert.StartsWith("{\"schemaVersion\":2,", json, StringComparison.Ordinal);
        Assert.Contains("\"turnWindow\":100", json, StringComparison.Ordinal);
        Assert.Equal(json, ConversationJson.Serialize(ConversationJson.Deserialize(json, TestClock.Morning())));
    }

    [Fact]
    public void LongVersionOneDocument_Loads_OlderTurnsFoldedIntoTheCounters()
    {
        var c = Start(Conversation.MaxTurnWindow);
        for (var i = 0; i < 80; i++)
        {
            c = ReplyAssistant.Default.Suggest(c, Script[i % Script.Length]).Conversation;
        }

        // Written the version-1 way: no window, no counters.
        var node = JsonNode.Parse(ConversationJson.Serialize(c))!.AsObject();
        node["schemaVersion"] = 1;
        node.Remove("turnWindow");
        node.Remove("earlierTurnCount");
        node.Remove("earlierAgentTurnCount");

        var loaded = ConversationJson.Deserialize(node.ToJsonString(), TestClock.Morning());
        Assert.Equal(Conversation.DefaultTurnWindow, loaded.Turns.Length);
        Assert.Equal(160, loaded.TurnCount);
        Assert.Equal(80, loaded.AgentTurnCount);
        Assert.Equal(c.Turns[^Conversation.DefaultTurnWindow..].ToArray(), loaded.Turns.ToArray());

        // And it goes on as the unbounded conversation would.
        Assert.Equal(ReplyAssistant.Default.Suggest(c, "补发吧").Text, ReplyAssistant.Default.Suggest(loaded, "补发吧").Text);
    }
}
