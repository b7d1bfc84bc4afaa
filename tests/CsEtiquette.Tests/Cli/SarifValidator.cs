using System.Text.Json;

namespace CsEtiquette.Tests.Cli;

/// <summary>
/// A focused structural validator for the SARIF 2.1.0 subset <c>cse lint --format sarif</c> writes, written from the
/// OASIS SARIF 2.1.0 specification (the official JSON schema is not vendored: we neither fetch it at test time nor
/// copy third-party files into the repository). It checks what the schema requires of each object we emit — required
/// properties, value types, enums, minimums — and, like the schema's <c>additionalProperties: false</c>, rejects any
/// property the spec does not define for that object. Returns the problems as "JSON path: problem" lines.
/// </summary>
internal static class SarifValidator
{
    private static readonly string[] Levels = ["none", "note", "warning", "error"];
    private static readonly string[] ColumnKinds = ["utf16CodeUnits", "unicodeCodePoints"];

    public static List<string> Validate(string json)
    {
        var errors = new List<string>();
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Obj(root, "$", errors, ["$schema", "version", "runs", "inlineExternalProperties", "properties"], ["version", "runs"]);
        if (root.TryGetProperty("version", out var v) && v.GetString() != "2.1.0")
        {
            errors.Add("$.version: must be \"2.1.0\"");
        }

        if (root.TryGetProperty("$schema", out var schema) && !Uri.TryCreate(schema.GetString(), UriKind.Absolute, out _))
        {
            errors.Add("$.$schema: must be an absolute URI");
        }

        if (root.TryGetProperty("runs", out var runs))
        {
            var i = 0;
            foreach (var run in Array(runs, "$.runs", errors))
            {
                Run(run, $"$.runs[{i++}]", errors);
            }
        }

        return errors;
    }

