using System.Text.Json;

namespace CsEtiquette.Templates;

/// <summary>
/// Reads a template pack (JSON, schema in docs/template-pack-schema.md) into templates, validating every
/// value and naming the JSON path of the first problem.
/// </summary>
internal static class TemplatePackReader
{
    public const int SchemaVersion = 1;

    private static readonly HashSet<string> RootProperties = ["$schema", "schemaVersion", "name", "locale", "description", "slotDefaults", "templates"];
    private static readonly HashSet<string> TemplateProperties = ["id", "scenario", "description", "slots", "variants"];
    private static readonly HashSet<string> SlotProperties = ["name", "description", "sample", "default"];

    /// <summary>The contents of one pack.</summary>
    internal sealed record Pack(string Source, string? Name, string? Locale, Dictionary<string, string> SlotDefaults, List<ReplyTemplate> Templates);

    public static Pack Read(Stream utf8Json, string source)
    {
        // Every pack passes the shared limits: a size cap (an endless stream fails fast) and no escaped lone surrogate.
        byte[] bytes;
        try
        {
            bytes = Internal.PackFile.ReadAllBytes(utf8Json, source);
        }
        catch (IOException ex)
        {
            throw new TemplatePackException(source, "$", ex.Message, ex);
        }

        if (Internal.PackFile.FindLoneSurrogateEscape(Internal.PackFile.Decode(bytes)) is var bad and > 0)
        {
            throw new TemplatePackException(source, "$", $"line {bad}: an escaped lone surrogate (\\ud800-\\udfff without its pair) is not text.");
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false, MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $" at line {line + 1}, byte {ex.BytePositionInLine + 1}" : string.Empty;
            throw new TemplatePackException(source, ex.Path ?? "$", $"invalid JSON{where}: {ex.Message}", ex);
        }

        using (doc)
        {
            return ReadRoot(doc.RootElement, source);
        }
    }

    private static Pack ReadRoot(JsonElement root, string source)
    {
        Expect(root, JsonValueKind.Object, source, "$", "the pack must be a JSON object");
        CheckProperties(root, RootProperties, source, "$");
        if (!root.TryGetProperty("schemaVersion", out var version))
        {
            throw new TemplatePackException(source, "$.schemaVersion", $"missing; this library reads schemaVersion {SchemaVersion}.");
        }

        if (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != SchemaVersion)
        {
            throw new TemplatePackException(source, "$.schemaVersion", $"must be {SchemaVersion}, not {version.GetRawText()}.");
        }

        var name = OptionalString(root, "name", source, "$");
        var locale = OptionalString(root, "locale", source, "$");
        _ = OptionalString(root, "description", source, "$");
        _ = OptionalString(root, "$schema", source, "$");

        var slotDefaults = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("slotDefaults", out var defaults))
        {
            Expect(defaults, JsonValueKind.Object, source, "$.slotDefaults", "must be an object of slot name → value");
            foreach (var p in defaults.EnumerateObject())
            {
                var path = $"$.slotDefaults{Member(p.Name)}";
                if (!TemplateTextParser.IsValidSlotName(p.Name, out var problem))
                {
                    throw new TemplatePackException(source, path, problem!);
                }

                if (p.Name == ReplyTemplate.TimeOfDaySlotName)
                {
                    throw new TemplatePackException(source, path, $"'{ReplyTemplate.TimeOfDaySlotName}' is filled from the clock and cannot have a default.");
                }

                slotDefaults[p.Name] = RequiredText(p.Value, source, path);
            }
        }

        var templates = new List<ReplyTemplate>();
        if (root.TryGetProperty("templates", out var list))
        {
            Expect(list, JsonValueKind.Array, source, "$.templates", "must be an array of templates");
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var index = 0;
            foreach (var t in list.EnumerateArray())
            {
                var path = $"$.templates[{index}]";
                var template = ReadTemplate(t, source, path);
                if (seen.TryGetValue(template.Id, out var first))
                {
                    throw new TemplatePackException(source, $"{path}.id", $"duplicate id '{template.Id}' (first defined at $.templates[{first}]).");
                }

                seen[template.Id] = index;
                templates.Add(template);
                index++;
            }
        }
        else if (slotDefaults.Count == 0)
        {
            throw new TemplatePackException(source, "$.templates", "missing; a pack needs templates or slotDefaults.");
        }

