using System.Text.Json;
using CsEtiquette.Linting;

namespace CsEtiquette.Cli;

/// <summary>
/// The <c>--config PATH</c> file of <c>cse lint</c>:
/// <c>{"rules":{"CSE012":"off","CSE008":"error"},"packs":["shop-rules.json"],"defaultPack":true,"compliancePack":true,"failOn":"error"}</c>.
/// <c>rules</c> maps a rule id to <c>off</c>, <c>on</c> or a severity (<c>info</c>, <c>warning</c>, <c>error</c>);
/// <c>packs</c> are rule packs, relative to the config file; <c>failOn</c> is the default of <c>--fail-on</c>.
/// Unknown properties are errors; every error names the file and JSON path.
/// </summary>
internal sealed class LintConfig
{
    public List<string> DisabledRules { get; } = [];

    public Dictionary<string, Severity> Severities { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Packs { get; } = [];

    public bool DefaultPack { get; private set; } = true;

    public bool CompliancePack { get; private set; } = true;

    public Severity? FailOn { get; private set; }

    /// <summary>Reads a config file.</summary>
    /// <exception cref="LintConfigException">The file cannot be read or is invalid (names file and JSON path).</exception>
    public static LintConfig Load(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new LintConfigException($"{path}: $: cannot read the file: {ex.Message}");
        }

        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new LintConfigException($"{path}: $: malformed JSON at line {(ex.LineNumber ?? 0) + 1}: {ex.Message}");
        }

        using (doc)
        {
            var config = new LintConfig();
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new LintConfigException($"{path}: $: expected an object");
            }

            var dir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
            foreach (var p in root.EnumerateObject())
            {
                var at = $"$.{p.Name}";
                switch (p.Name)
                {
                    case "$schema":
                        break;
                    case "rules":
                        Expect(path, p.Value, JsonValueKind.Object, at);
                        foreach (var r in p.Value.EnumerateObject())
                        {
                            var v = Expect(path, r.Value, JsonValueKind.String, $"{at}.{r.Name}").GetString();
                            switch (v)
                            {
                                case "off": config.DisabledRules.Add(r.Name); break;
                                case "on": break;
                                case "info": config.Severities[r.Name] = Severity.Info; break;
                                case "warning": config.Severities[r.Name] = Severity.Warning; break;
                                case "error": config.Severities[r.Name] = Severity.Error; break;
                                default: throw new LintConfigException($"{path}: {at}.{r.Name}: must be off, on, info, warning or error, not '{v}'");
                            }
                        }

                        break;
                    case "packs":
                        Expect(path, p.Value, JsonValueKind.Array, at);
                        var i = 0;
                        foreach (var e in p.Value.EnumerateArray())
                        {
                            var pack = Expect(path, e, JsonValueKind.String, $"{at}[{i++}]").GetString()!;
                            config.Packs.Add(Path.IsPathRooted(pack) ? pack : Path.Combine(dir, pack));
                        }

                        break;
                    case "defaultPack":
                        config.DefaultPack = Bool(path, p.Value, at);
                        break;
                    case "compliancePack":
                        config.CompliancePack = Bool(path, p.Value, at);
                        break;
                    case "failOn":
                        var f = Expect(path, p.Value, JsonValueKind.String, at).GetString();
                        config.FailOn = ParseSeverity(f) ?? throw new LintConfigException($"{path}: {at}: must be error, warning or info, not '{f}'");
                        break;
                    default:
                        throw new LintConfigException($"{path}: {at}: unknown property (expected rules, packs, defaultPack, compliancePack, failOn)");
                }
            }

            return config;
        }
    }

    public static Severity? ParseSeverity(string? s) => s switch
    {
        "error" => Severity.Error,
        "warning" => Severity.Warning,
        "info" => Severity.Info,
        _ => null,
    };

    /// <summary>Linter options from this config plus the <c>--rules</c> packs of the command line (applied last).</summary>
    public LintOptions ToOptions(IReadOnlyList<string> extraPacks) => new()
    {
        IncludeDefaultPack = DefaultPack,
        IncludeCompliancePack = CompliancePack,
        ExtraPackPaths = [.. Packs, .. extraPacks],
        DisabledRules = DisabledRules,
        SeverityOverrides = Severities,
    };

    private static JsonElement Expect(string file, JsonElement e, JsonValueKind kind, string at) =>
        e.ValueKind == kind ? e : throw new LintConfigException($"{file}: {at}: expected {kind.ToString().ToLowerInvariant()}, found {e.ValueKind.ToString().ToLowerInvariant()}");

    private static bool Bool(string file, JsonElement e, string at) => e.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw new LintConfigException($"{file}: {at}: expected true or false, found {e.ValueKind.ToString().ToLowerInvariant()}"),
    };
}

/// <summary>A <c>--config</c> file that cannot be used (exit 1); the message names the file and JSON path.</summary>
internal sealed class LintConfigException(string message) : Exception(message);
