using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsEtiquette.Tests.Linting;

namespace CsEtiquette.Tests.Packs;

/// <summary>
/// Every embedded pack validates against its schema in docs/schemas (a small structural validator: type, const, enum,
/// required, properties, additionalProperties, items, oneOf, $ref, min/max), so a schema and its pack cannot drift;
/// and every schema is listed in docs/schemas/README.md.
/// </summary>
public sealed class PackSchemaTests
{
    public static TheoryData<string, string, string> EmbeddedPacks() => new()
    {
        { "CsEtiquette", "CsEtiquette.Data.rules.zh-CN.json", "rule-pack.schema.json" },
        { "CsEtiquette", "CsEtiquette.Data.compliance.zh-CN.json", "rule-pack.schema.json" },
        { "CsEtiquette", "CsEtiquette.Data.livestream.zh-CN.json", "rule-pack.schema.json" },
        { "CsEtiquette", "CsEtiquette.Data.templates.zh-CN.json", "template-pack.schema.json" },
        { "CsEtiquette", "CsEtiquette.Data.templates.livestream.zh-CN.json", "template-pack.schema.json" },
        { "CsEtiquette", "CsEtiquette.Data.training.zh-CN.json", "training-pack.schema.json" },
        { "CsEtiquette", "CsEtiquette.Data.analysis-lexicon.zh-CN.json", "analysis-lexicon.schema.json" },
        { "CsEtiquette", "CsEtiquette.Data.knowledge.example.zh-CN.json", "knowledge-pack.schema.json" },
        { "CsEtiquette", "CsEtiquette.Data.knowledge-lexicon.zh-CN.json", "knowledge-lexicon.schema.json" },
        { "CsEtiquette", "CsEtiquette.Data.assistant.zh-CN.json", "assistant-cues.schema.json" },
        { "CsEtiquette", "CsEtiquette.Data.complaint-replies.zh-CN.json", "complaint-replies.schema.json" },
        { "CsEtiquette.Insights", "CsEtiquette.Data.conversation-rules.zh-CN.json", "conversation-rules.schema.json" },
        { "CsEtiquette.Insights", "CsEtiquette.Data.scorecard.zh-CN.json", "scorecard.schema.json" },
        { "CsEtiquette.Insights", "CsEtiquette.Data.insights.zh-CN.json", "inspection-vocabulary.schema.json" },
    };