        return new Pack(source, name, locale, slotDefaults, templates);
    }

    private static ReplyTemplate ReadTemplate(JsonElement t, string source, string path)
    {
        Expect(t, JsonValueKind.Object, source, path, "each template must be an object");
        CheckProperties(t, TemplateProperties, source, path);
        var id = RequiredString(t, "id", source, path);
        if (!IsValidId(id))
        {
            throw new TemplatePackException(source, $"{path}.id", $"'{id}' is not a valid id: use lower-case ASCII words joined by '.' or '-', e.g. 'empathy.damaged-item'.");
        }

        var scenario = RequiredString(t, "scenario", source, path);
        var description = OptionalString(t, "description", source, path) ?? string.Empty;

        // Declared slots.
        var names = new List<string>();
        var descriptions = new List<string>();
        var samples = new List<string>();
        var declaredDefaults = new List<string?>();
        if (t.TryGetProperty("slots", out var slots))
        {
            Expect(slots, JsonValueKind.Array, source, $"{path}.slots", "must be an array of slot declarations");
            var i = 0;
            foreach (var s in slots.EnumerateArray())
            {
                var sp = $"{path}.slots[{i}]";
                Expect(s, JsonValueKind.Object, source, sp, "each slot must be an object");
                CheckProperties(s, SlotProperties, source, sp);
                var name = RequiredString(s, "name", source, sp);
                if (!TemplateTextParser.IsValidSlotName(name, out var problem))
                {
                    throw new TemplatePackException(source, $"{sp}.name", problem!);
                }

                if (name == ReplyTemplate.TimeOfDaySlotName)
                {
                    throw new TemplatePackException(source, $"{sp}.name", $"'{ReplyTemplate.TimeOfDaySlotName}' is filled automatically from the clock; use it in the text without declaring it.");
                }

                if (names.Contains(name))
                {
                    throw new TemplatePackException(source, $"{sp}.name", $"slot '{name}' is declared twice.");
                }

                names.Add(name);
                descriptions.Add(OptionalString(s, "description", source, sp) ?? string.Empty);
                samples.Add(RequiredString(s, "sample", source, sp));
                declaredDefaults.Add(s.TryGetProperty("default", out var d) && d.ValueKind != JsonValueKind.Null
                    ? RequiredText(d, source, $"{sp}.default")
                    : null);
                i++;
            }
        }

        // Variants.
        if (!t.TryGetProperty("variants", out var variants))
        {
            throw new TemplatePackException(source, $"{path}.variants", "missing; a template needs at least one variant.");
        }

        Expect(variants, JsonValueKind.Array, source, $"{path}.variants", "must be an array of strings");
        var count = variants.GetArrayLength();
        if (count == 0)
        {
            throw new TemplatePackException(source, $"{path}.variants", "is empty; a template needs at least one variant.");
        }

        if (count > VariantSelector.MaxVariants)
        {
            throw new TemplatePackException(source, $"{path}.variants", $"has {count} variants; at most {VariantSelector.MaxVariants} are allowed.");
        }

        var parsed = new List<List<TemplateTextParser.RawPart>>(count);
        var sources = new string[count];
        var usesTimeOfDay = false;
        var used = new bool[names.Count];
        var vi = 0;
        foreach (var v in variants.EnumerateArray())
        {
            var vp = $"{path}.variants[{vi}]";
            var text = RequiredText(v, source, vp);
            if (!TemplateTextParser.TryParse(text, out var parts, out var problem))
            {
                throw new TemplatePackException(source, vp, problem!);
            }

            foreach (var part in parts)
            {
                if (!part.IsSlot)
                {
                    continue;
                }

                if (part.SlotName == ReplyTemplate.TimeOfDaySlotName)
                {
                    usesTimeOfDay = true;
                    continue;
                }

                var idx = names.IndexOf(part.SlotName!);
                if (idx < 0)
                {
                    throw new TemplatePackException(source, vp, $"uses slot '{{{part.SlotName}}}', which is not declared in {path}.slots.");
                }

                used[idx] = true;
            }

            sources[vi] = text;
            parsed.Add(parts);
            vi++;
        }

        for (var i = 0; i < names.Count; i++)
        {
            if (!used[i])
            {
                throw new TemplatePackException(source, $"{path}.slots[{i}]", $"slot '{names[i]}' is declared but no variant uses it.");
            }
        }

        // Slot table: declared slots, then the automatic time-of-day slot.
        var table = new List<TemplateSlot>(names.Count + 1);
        var withoutInline = new bool[names.Count + (usesTimeOfDay ? 1 : 0)];
        for (var i = 0; i < names.Count; i++)
        {
            table.Add(new TemplateSlot(names[i], descriptions[i], samples[i], declaredDefaults[i], false, false));
        }

        if (usesTimeOfDay)
        {
            table.Add(new TemplateSlot(ReplyTemplate.TimeOfDaySlotName, "早上/上午/中午/下午/晚上, from RenderContext.Now", "上午", null, false, true));
        }

        var compiled = new CompiledVariant[count];
        for (var k = 0; k < count; k++)
        {
            var raw = parsed[k];
            var parts = new TemplatePart[raw.Count];
            for (var j = 0; j < raw.Count; j++)
            {
                var r = raw[j];
                if (r.IsSlot)
                {
                    var idx = r.SlotName == ReplyTemplate.TimeOfDaySlotName ? names.Count : names.IndexOf(r.SlotName!);
                    if (r.InlineDefault is null && idx < names.Count)
                    {
                        withoutInline[idx] = true;
                    }

                    parts[j] = TemplatePart.Slot(idx, r.InlineDefault);
                }
                else
                {
                    parts[j] = TemplatePart.Literal(r.Literal!, VoiceFilter.TransformLiteral(r.Literal!, isLastPart: j == raw.Count - 1));
                }
            }

            compiled[k] = new CompiledVariant(parts);
        }

        var declared = new string?[table.Count];
        for (var i = 0; i < names.Count; i++)
        {
            declared[i] = declaredDefaults[i];
        }

        return new ReplyTemplate(id, scenario, description, [.. table], declared, withoutInline, sources, compiled, source);
    }

    /// <summary>Lower-case ASCII letters and digits in words joined by single '.' or '-'.</summary>
    internal static bool IsValidId(string id)
    {
        if (id.Length is 0 or > 64)
        {
            return false;
        }

        var previousWasSeparator = true;
        foreach (var c in id)
        {
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                previousWasSeparator = false;
            }
            else if (c is '.' or '-' && !previousWasSeparator)
            {
                previousWasSeparator = true;
            }
            else
            {
                return false;
            }
        }

        return !previousWasSeparator;
    }

    private static void Expect(JsonElement e, JsonValueKind kind, string source, string path, string problem)
    {
        if (e.ValueKind != kind)
        {
            throw new TemplatePackException(source, path, $"{problem} (found {Describe(e.ValueKind)}).");
        }
    }

    private static void CheckProperties(JsonElement obj, HashSet<string> allowed, string source, string path)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (!allowed.Contains(p.Name))
            {
                throw new TemplatePackException(source, $"{path}{Member(p.Name)}", $"unknown property '{p.Name}'; expected one of: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}.");
            }
        }
    }

    private static string RequiredString(JsonElement obj, string property, string source, string path)
    {
        if (!obj.TryGetProperty(property, out var value))
        {
            throw new TemplatePackException(source, $"{path}.{property}", "missing (required).");
        }

        return RequiredText(value, source, $"{path}.{property}");
    }

    private static string RequiredText(JsonElement value, string source, string path)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            throw new TemplatePackException(source, path, $"must be a string (found {Describe(value.ValueKind)}).");
        }

        var s = value.GetString()!;
        if (string.IsNullOrWhiteSpace(s))
        {
            throw new TemplatePackException(source, path, "must not be empty.");
        }

        return s;
    }

    private static string? OptionalString(JsonElement obj, string property, string source, string path)
    {
        if (!obj.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw new TemplatePackException(source, $"{path}.{property}", $"must be a string (found {Describe(value.ValueKind)}).");
        }

        return value.GetString();
    }

    private static string Member(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return $"['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
            }
        }

        return "." + name;
    }

    private static string Describe(JsonValueKind kind) => Internal.JsonKinds.Describe(kind);
}