    private static void Run(JsonElement run, string at, List<string> errors)
    {
        Obj(run, at, errors, ["tool", "results", "columnKind", "artifacts", "invocations", "originalUriBaseIds", "properties", "language"], ["tool"]);
        var ruleIds = new List<string>();
        if (run.TryGetProperty("tool", out var tool))
        {
            Obj(tool, $"{at}.tool", errors, ["driver", "extensions", "properties"], ["driver"]);
            if (tool.TryGetProperty("driver", out var driver))
            {
                var d = $"{at}.tool.driver";
                Obj(driver, d, errors, ["name", "version", "semanticVersion", "informationUri", "rules", "fullName", "organization", "properties"], ["name"]);
                Str(driver, "name", d, errors);
                if (driver.TryGetProperty("rules", out var rules))
                {
                    var k = 0;
                    foreach (var r in Array(rules, $"{d}.rules", errors))
                    {
                        var rp = $"{d}.rules[{k++}]";
                        Obj(r, rp, errors, ["id", "name", "shortDescription", "fullDescription", "help", "helpUri", "defaultConfiguration", "properties"], ["id"]);
                        ruleIds.Add(Str(r, "id", rp, errors) ?? string.Empty);
                        foreach (var m in new[] { "shortDescription", "fullDescription", "help" })
                        {
                            if (r.TryGetProperty(m, out var msg))
                            {
                                MultiformatMessage(msg, $"{rp}.{m}", errors);
                            }
                        }

                        if (r.TryGetProperty("defaultConfiguration", out var dc))
                        {
                            Obj(dc, $"{rp}.defaultConfiguration", errors, ["level", "enabled", "rank", "parameters", "properties"], []);
                            Enum(dc, "level", $"{rp}.defaultConfiguration", Levels, errors);
                        }
                    }
                }
            }
        }

        if (run.TryGetProperty("columnKind", out _))
        {
            Enum(run, "columnKind", at, ColumnKinds, errors);
        }

        if (!run.TryGetProperty("results", out var results))
        {
            return;
        }

        var j = 0;
        foreach (var res in Array(results, $"{at}.results", errors))
        {
            var rp = $"{at}.results[{j++}]";
            Obj(res, rp, errors, ["ruleId", "ruleIndex", "rule", "kind", "level", "message", "locations", "fixes", "partialFingerprints", "properties"], ["message"]);
            var ruleId = res.TryGetProperty("ruleId", out _) ? Str(res, "ruleId", rp, errors) : null;
            if (res.TryGetProperty("ruleIndex", out var ri))
            {
                if (ri.ValueKind != JsonValueKind.Number || !ri.TryGetInt32(out var index) || index < -1)
                {
                    errors.Add($"{rp}.ruleIndex: must be an integer ≥ -1");
                }
                else if (index >= 0 && (index >= ruleIds.Count || ruleIds[index] != ruleId))
                {
                    errors.Add($"{rp}.ruleIndex: {index} does not point at rule '{ruleId}' in tool.driver.rules");
                }
            }

            if (res.TryGetProperty("level", out _))
            {
                Enum(res, "level", rp, Levels, errors);
            }

            if (res.TryGetProperty("message", out var message))
            {
                Message(message, $"{rp}.message", errors);
            }

            if (res.TryGetProperty("locations", out var locations))
            {
                var k = 0;
                foreach (var loc in Array(locations, $"{rp}.locations", errors))
                {
                    var lp = $"{rp}.locations[{k++}]";
                    Obj(loc, lp, errors, ["id", "physicalLocation", "logicalLocations", "message", "properties"], []);
                    if (loc.TryGetProperty("physicalLocation", out var pl))
                    {
                        Obj(pl, $"{lp}.physicalLocation", errors, ["artifactLocation", "region", "contextRegion", "address", "properties"], []);
                        if (pl.TryGetProperty("artifactLocation", out var al))
                        {
                            ArtifactLocation(al, $"{lp}.physicalLocation.artifactLocation", errors);
                        }

                        if (pl.TryGetProperty("region", out var region))
                        {
                            Region(region, $"{lp}.physicalLocation.region", errors);
                        }
                    }
                }
            }

            if (res.TryGetProperty("fixes", out var fixes))
            {
                var k = 0;
                foreach (var fix in Array(fixes, $"{rp}.fixes", errors))
                {
                    var fp = $"{rp}.fixes[{k++}]";
                    Obj(fix, fp, errors, ["description", "artifactChanges", "properties"], ["artifactChanges"]);
                    if (fix.TryGetProperty("description", out var desc))
                    {
                        Message(desc, $"{fp}.description", errors);
                    }

                    if (!fix.TryGetProperty("artifactChanges", out var changes))
                    {
                        continue;
                    }

                    var c = 0;
                    foreach (var change in Array(changes, $"{fp}.artifactChanges", errors))
                    {
                        var cp = $"{fp}.artifactChanges[{c++}]";
                        Obj(change, cp, errors, ["artifactLocation", "replacements", "properties"], ["artifactLocation", "replacements"]);
                        if (change.TryGetProperty("artifactLocation", out var cal))
                        {
                            ArtifactLocation(cal, $"{cp}.artifactLocation", errors);
                        }

                        if (!change.TryGetProperty("replacements", out var reps))
                        {
                            continue;
                        }

                        var n = 0;
                        foreach (var rep in Array(reps, $"{cp}.replacements", errors))
                        {
                            var pp = $"{cp}.replacements[{n++}]";
                            Obj(rep, pp, errors, ["deletedRegion", "insertedContent", "properties"], ["deletedRegion"]);
                            if (rep.TryGetProperty("deletedRegion", out var dr))
                            {
                                Region(dr, $"{pp}.deletedRegion", errors);
                            }

                            if (rep.TryGetProperty("insertedContent", out var ic))
                            {
                                Obj(ic, $"{pp}.insertedContent", errors, ["text", "binary", "rendered", "properties"], []);
                            }
                        }
                    }
                }
            }
        }
    }