    [Theory]
    [MemberData(nameof(EmbeddedPacks))]
    public void EmbeddedPack_MatchesItsSchema(string assembly, string resource, string schemaFile)
    {
        var anchor = assembly == "CsEtiquette" ? typeof(EtiquettePackException) : typeof(CsEtiquette.Insights.Scorecard);
        using var stream = anchor.Assembly.GetManifestResourceStream(resource)!;
        using var pack = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(LintTestData.RepoRoot(), "docs", "schemas", schemaFile)));
        var errors = new SchemaCheck(schema.RootElement).Validate(pack.RootElement);
        Assert.True(errors.Count == 0, $"{resource} against {schemaFile}:\n" + string.Join("\n", errors.Take(20)));

        // The pack points editors at the schema it is checked against.
        Assert.EndsWith("docs/schemas/" + schemaFile, pack.RootElement.GetProperty("$schema").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaCheck_FindsUnknownMissingAndMistypedProperties()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(LintTestData.RepoRoot(), "docs", "schemas", "knowledge-pack.schema.json")));
        var check = new SchemaCheck(schema.RootElement);
        using var good = JsonDocument.Parse("""{"schemaVersion":1,"locale":"zh-CN","name":"x","entries":[{"id":"a","questions":["q"],"answer":"b"}]}""");
        Assert.Empty(check.Validate(good.RootElement));
        using var bad = JsonDocument.Parse("""{"schemaVersion":2,"locale":"zh-CN","entries":[{"id":"a","questoins":["q"],"answer":3}]}""");
        var errors = check.Validate(bad.RootElement);
        Assert.Contains(errors, e => e.StartsWith("$.schemaVersion:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.name:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.entries[0].questoins:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("$.entries[0].answer:", StringComparison.Ordinal));
    }

    [Fact]
    public void EverySchema_IsListedInTheSchemasReadme()
    {
        var dir = Path.Combine(LintTestData.RepoRoot(), "docs", "schemas");
        var readme = File.ReadAllText(Path.Combine(dir, "README.md"));
        foreach (var file in Directory.GetFiles(dir, "*.schema.json"))
        {
            Assert.Contains($"({Path.GetFileName(file)})", readme, StringComparison.Ordinal);
        }
    }

    /// <summary>The part of JSON Schema 2020-12 our schemas use.</summary>
    private sealed class SchemaCheck(JsonElement root)
    {
        public List<string> Validate(JsonElement value)
        {
            var errors = new List<string>();
            Check(root, value, "$", errors);
            return errors;
        }

        private void Check(JsonElement schema, JsonElement value, string path, List<string> errors)
        {
            if (schema.TryGetProperty("$ref", out var r))
            {
                var name = r.GetString()!["#/$defs/".Length..];
                Check(root.GetProperty("$defs").GetProperty(name), value, path, errors);
                return;
            }

            if (schema.TryGetProperty("oneOf", out var oneOf))
            {
                var passing = oneOf.EnumerateArray().Count(branch =>
                {
                    var e = new List<string>();
                    Check(branch, value, path, e);
                    return e.Count == 0;
                });
                if (passing != 1)
                {
                    errors.Add($"{path}: matches {passing} of the oneOf branches, not exactly one");
                }

                return;
            }

            if (schema.TryGetProperty("const", out var c) && c.GetRawText() != value.GetRawText())
            {
                errors.Add($"{path}: must be {c.GetRawText()}");
            }

            if (schema.TryGetProperty("enum", out var en) && !en.EnumerateArray().Any(x => x.GetRawText() == value.GetRawText()))
            {
                errors.Add($"{path}: {value.GetRawText()} is not one of {en.GetRawText()}");
            }

            if (schema.TryGetProperty("type", out var type) && !IsType(value, type.GetString()!))
            {
                errors.Add($"{path}: expected {type.GetString()}, found {value.ValueKind}");
                return;
            }

            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    CheckObject(schema, value, path, errors);
                    break;
                case JsonValueKind.Array:
                    var n = value.GetArrayLength();
                    if (schema.TryGetProperty("minItems", out var min) && n < min.GetInt32())
                    {
                        errors.Add($"{path}: needs at least {min.GetInt32()} items");
                    }

                    if (schema.TryGetProperty("maxItems", out var max) && n > max.GetInt32())
                    {
                        errors.Add($"{path}: at most {max.GetInt32()} items");
                    }

                    if (schema.TryGetProperty("items", out var items))
                    {
                        var i = 0;
                        foreach (var item in value.EnumerateArray())
                        {
                            Check(items, item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i++}]"), errors);
                        }
                    }

                    break;
                case JsonValueKind.String:
                    var s = value.GetString()!;
                    if (schema.TryGetProperty("minLength", out var ml) && s.Length < ml.GetInt32())
                    {
                        errors.Add($"{path}: shorter than {ml.GetInt32()}");
                    }

                    if (schema.TryGetProperty("pattern", out var p) && !Regex.IsMatch(s, p.GetString()!))
                    {
                        errors.Add($"{path}: '{s}' does not match {p.GetString()}");
                    }

                    break;
                case JsonValueKind.Number:
                    var x = value.GetDouble();
                    if ((schema.TryGetProperty("minimum", out var lo) && x < lo.GetDouble())
                        || (schema.TryGetProperty("maximum", out var hi) && x > hi.GetDouble())
                        || (schema.TryGetProperty("exclusiveMinimum", out var xlo) && x <= xlo.GetDouble()))
                    {
                        errors.Add($"{path}: {x} is out of range");
                    }

                    break;
            }
        }

        private void CheckObject(JsonElement schema, JsonElement value, string path, List<string> errors)
        {
            var properties = schema.TryGetProperty("properties", out var ps) ? ps : default;
            if (schema.TryGetProperty("required", out var required))
            {
                foreach (var name in required.EnumerateArray())
                {
                    if (!value.TryGetProperty(name.GetString()!, out _))
                    {
                        errors.Add($"{path}.{name.GetString()}: required property is missing");
                    }
                }
            }

            if (schema.TryGetProperty("minProperties", out var minP) && value.EnumerateObject().Count() < minP.GetInt32())
            {
                errors.Add($"{path}: needs at least {minP.GetInt32()} properties");
            }

            foreach (var p in value.EnumerateObject())
            {
                var at = $"{path}.{p.Name}";
                if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(p.Name, out var sub))
                {
                    Check(sub, p.Value, at, errors);
                }
                else if (schema.TryGetProperty("additionalProperties", out var extra))
                {
                    if (extra.ValueKind == JsonValueKind.False)
                    {
                        errors.Add($"{at}: unknown property (not in the schema)");
                    }
                    else if (extra.ValueKind == JsonValueKind.Object)
                    {
                        Check(extra, p.Value, at, errors);
                    }
                }
            }
        }

        private static bool IsType(JsonElement v, string type) => type switch
        {
            "object" => v.ValueKind == JsonValueKind.Object,
            "array" => v.ValueKind == JsonValueKind.Array,
            "string" => v.ValueKind == JsonValueKind.String,
            "boolean" => v.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "null" => v.ValueKind == JsonValueKind.Null,
            "number" => v.ValueKind == JsonValueKind.Number,
            "integer" => v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out _),
            _ => throw new InvalidOperationException($"unsupported type '{type}'"),
        };
    }
}
