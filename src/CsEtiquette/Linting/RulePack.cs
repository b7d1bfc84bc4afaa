using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using CsEtiquette.Linting.Engine;

namespace CsEtiquette.Linting;

/// <summary>
/// A rule pack (规则包): rules, token patterns, replacement templates and slot defaults loaded from JSON
/// (schema: <c>docs/rule-pack-schema.md</c>). <see cref="Default"/> is the embedded zh-CN pack
/// (<c>Data/rules.zh-CN.json</c>). Immutable and thread-safe.
/// </summary>
public sealed class RulePack
{
    private const string DefaultResource = "CsEtiquette.Data.rules.zh-CN.json";
    private const string ComplianceResource = "CsEtiquette.Data.compliance.zh-CN.json";
    private static readonly Lazy<RulePack> LazyDefault = new(() => LoadEmbedded(DefaultResource), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<RulePack> LazyCompliance = new(() => LoadEmbedded(ComplianceResource), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly string[] Detectors = ["patterns", "exclamation", "empathy", "emoji", "structure", "personaldata"];

    private RulePack(string name, string source, IReadOnlyList<RuleDefinition> rules, IReadOnlyDictionary<string, string> slots)
    {
        Name = name;
        Source = source;
        Rules = rules;
        SlotDefaults = slots;
    }

    /// <summary>The embedded zh-CN pack with rules CSE001–CSE012, loaded lazily and thread-safely.</summary>
    public static RulePack Default => LazyDefault.Value;

    /// <summary>
    /// The embedded zh-CN platform-compliance pack (平台合规): rules CSP001–CSP005, severity error — 广告法极限词,
    /// false or absolute promises, off-platform contact or payment, review manipulation (好评返现), a customer's
    /// full phone number or address. On by default (<see cref="LintOptions.IncludeCompliancePack"/>); loaded lazily
    /// and thread-safely.
    /// </summary>
    public static RulePack Compliance => LazyCompliance.Value;

    /// <summary>The pack's name (<c>name</c> field).</summary>
    public string Name { get; }

    /// <summary>The file path or resource name the pack was read from.</summary>
    public string Source { get; }

    /// <summary>The rules, in file order.</summary>
    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>Default slot values (<c>slots</c> field), e.g. 处理时限 → 24小时.</summary>
    public IReadOnlyDictionary<string, string> SlotDefaults { get; }

    /// <summary>Reads a pack from a JSON file.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="RulePackException">The file cannot be read or is not a valid pack; the message names the file, JSON path and problem.</exception>
    public static RulePack Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new RulePackException(path, "$", $"cannot read the file: {ex.Message}", ex);
        }

        return Parse(json, path);
    }