    private static void ArtifactLocation(JsonElement al, string at, List<string> errors)
    {
        Obj(al, at, errors, ["uri", "uriBaseId", "index", "description", "properties"], []);
        if (al.TryGetProperty("uri", out _) && Str(al, "uri", at, errors) is { } uri && !Uri.TryCreate(uri, UriKind.RelativeOrAbsolute, out _))
        {
            errors.Add($"{at}.uri: not a URI reference: '{uri}'");
        }
    }

    private static void Region(JsonElement region, string at, List<string> errors)
    {
        Obj(region, at, errors, ["startLine", "startColumn", "endLine", "endColumn", "charOffset", "charLength", "byteOffset", "byteLength", "snippet", "message", "sourceLanguage", "properties"], []);
        var startLine = Int(region, "startLine", at, 1, errors);
        var startColumn = Int(region, "startColumn", at, 1, errors);
        var endLine = Int(region, "endLine", at, 1, errors);
        var endColumn = Int(region, "endColumn", at, 1, errors);
        if (startLine is null && region.TryGetProperty("startColumn", out _))
        {
            errors.Add($"{at}: a text region with startColumn needs startLine");
        }

        if (startLine is { } sl && endLine is { } el && el < sl)
        {
            errors.Add($"{at}.endLine: before startLine");
        }

        if ((endLine is null || endLine == startLine) && startColumn is { } sc && endColumn is { } ec && ec < sc)
        {
            errors.Add($"{at}.endColumn: before startColumn on the same line");
        }

        if (region.TryGetProperty("snippet", out var snippet))
        {
            Obj(snippet, $"{at}.snippet", errors, ["text", "binary", "rendered", "properties"], []);
        }
    }

    private static void Message(JsonElement m, string at, List<string> errors)
    {
        Obj(m, at, errors, ["text", "markdown", "id", "arguments", "properties"], []);
        if (!m.TryGetProperty("text", out _) && !m.TryGetProperty("id", out _))
        {
            errors.Add($"{at}: a message needs text or id");
        }
        else if (m.TryGetProperty("text", out _))
        {
            Str(m, "text", at, errors);
        }
    }

    private static void MultiformatMessage(JsonElement m, string at, List<string> errors)
    {
        Obj(m, at, errors, ["text", "markdown", "properties"], ["text"]);
        if (m.TryGetProperty("text", out _))
        {
            Str(m, "text", at, errors);
        }
    }

    private static void Obj(JsonElement e, string at, List<string> errors, string[] allowed, string[] required)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            errors.Add($"{at}: expected an object");
            return;
        }

        foreach (var p in e.EnumerateObject())
        {
            if (System.Array.IndexOf(allowed, p.Name) < 0)
            {
                errors.Add($"{at}.{p.Name}: property not defined by SARIF 2.1.0 here");
            }
        }

        foreach (var r in required)
        {
            if (!e.TryGetProperty(r, out _))
            {
                errors.Add($"{at}.{r}: required");
            }
        }
    }

    private static IEnumerable<JsonElement> Array(JsonElement e, string at, List<string> errors)
    {
        if (e.ValueKind != JsonValueKind.Array)
        {
            errors.Add($"{at}: expected an array");
            return [];
        }

        return e.EnumerateArray().ToArray();
    }

    private static string? Str(JsonElement e, string name, string at, List<string> errors)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.String)
        {
            errors.Add($"{at}.{name}: expected a string");
            return null;
        }

        return v.GetString();
    }

    private static int? Int(JsonElement e, string name, string at, int min, List<string> errors)
    {
        if (!e.TryGetProperty(name, out var v))
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var n) || n < min)
        {
            errors.Add($"{at}.{name}: expected an integer ≥ {min}");
            return null;
        }

        return n;
    }

    private static void Enum(JsonElement e, string name, string at, string[] allowed, List<string> errors)
    {
        if (Str(e, name, at, errors) is { } s && System.Array.IndexOf(allowed, s) < 0)
        {
            errors.Add($"{at}.{name}: '{s}' is not one of {string.Join(", ", allowed)}");
        }
    }
}
