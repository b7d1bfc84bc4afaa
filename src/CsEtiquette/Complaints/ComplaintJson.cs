using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;

namespace CsEtiquette.Complaints;

/// <summary>
/// JSON persistence of complaint cases and events (System.Text.Json source generation, no reflection, AOT-safe).
/// A case is written as one object with <c>"schemaVersion":1</c>, camelCase names, enums as strings, absent
/// values omitted, and Chinese text unescaped; reading it back gives a case equal to the original
/// (<c>Deserialize(Serialize(c)) == c</c>). Thread-safe.
/// </summary>
public static class ComplaintJson
{
    private static readonly Lazy<ComplaintJsonContext> LazyCompact = new(() => Create(indented: false));
    private static readonly Lazy<ComplaintJsonContext> LazyIndented = new(() => Create(indented: true));

    /// <summary>The schema version written by <see cref="Serialize"/> and the only one <see cref="Deserialize"/> reads.</summary>
    public const int SchemaVersion = ComplaintCaseDocument.CurrentSchemaVersion;

    /// <summary>Writes <paramref name="complaint"/> as JSON.</summary>
    /// <param name="complaint">The case.</param>
    /// <param name="indented">Whether to indent (for people); compact (one line) by default.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="complaint"/> is null.</exception>
    public static string Serialize(ComplaintCase complaint, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var doc = new ComplaintCaseDocument
        {
            SchemaVersion = SchemaVersion,
            Id = complaint.Id,
            State = complaint.State,
            Version = complaint.Version,
            OrderNumber = complaint.OrderNumber,
            Facts = complaint.Facts,
            OfferedOptions = complaint.OfferedOptions,
            ChosenOptionIndex = complaint.ChosenOptionIndex,
            Escalation = complaint.Escalation,
            OpenedAt = complaint.OpenedAt,
            UpdatedAt = complaint.UpdatedAt,
            ResolvedAt = complaint.ResolvedAt,
            FollowUpDueAt = complaint.FollowUpDueAt,
            ClosedAt = complaint.ClosedAt,
            History = complaint.History,
        };
        return JsonSerializer.Serialize(doc, Context(indented).ComplaintCaseDocument);
    }

    /// <summary>Reads a case written by <see cref="Serialize"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ComplaintSerializationException">The JSON is malformed, has another <c>schemaVersion</c>,
    /// or is inconsistent (blank id, <c>version</c> different from the history length, history not chained); the
    /// message names the JSON path.</exception>
    public static ComplaintCase Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var doc = Read(json, Context(false).ComplaintCaseDocument, "complaint case");
        if (doc.SchemaVersion != SchemaVersion)
        {
            throw new ComplaintSerializationException(
                $"Unsupported complaint case schemaVersion {doc.SchemaVersion}; this version of CsEtiquette reads {SchemaVersion}.",
                "$.schemaVersion");
        }

        if (string.IsNullOrWhiteSpace(doc.Id))
        {
            throw new ComplaintSerializationException("The case id is missing or blank.", "$.id");
        }

        if (!Enum.IsDefined(doc.State))
        {
            throw new ComplaintSerializationException($"Unknown state {(int)doc.State}.", "$.state");
        }

        var history = doc.History.IsDefault ? [] : doc.History;
        if (doc.Version != history.Length)
        {
            throw new ComplaintSerializationException(
                $"version is {doc.Version} but the history holds {history.Length} events; they must be equal.", "$.version");
        }

        var expectedFrom = ComplaintState.Opened;
        for (var i = 0; i < history.Length; i++)
        {
            var h = history[i];
            if (h is null || h.Event is null)
            {
                throw new ComplaintSerializationException("A history entry or its event is missing.", $"$.history[{i}]");
            }

            if (h.Version != i + 1 || h.From != expectedFrom)
            {
                throw new ComplaintSerializationException(
                    $"History entry {i} should have version {i + 1} and start from {expectedFrom}, not version {h.Version} from {h.From}.",
                    $"$.history[{i}]");
            }

            if (!IsLegalStep(h))
            {
                throw new ComplaintSerializationException(
                    $"History entry {i} moves {h.From} → {h.To} on {h.Event.Trigger}, which the transition table does not allow.",
                    $"$.history[{i}]");
            }

            if (HasNullText(h.Event))
            {
                throw new ComplaintSerializationException("The event holds a null or missing text list or item.", $"$.history[{i}].event");
            }

            if (i > 0 && h.At < history[i - 1].At)
            {
                throw new ComplaintSerializationException("History times must not go back.", $"$.history[{i}].at");
            }

            expectedFrom = h.To;
        }

        if (expectedFrom != doc.State)
        {
            throw new ComplaintSerializationException(
                $"state is {doc.State} but the history ends in {expectedFrom}.", "$.state");
        }

        CheckTexts(doc.Facts, "$.facts");
        CheckTexts(doc.OfferedOptions, "$.offeredOptions");
        if (doc.ChosenOptionIndex is { } chosen && (uint)chosen >= (uint)(doc.OfferedOptions.IsDefault ? 0 : doc.OfferedOptions.Length))
        {
            throw new ComplaintSerializationException(
                $"chosenOptionIndex {chosen} is outside the {(doc.OfferedOptions.IsDefault ? 0 : doc.OfferedOptions.Length)} offered options.",
                "$.chosenOptionIndex");
        }

