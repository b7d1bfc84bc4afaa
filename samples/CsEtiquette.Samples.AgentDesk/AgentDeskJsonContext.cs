using System.Text.Json;
using System.Text.Json.Serialization;

namespace CsEtiquette.Samples.AgentDesk;

/// <summary>Source-generated JSON for every request and result type of the desk: camelCase, enums as strings.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(CustomerMessageRequest))]
[JsonSerializable(typeof(DraftRequest))]
[JsonSerializable(typeof(SuggestionDto))]
[JsonSerializable(typeof(DraftCheckDto))]
[JsonSerializable(typeof(ConversationDto))]
[JsonSerializable(typeof(ProblemDto))]
internal sealed partial class AgentDeskJsonContext : JsonSerializerContext;
