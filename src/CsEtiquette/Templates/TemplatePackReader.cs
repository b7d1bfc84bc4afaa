using CsEtiquette.Packs;

namespace CsEtiquette.Templates;

/// <summary>
/// Reads a template pack (schema: docs/schemas/template-pack.schema.json) through the shared <see cref="PackReader"/>
/// into templates, validating every value and naming the JSON path of the first problem.
/// </summary>
internal static class TemplatePackReader
{
    private static readonly string[] Body = ["slotDefaults", "templates"];
    private static readonly string[] TemplateProperties = ["id", "scenario", "description", "slots", "variants"];
    private static readonly string[] SlotProperties = ["name", "description", "sample", "default"];

    /// <summary>The contents of one pack.</summary>
    internal sealed record Pack(string Source, string? Name, string? Locale, Dictionary<string, string> SlotDefaults, List<ReplyTemplate> Templates);

    /// <summary>Template packs: errors are <see cref="TemplatePackException"/>s; each pack becomes a library.</summary>
    public static readonly PackFormat<TemplateLibrary> Format = new((s, p, m, e) => new TemplatePackException(s, p, m, e), d => TemplateLibrary.FromPack(Read(d)));

    public static Pack Read(PackDocument document)
    {
        var source = document.Source;
        var root = document.ReadRoot(Body, out var header);
        var slotDefaults = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGet("slotDefaults", out var defaults))
        {
            foreach (var p in defaults.AsMap().Members())
            {
                if (!TemplateTextParser.IsValidSlotName(p.Name, out var problem))
                {
                    throw p.Value.Fail(problem!);
                }

                if (p.Name == ReplyTemplate.TimeOfDaySlotName)
                {
                    throw p.Value.Fail($"'{ReplyTemplate.TimeOfDaySlotName}' is filled from the clock and cannot have a default.");
                }

                slotDefaults[p.Name] = p.Value.AsText();
            }
        }

        var templates = new List<ReplyTemplate>();
        if (root.TryGet("templates", out var list))
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var index = 0;
            foreach (var t in list.AsArray())
            {
                var template = ReadTemplate(t, source);
                if (seen.TryGetValue(template.Id, out var first))
                {
                    throw new TemplatePackException(source, $"{t.Path}.id", $"duplicate id '{template.Id}' (first defined at $.templates[{first}]).");
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

        return new Pack(source, header.Name, header.Locale, slotDefaults, templates);
    }

    private static ReplyTemplate ReadTemplate(PackValue value, string source)
    {
        var t = value.AsObject(TemplateProperties);
        var path = t.Path;
        var id = t.RequiredText("id");
        if (!IsValidId(id))
        {
            throw new TemplatePackException(source, $"{path}.id", $"'{id}' is not a valid id: use lower-case ASCII words joined by '.' or '-', e.g. 'empathy.damaged-item'.");
        }

        var scenario = t.RequiredText("scenario");
        var description = t.OptionalString("description") ?? string.Empty;

        // Declared slots.
        var names = new List<string>();
        var descriptions = new List<string>();
        var samples = new List<string>();
        var declaredDefaults = new List<string?>();
        if (t.TryGet("slots", out var slots))
        {
            foreach (var slot in slots.AsArray())
            {
                var s = slot.AsObject(SlotProperties);
                var sp = s.Path;
                var name = s.RequiredText("name");
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
                descriptions.Add(s.OptionalString("description") ?? string.Empty);
                samples.Add(s.RequiredText("sample"));
                declaredDefaults.Add(s.TryGet("default", out var d) && !d.IsNull ? d.AsText() : null);
            }
        }

        // Variants.
        if (!t.TryGet("variants", out var variantsValue))
        {
            throw new TemplatePackException(source, $"{path}.variants", "missing; a template needs at least one variant.");
        }

        var variants = variantsValue.AsArray();
        var count = variants.Length;
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
        foreach (var v in variants)
        {
            var vp = v.Path;
            var text = v.AsText();
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
}
