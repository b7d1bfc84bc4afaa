using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;

namespace CsEtiquette.Hosting;

/// <summary>
/// JSON persistence of conversations (System.Text.Json source generation, AOT-safe): one object with
/// <c>"schemaVersion":2</c> (version 1, before the turn window, is still read), camelCase names, enums as strings, Chinese text unescaped, the complaint case nested in
/// <see cref="ComplaintJson"/>'s schema, and no clock (the reader supplies one). <c>Serialize(Deserialize(json)) == json</c>.
/// Thread-safe.
/// </summary>
public static class ConversationJson
{
    private static readonly Lazy<ConversationJsonContext> LazyContext = new(() => new ConversationJsonContext(
        new JsonSerializerOptions(ConversationJsonContext.Default.Options) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) }));

    /// <summary>The schema version written by <see cref="Serialize"/>: 2 (the turn window). <see cref="Deserialize"/>
    /// also reads version 1 (every turn kept, no counters): turns beyond <see cref="Conversation.DefaultTurnWindow"/> are
    /// folded into <see cref="Conversation.EarlierTurnCount"/> as the conversation loads.</summary>
    public const int SchemaVersion = ConversationDocument.CurrentSchemaVersion;

    /// <summary>Writes <paramref name="conversation"/> as compact JSON (its clock is not written).</summary>
    /// <param name="conversation">The conversation.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="conversation"/> is null.</exception>
    public static string Serialize(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        JsonElement? complaint = null;
        if (conversation.Complaint is { } c)
        {
            using var doc = JsonDocument.Parse(ComplaintJson.Serialize(c));
            complaint = doc.RootElement.Clone();
        }

        var document = new ConversationDocument
        {
            SchemaVersion = SchemaVersion,
            Id = conversation.Id,
            AgentName = conversation.AgentName,
            Policy = conversation.Policy,
            Seed = conversation.Seed,
            Channel = conversation.Channel,
            CustomerEmotion = conversation.Context.CustomerEmotion,
            Product = conversation.Product,
            Turns = conversation.Turns,
            TurnWindow = conversation.TurnWindow,
            EarlierTurnCount = conversation.EarlierTurnCount,
            EarlierAgentTurnCount = conversation.EarlierAgentTurnCount,
            Memory = conversation.Memory,
            Complaint = complaint,
        };
        return JsonSerializer.Serialize(document, LazyContext.Value.ConversationDocument);
    }

    /// <summary>Reads a conversation written by <see cref="Serialize"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="clock">The clock of the loaded conversation; <see cref="TimeProvider.System"/> when null.</param>
    /// <returns>The conversation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ComplaintSerializationException">The JSON is malformed, has another <c>schemaVersion</c>, a blank
    /// id or agent name, an invalid policy, a null turn, or an invalid complaint case; the message names the JSON path.</exception>
    public static Conversation Deserialize(string json, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        ConversationDocument doc;
        try
        {
            doc = JsonSerializer.Deserialize(json, LazyContext.Value.ConversationDocument)
                ?? throw new ComplaintSerializationException("The conversation JSON is null.", "$");
        }
        catch (JsonException ex)
        {
            throw new ComplaintSerializationException($"Malformed conversation JSON: {ex.Message}", ex.Path ?? "$", ex);
        }

        if (doc.SchemaVersion is < ConversationDocument.OldestReadableSchemaVersion or > SchemaVersion)
        {
            throw new ComplaintSerializationException(
                $"Unsupported conversation schemaVersion {doc.SchemaVersion}; this version of CsEtiquette reads {ConversationDocument.OldestReadableSchemaVersion} to {SchemaVersion}.", "$.schemaVersion");
        }

        var window = doc.TurnWindow == 0 ? Conversation.DefaultTurnWindow : doc.TurnWindow;
        if (doc.SchemaVersion >= 2 && window is < Conversation.MinTurnWindow or > Conversation.MaxTurnWindow)
        {
            throw new ComplaintSerializationException(
                $"The turn window must be between {Conversation.MinTurnWindow} and {Conversation.MaxTurnWindow}, not {doc.TurnWindow}.", "$.turnWindow");
        }

        if (doc.EarlierTurnCount < 0 || doc.EarlierAgentTurnCount < 0 || doc.EarlierAgentTurnCount > doc.EarlierTurnCount)
        {
            throw new ComplaintSerializationException(
                $"The earlier turn counts must be non-negative, agent turns no more than all turns (not {doc.EarlierAgentTurnCount} of {doc.EarlierTurnCount}).", "$.earlierTurnCount");
        }

        if (string.IsNullOrWhiteSpace(doc.Id))
        {
            throw new ComplaintSerializationException("The conversation id is missing or blank.", "$.id");
        }

        if (string.IsNullOrWhiteSpace(doc.AgentName))
        {
            throw new ComplaintSerializationException("The agent name is missing or blank.", "$.agentName");
        }

        var policy = doc.Policy ?? ShopPolicy.Default;
        if (policy.Validate() is { Count: > 0 } problems)
        {
            throw new ComplaintSerializationException("Invalid shop policy: " + string.Join(" ", problems), "$.policy");
        }

        var turns = doc.Turns.IsDefault ? [] : doc.Turns;
        for (var i = 0; i < turns.Length; i++)
        {
            if (turns[i] is null || turns[i].Text is null || !Enum.IsDefined(turns[i].Role))
            {
                throw new ComplaintSerializationException("A turn is missing, has no text or an unknown role.", $"$.turns[{i}]");
            }
        }

        ComplaintCase? complaint = null;
        if (doc.Complaint is { ValueKind: JsonValueKind.Object } c)
        {
            try
            {
                complaint = ComplaintJson.Deserialize(c.GetRawText());
            }
            catch (ComplaintSerializationException ex)
            {
                throw new ComplaintSerializationException("Invalid complaint case: " + ex.Message, "$.complaint", ex);
            }
        }

        var restored = new Conversation(doc.Id, doc.AgentName, policy, clock ?? TimeProvider.System, doc.Seed);
        return (restored with
        {
            Context = restored.Context with { Channel = doc.Channel, CustomerEmotion = doc.CustomerEmotion },
            Product = doc.Product,
            Turns = turns,
            TurnWindow = window,
            EarlierTurnCount = doc.EarlierTurnCount,
            EarlierAgentTurnCount = doc.EarlierAgentTurnCount,
            Memory = doc.Memory ?? ConversationMemory.Empty,
            Complaint = complaint,
        }).FitToWindow(); // a version-1 document may hold more turns than the window
    }
}
