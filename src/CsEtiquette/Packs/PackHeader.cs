namespace CsEtiquette.Packs;

/// <summary>
/// The header every pack starts with: <c>schemaVersion</c> (1), <c>locale</c> (zh-CN), <c>name</c>, and the optional
/// <c>version</c>, <c>description</c> and <c>$schema</c> (docs/schemas/README.md).
/// </summary>
/// <param name="SchemaVersion">The pack format version; this library reads <see cref="PackReader.SchemaVersion"/>.</param>
/// <param name="Locale">The language of the pack's text, e.g. <c>zh-CN</c>.</param>
/// <param name="Name">The pack's name, not blank.</param>
/// <param name="Version">The pack's own version (e.g. <c>1.0.0</c>), or null.</param>
/// <param name="Description">What the pack holds, or null.</param>
internal sealed record PackHeader(int SchemaVersion, string Locale, string Name, string? Version, string? Description);
