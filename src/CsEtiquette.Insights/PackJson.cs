using System.Text.Json;

namespace CsEtiquette.Insights;

/// <summary>
/// Strict JSON reading for the inspection packs: the common header (<c>schemaVersion</c> 1, <c>locale</c>, <c>name</c>,
/// <c>version</c>), unknown properties rejected, every error an <see cref="InspectionPackException"/> naming the path.
/// </summary>
internal sealed class PackJson(string source)
{
    private static readonly string[] HeaderProperties = ["$schema", "schemaVersion", "locale", "name", "version"];

    public string Source { get; } = source;

    public static JsonDocument Parse(string json, string source)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new InspectionPackException(source, "$", $"malformed JSON at line {(ex.LineNumber ?? 0) + 1}: {ex.Message}", ex);
        }
    }

    public static string ReadFile(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InspectionPackException(path, "$", $"cannot read the file: {ex.Message}", ex);
        }
    }

    public static string ReadResource(string name)
    {
        using var stream = typeof(PackJson).Assembly.GetManifestResourceStream(name)
            ?? throw new InspectionPackException(name, "$", "the embedded resource is missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Checks the header and that <paramref name="root"/> has only header and <paramref name="body"/> properties.</summary>
    public string Header(JsonElement root, params string[] body)
    {
        Expect(root, JsonValueKind.Object, "$");
        Only(root, "$", [.. HeaderProperties, .. body]);
        if (root.TryGetProperty("schemaVersion", out var sv) && (sv.ValueKind != JsonValueKind.Number || !sv.TryGetInt32(out var v) || v != 1))
        {
            throw Fail("$.schemaVersion", "must be 1");
        }

        if (root.TryGetProperty("locale", out var locale))
        {
            Expect(locale, JsonValueKind.String, "$.locale");
        }

        return root.TryGetProperty("name", out var name) ? Expect(name, JsonValueKind.String, "$.name").GetString()! : Path.GetFileNameWithoutExtension(Source);
    }

    public void Only(JsonElement obj, string path, string[] allowed)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (Array.IndexOf(allowed, p.Name) < 0)
            {
                throw Fail($"{path}.{p.Name}", $"unknown property (expected {string.Join(", ", allowed)})");
            }
        }
    }

    public JsonElement Expect(JsonElement e, JsonValueKind kind, string path) =>
        e.ValueKind == kind ? e : throw Fail(path, $"expected {kind.ToString().ToLowerInvariant()}, found {e.ValueKind.ToString().ToLowerInvariant()}");

    public JsonElement Required(JsonElement obj, string name, string path) =>
        obj.TryGetProperty(name, out var v) ? v : throw Fail($"{path}.{name}", "required property is missing");

    public string[] Strings(JsonElement e, string path)
    {
        Expect(e, JsonValueKind.Array, path);
        var list = new List<string>();
        var i = 0;
        foreach (var s in e.EnumerateArray())
        {
            var v = Expect(s, JsonValueKind.String, $"{path}[{i}]").GetString()!;
            if (v.Length == 0)
            {
                throw Fail($"{path}[{i}]", "must not be empty");
            }

            list.Add(v);
            i++;
        }

        return [.. list];
    }

    /// <summary>zh-CN text of a string or <c>{"zh-CN":…,"en":…}</c>.</summary>
    public string Text(JsonElement e, string path)
    {
        if (e.ValueKind == JsonValueKind.String)
        {
            return e.GetString()!;
        }

        Expect(e, JsonValueKind.Object, path);
        Only(e, path, ["zh-CN", "en"]);
        return Expect(Required(e, "zh-CN", path), JsonValueKind.String, $"{path}.zh-CN").GetString()!;
    }

    public InspectionPackException Fail(string path, string problem) => new(Source, path, problem);
}
