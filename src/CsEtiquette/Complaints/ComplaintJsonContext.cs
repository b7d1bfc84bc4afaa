using System.Text.Json.Serialization;

namespace CsEtiquette.Complaints;

/// <summary>Source-generated System.Text.Json metadata for complaint cases and events.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    AllowOutOfOrderMetadataProperties = true,
    RespectRequiredConstructorParameters = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(ComplaintCaseDocument))]
[JsonSerializable(typeof(ComplaintEvent))]
internal sealed partial class ComplaintJsonContext : JsonSerializerContext;
