using System.Text.Json;

namespace CsEtiquette.Packs;

/// <summary>
/// An opened pack (see <see cref="PackReader"/>): JSON that parsed, whose every string is text and whose objects
/// repeat no key. <see cref="ReadRoot"/> checks the common header and the root's property names. Dispose after reading.
/// </summary>
internal sealed class PackDocument : IDisposable
{
    private readonly JsonDocument _document;
    private readonly PackContext _context;

    internal PackDocument(JsonDocument document, PackContext context)
    {
        _document = document;
        _context = context;
    }

    public string Source => _context.Source;

    /// <summary>The root value, header unchecked (for loaders that read a header-less format, e.g. the lint config).</summary>
    public PackValue RootValue => new(_document.RootElement, PackPath.Root, _context);

    /// <summary>
    /// Checks that the root is an object whose properties are the header's and <paramref name="body"/>, then reads the
    /// header: <c>schemaVersion</c> must be <see cref="PackReader.SchemaVersion"/>, <c>locale</c> one of
    /// <paramref name="locales"/> (default zh-CN), <c>name</c> not blank; <c>version</c>, <c>description</c> and
    /// <c>$schema</c> are optional strings.
    /// </summary>
    public PackObject ReadRoot(string[] body, out PackHeader header, string[]? locales = null)
    {
        var root = RootValue.AsObject([.. PackReader.HeaderProperties, .. body]);
        if (!root.TryGet("schemaVersion", out var sv))
        {
            throw _context.Error("$.schemaVersion", $"required property 'schemaVersion' is missing; this library reads schemaVersion {PackReader.SchemaVersion}");
        }

        if (sv.Kind != JsonValueKind.Number || !sv.Element.TryGetInt32(out var version) || version != PackReader.SchemaVersion)
        {
            throw sv.Fail($"must be {PackReader.SchemaVersion} (the pack format this library reads), not {sv.Element.GetRawText()}");
        }

        var localeValue = root.Required("locale");
        var locale = localeValue.AsText();
        locales ??= PackReader.Locales;
        if (!locales.Contains(locale, StringComparer.OrdinalIgnoreCase))
        {
            throw localeValue.Fail($"locale '{locale}' is not supported (this library reads {string.Join(", ", locales)} packs)");
        }

        var name = root.RequiredText("name");
        var packVersion = root.OptionalText("version");
        var description = root.OptionalString("description");
        _ = root.OptionalString("$schema");
        header = new PackHeader(version, locale, name, packVersion, description);
        return root;
    }

    public void Dispose() => _document.Dispose();
}