        return new ComplaintCase(doc.Id, doc.OpenedAt)
        {
            State = doc.State,
            Version = doc.Version,
            OrderNumber = doc.OrderNumber,
            Facts = doc.Facts.IsDefault ? [] : doc.Facts,
            OfferedOptions = doc.OfferedOptions.IsDefault ? [] : doc.OfferedOptions,
            ChosenOptionIndex = doc.ChosenOptionIndex,
            Escalation = doc.Escalation,
            UpdatedAt = doc.UpdatedAt,
            ResolvedAt = doc.ResolvedAt,
            FollowUpDueAt = doc.FollowUpDueAt,
            ClosedAt = doc.ClosedAt,
            History = history,
        };
    }

    /// <summary>Writes one event as JSON with its <c>"type"</c> discriminator, e.g.
    /// <c>{"type":"ChooseSolution","index":1}</c>.</summary>
    /// <param name="complaintEvent">The event.</param>
    /// <returns>The compact JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="complaintEvent"/> is null.</exception>
    public static string SerializeEvent(ComplaintEvent complaintEvent)
    {
        ArgumentNullException.ThrowIfNull(complaintEvent);
        return JsonSerializer.Serialize(complaintEvent, Context(false).ComplaintEvent);
    }

    /// <summary>Reads one event; its <c>"type"</c> property (anywhere in the object) names the event. Properties the
    /// event does not have (such as a <c>"at"</c> time stamp) are ignored.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ComplaintSerializationException">Malformed JSON, a missing or unknown <c>"type"</c>, or a
    /// property of the wrong kind; the message names the JSON path.</exception>
    public static ComplaintEvent DeserializeEvent(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new ComplaintSerializationException($"Malformed complaint event JSON: {ex.Message}", ex.Path ?? "$", ex);
        }

        using (document)
        {
            return DeserializeEvent(document.RootElement);
        }
    }

    /// <summary>Reads one event from a parsed JSON element (see <see cref="DeserializeEvent(string)"/>).</summary>
    /// <param name="element">A JSON object.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ComplaintSerializationException">As for <see cref="DeserializeEvent(string)"/>.</exception>
    public static ComplaintEvent DeserializeEvent(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ComplaintSerializationException($"A complaint event must be a JSON object, not {element.ValueKind}.", "$");
        }

        if (!element.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            throw new ComplaintSerializationException(
                "A complaint event needs a string \"type\" (AcknowledgeEmotion, VerifyInformation, OfferSolutions, ChooseSolution, Resolve, FollowUp, Escalate, Withdraw or Close).",
                "$.type");
        }

        var typeName = type.GetString();
        if (Array.IndexOf(Enum.GetNames<ComplaintTrigger>(), typeName) < 0)
        {
            throw new ComplaintSerializationException(
                $"Unknown complaint event type '{typeName}'; known types: {string.Join(", ", Enum.GetNames<ComplaintTrigger>())}.",
                "$.type");
        }

        try
        {
            return element.Deserialize(Context(false).ComplaintEvent)
                ?? throw new ComplaintSerializationException("The complaint event is null.", "$");
        }
        catch (JsonException ex)
        {
            throw new ComplaintSerializationException($"Invalid complaint event: {ex.Message}", ex.Path ?? "$", ex);
        }
        catch (NotSupportedException ex)
        {
            throw new ComplaintSerializationException($"Invalid complaint event: {ex.Message}", "$.type", ex);
        }
    }

    /// <summary>Whether the transition table has a row (From, trigger) → To for a stored history entry.</summary>
    private static bool IsLegalStep(ComplaintHistoryEntry h)
    {
        foreach (var row in ComplaintTransitionTable.Default.Find(h.From, h.Event.Trigger))
        {
            if (row.To == h.To)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasNullText(ComplaintEvent e) => e switch
    {
        OfferSolutions o => o.Options.IsDefault || o.Options.Contains(null!),
        VerifyInformation v => v.OrderNumber is null || v.Facts.IsDefault || v.Facts.Contains(null!),
        _ => false,
    };

    private static void CheckTexts(System.Collections.Immutable.ImmutableArray<string> items, string path)
    {
        if (items.IsDefault)
        {
            return;
        }

        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is null)
            {
                throw new ComplaintSerializationException("A text in the list is null.", $"{path}[{i}]");
            }
        }
    }

    private static T Read<T>(string json, JsonTypeInfo<T> info, string what)
    {
        try
        {
            return JsonSerializer.Deserialize(json, info)
                ?? throw new ComplaintSerializationException($"The {what} JSON is null.", "$");
        }
        catch (JsonException ex)
        {
            throw new ComplaintSerializationException($"Malformed {what} JSON: {ex.Message}", ex.Path ?? "$", ex);
        }
        catch (NotSupportedException ex)
        {
            throw new ComplaintSerializationException($"Unsupported {what} JSON: {ex.Message}", "$", ex);
        }
    }

    private static ComplaintJsonContext Context(bool indented) => indented ? LazyIndented.Value : LazyCompact.Value;

    private static ComplaintJsonContext Create(bool indented)
    {
        // Options from the attribute apply only to ComplaintJsonContext.Default; the encoder must be set in code so
        // Chinese text stays readable.
        var options = new JsonSerializerOptions(ComplaintJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            WriteIndented = indented,
        };
        return new ComplaintJsonContext(options);
    }
}
