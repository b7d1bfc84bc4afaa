using CsEtiquette.Linting;
using CsEtiquette.Packs;

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

    private static readonly PackFormat<LintConfig> Format = new((s, p, m, e) => new LintConfigException(s, p, m, e), pack => Read(pack, pack.Source));
    private static readonly string[] Properties = ["$schema", "rules", "packs", "defaultPack", "compliancePack", "failOn"];

    /// <summary>Reads a config file through the shared strict pack reader (no pack header: it is a config, not a pack).</summary>
    /// <exception cref="LintConfigException">The file cannot be read or is invalid (names file and JSON path).</exception>
    public static LintConfig Load(string path)
    {
        return Format.ReadFile(path);
    }

    private static LintConfig Read(PackDocument pack, string path)
    {
        var root = pack.RootValue.AsObject(Properties);
        var config = new LintConfig();
        var dir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        _ = root.OptionalString("$schema");
        if (root.TryGet("rules", out var rules))
        {
            foreach (var r in rules.AsMap().Members())
            {
                var v = r.Value.AsString();
                switch (v)
                {
                    case "off": config.DisabledRules.Add(r.Name); break;
                    case "on": break;
                    case "info": config.Severities[r.Name] = Severity.Info; break;
                    case "warning": config.Severities[r.Name] = Severity.Warning; break;
                    case "error": config.Severities[r.Name] = Severity.Error; break;
                    default: throw r.Value.Fail($"must be off, on, info, warning or error, not '{v}'");
                }
            }
        }

        if (root.TryGet("packs", out var packs))
        {
            foreach (var e in packs.AsArray())
            {
                var file = e.AsText();
                config.Packs.Add(Path.IsPathRooted(file) ? file : Path.Combine(dir, file));
            }
        }

        config.DefaultPack = root.OptionalBool("defaultPack", true);
        config.CompliancePack = root.OptionalBool("compliancePack", true);
        if (root.TryGet("failOn", out var failOn))
        {
            var f = failOn.AsString();
            config.FailOn = ParseSeverity(f) ?? throw failOn.Fail($"must be error, warning or info, not '{f}'");
        }

        return config;
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
}

/// <summary>A <c>--config</c> file that cannot be used (exit 1); the message names the file and JSON path.</summary>
internal sealed class LintConfigException(string source, string jsonPath, string problem, Exception? inner)
    : EtiquettePackException(source, jsonPath, problem, inner);
