using System.Collections.Immutable;
using System.Text.Json;
using CsEtiquette.Assistant;

namespace CsEtiquette.Hosting;

/// <summary>
/// The stored form of a <see cref="Conversation"/>: one property per piece of conversation state, no clock. To persist a
/// new state field of <see cref="Conversation"/>, add a property here and one line in each direction in
/// <see cref="ConversationJson"/>; <c>ConversationJsonTests.Document_CoversEveryConversationProperty</c> fails until then.
/// Readers ignore unknown properties, so a newer writer's extra fields do not break an older reader of the same schema version.
/// </summary>
internal sealed class ConversationDocument
{
    /// <summary>2: the turn window (<c>turnWindow</c>, <c>earlierTurnCount</c>, <c>earlierAgentTurnCount</c>). A version-1
    /// document (every turn, no counters) still loads: its turns beyond the window are folded into the counters.</summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>The oldest schema version the reader migrates.</summary>
    public const int OldestReadableSchemaVersion = 1;

    public int SchemaVersion { get; set; }

    public string Id { get; set; } = string.Empty;

    public string AgentName { get; set; } = string.Empty;

    public ShopPolicy? Policy { get; set; }

    public long Seed { get; set; }

    public ReplyChannel Channel { get; set; }

    public CustomerEmotion CustomerEmotion { get; set; }

    public string? Product { get; set; }

    public ImmutableArray<ConversationTurn> Turns { get; set; }

    /// <summary><see cref="Conversation.TurnWindow"/>; 0 (absent, version 1) means <see cref="Conversation.DefaultTurnWindow"/>.</summary>
    public int TurnWindow { get; set; }

    /// <summary><see cref="Conversation.EarlierTurnCount"/>; 0 in version 1.</summary>
    public int EarlierTurnCount { get; set; }

    /// <summary><see cref="Conversation.EarlierAgentTurnCount"/>; 0 in version 1.</summary>
    public int EarlierAgentTurnCount { get; set; }

    /// <summary>What the assistant learned (order number, facts, asked, offered); null in documents written before it existed.</summary>
    public ConversationMemory? Memory { get; set; }

    /// <summary>The complaint case in <see cref="Complaints.ComplaintJson"/>'s own schema (validated by it on read).</summary>
    public JsonElement? Complaint { get; set; }
}
