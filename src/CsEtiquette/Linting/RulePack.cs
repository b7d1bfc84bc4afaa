using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using CsEtiquette.Linting.Engine;
using CsEtiquette.Packs;

namespace CsEtiquette.Linting;

/// <summary>
/// A rule pack (规则包): rules, token patterns, replacement templates and slot defaults loaded from JSON
/// (schema: <c>docs/schemas/rule-pack.schema.json</c>). <see cref="Default"/> is the embedded zh-CN pack
/// (<c>Data/rules.zh-CN.json</c>). Immutable and thread-safe.
/// </summary>
public sealed class RulePack
{
    private const string DefaultResource = "CsEtiquette.Data.rules.zh-CN.json";
    private const string ComplianceResource = "CsEtiquette.Data.compliance.zh-CN.json";
    private const string LiveStreamResource = "CsEtiquette.Data.livestream.zh-CN.json";
    private static readonly Lazy<RulePack> LazyDefault = new(() => LoadEmbedded(DefaultResource), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<RulePack> LazyCompliance = new(() => LoadEmbedded(ComplianceResource), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<RulePack> LazyLiveStream = new(() => LoadEmbedded(LiveStreamResource), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly PackFormat<RulePack> Format = new((s, p, m, e) => new RulePackException(s, p, m, e), pack => new Reader(pack.Source).ReadPack(pack));
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

    /// <summary>
    /// The embedded zh-CN live-stream pack (直播客服): rules CSL001–CSL003 — disowning a promise made on stream (主播说的不算,
    /// 以页面为准), refusing the stream price or a flash offer without an alternative (直播价已经结束了), cold answers about
    /// lucky bags and gifts (福袋是随机的, 没抽中就没有). Off by default: add it with
    /// <c>new LintOptions { ExtraPacks = [RulePack.LiveStream] }</c> (or <c>cse lint --rules</c> with the file) for
    /// shops that sell on live streams. Loaded lazily; immutable and thread-safe.
    /// </summary>
    public static RulePack LiveStream => LazyLiveStream.Value;

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
        return Format.ReadFile(path);
    }

    /// <summary>Parses a pack from JSON text; <paramref name="sourceName"/> is used in error messages.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="RulePackException">The JSON is not a valid pack; the message names the source, JSON path and problem.</exception>
    public static RulePack Parse(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Format.ReadText(json, sourceName);
    }

    private static RulePack LoadEmbedded(string resource) => Format.ReadEmbedded(typeof(RulePack), resource);

    private sealed class Reader(string source)
    {
        private static readonly string[] Body = ["slots", "rules"];
        private static readonly string[] RuleProperties = ["id", "title", "severity", "message", "advice", "detector", "ignoreQuoted", "patterns", "exceptions", "markers", "settings"];
        private static readonly string[] PatternProperties = ["match", "replace", "suggest", "except"];
        private static readonly string[] ExceptionProperties = ["match", "scope"];
        private static readonly string[] TextProperties = ["zh-CN", "en"];

        /// <summary>The settings and marker lists each detector reads; anything else in a rule is a pack error.</summary>
        private static readonly FrozenDictionary<string, (FrozenDictionary<string, SettingKind> Settings, string[] Markers)> DetectorSchemas =
            new Dictionary<string, (FrozenDictionary<string, SettingKind>, string[])>(StringComparer.Ordinal)
            {
                ["patterns"] = (Settings(), []),
                ["exclamation"] = (Settings(("maxMarks", SettingKind.Integer), ("textReplacement", SettingKind.Text), ("voiceReplacement", SettingKind.Text)), []),
                ["empathy"] = (Settings(("templates", SettingKind.TextMap), ("sentences", SettingKind.TextMap)), ["empathy"]),
                ["emoji"] = (Settings(("maxWhenCustomerUsed", SettingKind.Integer), ("emoticons", SettingKind.List), ("codePrefixes", SettingKind.List)), []),
                ["structure"] = (Settings(("minLength", SettingKind.Integer), ("minSteps", SettingKind.Integer), ("ordinals", SettingKind.List)), ["steps", "structure"]),
                ["personaldata"] = (Settings(("addressUnits", SettingKind.List), ("streetUnits", SettingKind.List), ("addressEnds", SettingKind.List)), []),
            }.ToFrozenDictionary(StringComparer.Ordinal);

        private enum SettingKind
        {
            Text,
            Integer,
            List,
            TextMap,
        }

        public RulePack ReadPack(PackDocument pack)
        {
            var root = pack.ReadRoot(Body, out var header);
            var slots = new Dictionary<string, string>(StringComparer.Ordinal);
            if (root.TryGet("slots", out var slotsEl))
            {
                foreach (var p in slotsEl.AsMap().Members())
                {
                    slots[p.Name] = p.Value.AsString();
                }
            }

            var rules = new List<RuleDefinition>();
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var r in root.Required("rules").AsArray())
            {
                var rule = ReadRule(r);
                if (!ids.Add(rule.Id))
                {
                    throw Fail($"{r.Path}.id", $"duplicate rule id '{rule.Id}'");
                }

                rules.Add(rule);
            }

            return new RulePack(header.Name, source, rules, slots.ToFrozenDictionary(StringComparer.Ordinal));
        }

        private static FrozenDictionary<string, SettingKind> Settings(params (string Name, SettingKind Kind)[] settings)
        {
            var d = new Dictionary<string, SettingKind>(StringComparer.Ordinal);
            foreach (var (name, kind) in settings)
            {
                d[name] = kind;
            }

            return d.ToFrozenDictionary(StringComparer.Ordinal);
        }

        private RuleDefinition ReadRule(PackValue value)
        {
            var r = value.AsObject(RuleProperties);
            var path = r.Path;
            var id = r.RequiredString("id");
            if (id.Length == 0 || id.Any(char.IsWhiteSpace) || id.Contains(',', StringComparison.Ordinal))
            {
                throw Fail($"{path}.id", $"invalid rule id '{id}' (no spaces or commas)");
            }

            var severityText = r.OptionalString("severity") ?? "warning";
            var severity = severityText switch
            {
                "info" => Severity.Info,
                "warning" => Severity.Warning,
                "error" => Severity.Error,
                _ => throw Fail($"{path}.severity", $"must be info, warning or error, not '{severityText}'"),
            };
            var title = ReadText(r, "title", required: false);
            var message = ReadText(r, "message", required: true);
            var advice = ReadText(r, "advice", required: false);
            var detector = r.OptionalString("detector") ?? "patterns";
            if (!DetectorSchemas.TryGetValue(detector, out var schema))
            {
                throw Fail($"{path}.detector", $"unknown detector '{detector}' (expected one of {string.Join(", ", Detectors)})");
            }

            var ignoreQuoted = r.OptionalBool("ignoreQuoted", true);
            var patterns = new List<PatternSpec>();
            if (r.TryGet("patterns", out var ps))
            {
                foreach (var p in ps.AsArray())
                {
                    patterns.Add(ReadPattern(p));
                }
            }

            if (detector == "patterns" && patterns.Count == 0)
            {
                throw Fail($"{path}.patterns", "a 'patterns' rule needs at least one pattern");
            }

            var exceptions = ReadExceptions(r, "exceptions");
            RejectDeadPatterns(patterns, exceptions);
            var markers = new Dictionary<string, IReadOnlyList<PatternSpec>>(StringComparer.Ordinal);
            if (r.TryGet("markers", out var ms))
            {
                var markerObject = ms.AsMap();
                if (schema.Markers.Length == 0 && markerObject.Count > 0)
                {
                    throw Fail(markerObject.Members()[0].Value.Path, $"unknown property '{markerObject.Members()[0].Name}' (the '{detector}' detector reads no marker lists)");
                }

                markerObject.Only(schema.Markers);
                foreach (var m in markerObject.Members())
                {
                    var list = new List<PatternSpec>();
                    foreach (var e in m.Value.AsArray())
                    {
                        var text = e.AsString();
                        list.Add(new PatternSpec(text, ParsePattern(text, e.Path), [], [], [], e.Path));
                    }

                    markers[m.Name] = list;
                }
            }

            var settings = ReadSettings(r, detector, schema.Settings);
            return new RuleDefinition(id, severity, title, message, advice, detector, ignoreQuoted, patterns, exceptions, markers, settings, $"{source}: {path}");
        }

        private PatternSpec ReadPattern(PackValue p)
        {
            if (p.Kind == JsonValueKind.String)
            {
                var text = p.AsString();
                return new PatternSpec(text, ParsePattern(text, p.Path), [], [], [], p.Path);
            }

            var o = p.Kind == JsonValueKind.Object ? p.AsObject(PatternProperties) : throw p.Mistyped("a pattern string or an object");
            var match = o.Required("match");
            var elements = ParsePattern(match.AsString(), match.Path);
            var replace = ReadTemplates(o, "replace", elements.Length);
            var suggest = ReadTemplates(o, "suggest", elements.Length);
            var except = ReadExceptions(o, "except");
            return new PatternSpec(match.AsString(), elements, replace, suggest, except.ToArray(), p.Path);
        }

        /// <summary>
        /// A pattern that can never produce a finding is a pack error, not a silent no-op: one that an exception of its
        /// own or of its rule matches everywhere it matches (the antipattern covers the pattern), or one that an earlier
        /// pattern of the same rule without exceptions of its own matches everywhere (leftmost-longest, then file order,
        /// lets the earlier one win every time).
        /// </summary>
        private void RejectDeadPatterns(List<PatternSpec> patterns, List<ExceptionSpec> ruleExceptions)
        {
            for (var j = 0; j < patterns.Count; j++)
            {
                var p = patterns[j];
                foreach (var x in p.Except)
                {
                    if (PatternCoverage.Covers(x.Elements, p.Elements))
                    {
                        throw Fail(p.JsonPath, $"pattern \"{p.Text}\" can never match: its exception at {x.JsonPath} (\"{x.Text}\") matches everywhere it does");
                    }
                }

                foreach (var x in ruleExceptions)
                {
                    if (PatternCoverage.Covers(x.Elements, p.Elements))
                    {
                        throw Fail(p.JsonPath, $"pattern \"{p.Text}\" can never match: the rule's exception at {x.JsonPath} (\"{x.Text}\") matches everywhere it does");
                    }
                }

                for (var k = 0; k < j; k++)
                {
                    var earlier = patterns[k];
                    if (earlier.Except.Length == 0 && PatternCoverage.Covers(earlier.Elements, p.Elements))
                    {
                        throw Fail(p.JsonPath, $"pattern \"{p.Text}\" can never produce a finding: the earlier pattern at {earlier.JsonPath} (\"{earlier.Text}\") has no exceptions of its own and matches everywhere it does");
                    }
                }
            }
        }

        private SlotTemplate[] ReadTemplates(PackObject p, string name, int elementCount)
        {
            if (!p.TryGet(name, out var el))
            {
                return [];
            }

            PackValue[] list = el.Kind == JsonValueKind.String ? [el] : el.AsArray();
            var result = new SlotTemplate[list.Length];
            for (var i = 0; i < list.Length; i++)
            {
                var tp = list[i].Path;
                var t = SlotTemplate.TryParse(list[i].AsString(), out var error) ?? throw Fail(tp, error!);
                if (t.MaxCapture > elementCount)
                {
                    throw Fail(tp, string.Create(CultureInfo.InvariantCulture, $"capture {{${t.MaxCapture}}} but the pattern has only {elementCount} elements"));
                }

                result[i] = t;
            }

            return result;
        }

        private List<ExceptionSpec> ReadExceptions(PackObject owner, string name)
        {
            var result = new List<ExceptionSpec>();
            if (!owner.TryGet(name, out var el))
            {
                return result;
            }

            foreach (var e in el.AsArray())
            {
                if (e.Kind == JsonValueKind.String)
                {
                    result.Add(new ExceptionSpec(e.AsString(), ParsePattern(e.AsString(), e.Path), ExceptionScope.Span, e.Path));
                    continue;
                }

                var o = e.Kind == JsonValueKind.Object ? e.AsObject(ExceptionProperties) : throw e.Mistyped("a pattern string or an object");
                var match = o.Required("match");
                var scopeText = o.OptionalString("scope") ?? "span";
                var scope = scopeText switch
                {
                    "span" => ExceptionScope.Span,
                    "sentence" => ExceptionScope.Sentence,
                    "reply" => ExceptionScope.Reply,
                    _ => throw Fail($"{e.Path}.scope", $"must be span, sentence or reply, not '{scopeText}'"),
                };
                result.Add(new ExceptionSpec(match.AsString(), ParsePattern(match.AsString(), match.Path), scope, e.Path));
            }

            return result;
        }

        private RuleSettings ReadSettings(PackObject r, string detector, FrozenDictionary<string, SettingKind> allowed)
        {
            var sp = $"{r.Path}.settings";
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
            var lists = new Dictionary<string, string[]>(StringComparer.Ordinal);
            if (!r.TryGet("settings", out var s))
            {
                return new RuleSettings(source, sp, strings, numbers, lists);
            }

            foreach (var p in s.AsMap().Members())
            {
                if (!allowed.TryGetValue(p.Name, out var kind))
                {
                    throw Fail(p.Value.Path, allowed.Count == 0
                        ? $"unknown property '{p.Name}' (the '{detector}' detector takes no settings)"
                        : $"unknown property '{p.Name}' (the '{detector}' detector reads: {string.Join(", ", allowed.Keys.Order(StringComparer.Ordinal))})");
                }

                switch (kind)
                {
                    case SettingKind.Text:
                        strings[p.Name] = p.Value.AsString();
                        break;
                    case SettingKind.Integer:
                        numbers[p.Name] = p.Value.AsInt();
                        break;
                    case SettingKind.List:
                        var items = p.Value.AsArray();
                        var texts = new string[items.Length];
                        for (var k = 0; k < items.Length; k++)
                        {
                            texts[k] = items[k].AsString();
                        }

                        lists[p.Name] = texts;
                        break;
                    default:
                        foreach (var q in p.Value.AsMap().Members())
                        {
                            strings[$"{p.Name}.{q.Name}"] = q.Value.AsString();
                        }

                        break;
                }
            }

            return new RuleSettings(source, sp, strings, numbers, lists);
        }

        private static LocalizedText ReadText(PackObject r, string name, bool required)
        {
            if (!r.TryGet(name, out var el))
            {
                if (required)
                {
                    _ = r.Required(name); // throws "required property 'message' is missing"
                }

                return LocalizedText.Empty;
            }

            if (el.Kind == JsonValueKind.String)
            {
                var t = el.AsString();
                return new LocalizedText(t, t);
            }

            var o = el.Kind == JsonValueKind.Object ? el.AsObject(TextProperties) : throw el.Mistyped("a string or an object of zh-CN and en text");
            var zh = o.RequiredString("zh-CN");
            var en = o.OptionalString("en") ?? zh;
            return new LocalizedText(zh, en);
        }

        private PatternElement[] ParsePattern(string text, string path) =>
            PatternSyntax.TryParse(text, out var error) ?? throw Fail(path, $"{error} in pattern \"{text}\"");

        private RulePackException Fail(string path, string problem) => new(source, path, problem);
    }
}
