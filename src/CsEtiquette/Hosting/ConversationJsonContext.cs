using System.Text.Json.Serialization;
using CsEtiquette.Assistant;

namespace CsEtiquette.Hosting;

/// <summary>Source-generated System.Text.Json metadata for stored conversations.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    IgnoreReadOnlyProperties = true)]
[JsonSerializable(typeof(ConversationDocument))]
[JsonSerializable(typeof(ShopPolicy))]
internal sealed partial class ConversationJsonContext : JsonSerializerContext;