    /// <summary>Parses a pack from JSON text; <paramref name="sourceName"/> is used in error messages.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RulePackException">The JSON is not a valid pack; the message names the source, JSON path and problem.</exception>
    public static RulePack Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"line {line + 1}, byte {ex.BytePositionInLine + 1}" : "?";
            throw new RulePackException(sourceName, ex.Path is { Length: > 0 } p ? p : "$", $"malformed JSON at {where}: {ex.Message}", ex);
        }

        using (doc)
        {
            return new Reader(sourceName).ReadPack(doc.RootElement);
        }
    }

    private static RulePack LoadEmbedded(string resource)
    {
        using var stream = typeof(RulePack).Assembly.GetManifestResourceStream(resource)
            ?? throw new RulePackException(resource, "$", "the embedded resource is missing from the assembly");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), resource);
    }

    private sealed class Reader(string source)
    {
        public RulePack ReadPack(JsonElement root)
        {
            Expect(root, JsonValueKind.Object, "$");
            var name = OptionalString(root, "name", "$") ?? Path.GetFileNameWithoutExtension(source);
            var slots = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("slots", out var slotsEl))
            {
                Expect(slotsEl, JsonValueKind.Object, "$.slots");
                foreach (var p in slotsEl.EnumerateObject())
                {
                    Expect(p.Value, JsonValueKind.String, $"$.slots.{p.Name}");
                    slots[p.Name] = p.Value.GetString()!;
                }
            }

            if (!root.TryGetProperty("rules", out var rulesEl))
            {
                throw Fail("$.rules", "required property 'rules' is missing");
            }

            Expect(rulesEl, JsonValueKind.Array, "$.rules");
            var rules = new List<RuleDefinition>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            var i = 0;
            foreach (var r in rulesEl.EnumerateArray())
            {
                var path = $"$.rules[{i++}]";
                var rule = ReadRule(r, path);
                if (!ids.Add(rule.Id))
                {
                    throw Fail($"{path}.id", $"duplicate rule id '{rule.Id}'");
                }

                rules.Add(rule);
            }

            return new RulePack(name, source, rules, slots.ToFrozenDictionary(StringComparer.Ordinal));
        }

        private RuleDefinition ReadRule(JsonElement r, string path)
        {
            Expect(r, JsonValueKind.Object, path);
            var id = RequiredString(r, "id", path);
            if (id.Length == 0 || id.Any(char.IsWhiteSpace) || id.Contains(',', StringComparison.Ordinal))
            {
                throw Fail($"{path}.id", $"invalid rule id '{id}' (no spaces or commas)");
            }

            var severityText = OptionalString(r, "severity", path) ?? "warning";
            var severity = severityText switch
            {
                "info" => Severity.Info,
                "warning" => Severity.Warning,
                "error" => Severity.Error,
                _ => throw Fail($"{path}.severity", $"must be info, warning or error, not '{severityText}'"),
            };
            var title = ReadText(r, "title", path, required: false);
            var message = ReadText(r, "message", path, required: true);
            var advice = ReadText(r, "advice", path, required: false);
            var detector = OptionalString(r, "detector", path) ?? "patterns";
            if (Array.IndexOf(Detectors, detector) < 0)
            {
                throw Fail($"{path}.detector", $"unknown detector '{detector}' (expected one of {string.Join(", ", Detectors)})");
            }

            var ignoreQuoted = true;
            if (r.TryGetProperty("ignoreQuoted", out var iq))
            {
                if (iq.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    throw Fail($"{path}.ignoreQuoted", $"expected true or false, found {Kind(iq)}");
                }

                ignoreQuoted = iq.GetBoolean();
            }

            var patterns = new List<PatternSpec>();
            if (r.TryGetProperty("patterns", out var ps))
            {
                Expect(ps, JsonValueKind.Array, $"{path}.patterns");
                var j = 0;
                foreach (var p in ps.EnumerateArray())
                {
                    patterns.Add(ReadPattern(p, $"{path}.patterns[{j++}]"));
                }
            }

            if (detector == "patterns" && patterns.Count == 0)
            {
                throw Fail($"{path}.patterns", "a 'patterns' rule needs at least one pattern");
            }

            var exceptions = ReadExceptions(r, "exceptions", path);
            var markers = new Dictionary<string, IReadOnlyList<PatternSpec>>(StringComparer.Ordinal);
            if (r.TryGetProperty("markers", out var ms))
            {
                Expect(ms, JsonValueKind.Object, $"{path}.markers");
                foreach (var m in ms.EnumerateObject())
                {
                    var mp = $"{path}.markers.{m.Name}";
                    Expect(m.Value, JsonValueKind.Array, mp);
                    var list = new List<PatternSpec>();
                    var k = 0;
                    foreach (var e in m.Value.EnumerateArray())
                    {
                        var ep = $"{mp}[{k++}]";
                        Expect(e, JsonValueKind.String, ep);
                        list.Add(new PatternSpec(e.GetString()!, ParsePattern(e.GetString()!, ep), [], [], [], ep));
                    }

                    markers[m.Name] = list;
                }
            }

            var settings = ReadSettings(r, path);
            return new RuleDefinition(id, severity, title, message, advice, detector, ignoreQuoted, patterns, exceptions, markers, settings, $"{source}: {path}");
        }

        private PatternSpec ReadPattern(JsonElement p, string path)
        {
            if (p.ValueKind == JsonValueKind.String)
            {
                var text = p.GetString()!;
                return new PatternSpec(text, ParsePattern(text, path), [], [], [], path);
            }

            Expect(p, JsonValueKind.Object, path);
            var match = RequiredString(p, "match", path);
            var elements = ParsePattern(match, $"{path}.match");
            var replace = ReadTemplates(p, "replace", path, elements.Length);
            var suggest = ReadTemplates(p, "suggest", path, elements.Length);
            var except = ReadExceptions(p, "except", path);
            return new PatternSpec(match, elements, replace, suggest, except.ToArray(), path);
        }

        private SlotTemplate[] ReadTemplates(JsonElement p, string name, string path, int elementCount)
        {
            if (!p.TryGetProperty(name, out var el))
            {
                return [];
            }

            var list = new List<JsonElement>();
            if (el.ValueKind == JsonValueKind.String)
            {
                list.Add(el);
            }
            else
            {
                Expect(el, JsonValueKind.Array, $"{path}.{name}");
                list.AddRange(el.EnumerateArray());
            }

            var result = new SlotTemplate[list.Count];
            for (var i = 0; i < list.Count; i++)
            {
                var tp = el.ValueKind == JsonValueKind.String ? $"{path}.{name}" : $"{path}.{name}[{i}]";
                Expect(list[i], JsonValueKind.String, tp);
                var t = SlotTemplate.TryParse(list[i].GetString()!, out var error) ?? throw Fail(tp, error!);
                if (t.MaxCapture > elementCount)
                {
                    throw Fail(tp, string.Create(CultureInfo.InvariantCulture, $"capture {{${t.MaxCapture}}} but the pattern has only {elementCount} elements"));
                }

                result[i] = t;
            }

            return result;
        }

        private List<ExceptionSpec> ReadExceptions(JsonElement owner, string name, string path)
        {
            var result = new List<ExceptionSpec>();
            if (!owner.TryGetProperty(name, out var el))
            {
                return result;
            }

            Expect(el, JsonValueKind.Array, $"{path}.{name}");
            var i = 0;
            foreach (var e in el.EnumerateArray())
            {
                var ep = $"{path}.{name}[{i++}]";
                if (e.ValueKind == JsonValueKind.String)
                {
                    result.Add(new ExceptionSpec(e.GetString()!, ParsePattern(e.GetString()!, ep), ExceptionScope.Span, ep));
                    continue;
                }

                Expect(e, JsonValueKind.Object, ep);
                var match = RequiredString(e, "match", ep);
                var scopeText = OptionalString(e, "scope", ep) ?? "span";
                var scope = scopeText switch
                {
                    "span" => ExceptionScope.Span,
                    "sentence" => ExceptionScope.Sentence,
                    "reply" => ExceptionScope.Reply,
                    _ => throw Fail($"{ep}.scope", $"must be span, sentence or reply, not '{scopeText}'"),
                };
                result.Add(new ExceptionSpec(match, ParsePattern(match, $"{ep}.match"), scope, ep));
            }

            return result;
        }

        private RuleSettings ReadSettings(JsonElement r, string path)
        {
            if (!r.TryGetProperty("settings", out var s))
            {
                return new RuleSettings(source, $"{path}.settings", new Dictionary<string, string>(), new Dictionary<string, int>(), new Dictionary<string, string[]>());
            }

            var sp = $"{path}.settings";
            Expect(s, JsonValueKind.Object, sp);
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            var lists = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var p in s.EnumerateObject())
            {
                var pp = $"{sp}.{p.Name}";
                switch (p.Value.ValueKind)
                {
                    case JsonValueKind.String:
                        strings[p.Name] = p.Value.GetString()!;
                        break;
                    case JsonValueKind.Number:
                        if (!p.Value.TryGetInt32(out var n))
                        {
                            throw Fail(pp, "expected an integer");
                        }

                        numbers[p.Name] = n;
                        break;
                    case JsonValueKind.Array:
                        var items = new List<string>();
                        var k = 0;
                        foreach (var item in p.Value.EnumerateArray())
                        {
                            Expect(item, JsonValueKind.String, $"{pp}[{k++}]");
                            items.Add(item.GetString()!);
                        }

                        lists[p.Name] = items.ToArray();
                        break;
                    case JsonValueKind.Object:
                        foreach (var q in p.Value.EnumerateObject())
                        {
                            Expect(q.Value, JsonValueKind.String, $"{pp}.{q.Name}");
                            strings[$"{p.Name}.{q.Name}"] = q.Value.GetString()!;
                        }

                        break;
                    default:
                        throw Fail(pp, $"expected a string, integer, array of strings or object of strings, found {Kind(p.Value)}");
                }
            }

            return new RuleSettings(source, sp, strings, numbers, lists);
        }

        private LocalizedText ReadText(JsonElement r, string name, string path, bool required)
        {
            if (!r.TryGetProperty(name, out var el))
            {
                return required ? throw Fail($"{path}.{name}", $"required property '{name}' is missing") : LocalizedText.Empty;
            }

            if (el.ValueKind == JsonValueKind.String)
            {
                var t = el.GetString()!;
                return new LocalizedText(t, t);
            }

            Expect(el, JsonValueKind.Object, $"{path}.{name}");
            var zh = RequiredString(el, "zh-CN", $"{path}.{name}");
            var en = OptionalString(el, "en", $"{path}.{name}") ?? zh;
            return new LocalizedText(zh, en);
        }

        private PatternElement[] ParsePattern(string text, string path) =>
            PatternSyntax.TryParse(text, out var error) ?? throw Fail(path, $"{error} in pattern \"{text}\"");

        private string RequiredString(JsonElement owner, string name, string path)
        {
            if (!owner.TryGetProperty(name, out var el))
            {
                throw Fail($"{path}.{name}", $"required property '{name}' is missing");
            }

            Expect(el, JsonValueKind.String, $"{path}.{name}");
            return el.GetString()!;
        }

        private string? OptionalString(JsonElement owner, string name, string path)
        {
            if (!owner.TryGetProperty(name, out var el))
            {
                return null;
            }

            Expect(el, JsonValueKind.String, $"{path}.{name}");
            return el.GetString();
        }

        private void Expect(JsonElement el, JsonValueKind kind, string path)
        {
            if (el.ValueKind != kind)
            {
                throw Fail(path, $"expected {Kind(kind)}, found {Kind(el)}");
            }
        }

        private static string Kind(JsonElement el) => Kind(el.ValueKind);

        private static string Kind(JsonValueKind k) => Internal.JsonKinds.Describe(k);

        private RulePackException Fail(string path, string problem) => new(source, path, problem);
    }
}
