using System.Globalization;
using System.Text;
using CsEtiquette.Linting;

namespace CsEtiquette.Cli;

/// <summary>
/// Writes lint findings as one SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format), the format code
/// hosts and CI systems show as annotations: one <c>result</c> per finding, located by the input file
/// (<c>artifactLocation.uri</c>), <c>startLine</c> = the 1-based input line, <c>startColumn</c> = start + 1 and
/// <c>endColumn</c> = start + length + 1 in UTF-16 code units (<c>columnKind</c> <c>utf16CodeUnits</c>). Levels:
/// error → <c>error</c>, warning → <c>warning</c>, info → <c>note</c>.
/// </summary>
internal sealed class SarifWriter
{
    private readonly List<(string Uri, int Line, Finding Finding)> _results = [];

    public void Add(string uri, int line, Finding finding) => _results.Add((uri, line, finding));

    /// <summary>A relative path becomes a relative URI reference with '/' separators; an absolute one a file: URI.</summary>
    public static string ToUri(string path)
    {
        if (path == "-")
        {
            return "stdin";
        }

        if (Path.IsPathRooted(path))
        {
            return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        }

        var parts = path.Replace('\\', '/').Split('/');
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Uri.EscapeDataString(parts[i]);
        }

        return string.Join('/', parts);
    }

    public string ToJson(IReadOnlyList<RuleDefinition> rules)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var sb = new StringBuilder(256 + (_results.Count * 256));
        sb.Append("{\"$schema\":\"https://json.schemastore.org/sarif-2.1.0.json\",\"version\":\"2.1.0\",\"runs\":[{\"tool\":{\"driver\":{\"name\":\"cse\",\"version\":");
        CliJson.AppendString(sb, EtiquetteInfo.Version);
        sb.Append(",\"rules\":[");
        for (var i = 0; i < rules.Count; i++)
        {
            var r = rules[i];
            index[r.Id] = i;
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append("{\"id\":");
            CliJson.AppendString(sb, r.Id);
            sb.Append(",\"shortDescription\":{\"text\":");
            CliJson.AppendString(sb, r.Title.Length > 0 ? $"{r.Title} ({r.TitleEn})" : r.Id);
            sb.Append("},\"fullDescription\":{\"text\":");
            CliJson.AppendString(sb, r.Message);
            sb.Append('}');
            if (r.Advice.Length > 0)
            {
                sb.Append(",\"help\":{\"text\":");
                CliJson.AppendString(sb, r.Advice);
                sb.Append('}');
            }

            sb.Append(",\"defaultConfiguration\":{\"level\":\"").Append(Level(r.Severity)).Append("\"}}");
        }

        sb.Append("]}},\"columnKind\":\"utf16CodeUnits\",\"results\":[");
        for (var i = 0; i < _results.Count; i++)
        {
            var (uri, line, f) = _results[i];
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append("{\"ruleId\":");
            CliJson.AppendString(sb, f.RuleId);
            if (index.TryGetValue(f.RuleId, out var ri))
            {
                sb.Append(CultureInfo.InvariantCulture, $",\"ruleIndex\":{ri}");
            }

            sb.Append(",\"level\":\"").Append(Level(f.Severity)).Append("\",\"message\":{\"text\":");
            CliJson.AppendString(sb, f.Message);
            sb.Append("},\"locations\":[{\"physicalLocation\":{\"artifactLocation\":{\"uri\":");
            CliJson.AppendString(sb, uri);
            sb.Append(CultureInfo.InvariantCulture, $"}},\"region\":{{\"startLine\":{line},\"startColumn\":{f.Start + 1},\"endColumn\":{f.Start + f.Length + 1}");
            if (f.Length > 0)
            {
                sb.Append(",\"snippet\":{\"text\":");
                CliJson.AppendString(sb, f.MatchedText);
                sb.Append('}');
            }

            sb.Append("}}}]");
            if (f.AutomaticFix is { } fix)
            {
                // A replacement the rewriter would apply, as a SARIF fix (deletedRegion + insertedContent).
                sb.Append(",\"fixes\":[{\"description\":{\"text\":\"cse rewrite\"},\"artifactChanges\":[{\"artifactLocation\":{\"uri\":");
                CliJson.AppendString(sb, uri);
                sb.Append(CultureInfo.InvariantCulture, $"}},\"replacements\":[{{\"deletedRegion\":{{\"startLine\":{line},\"startColumn\":{f.Start + 1},\"endColumn\":{f.Start + f.Length + 1}}},\"insertedContent\":{{\"text\":");
                CliJson.AppendString(sb, fix);
                sb.Append("}}]}]}]");
            }

            sb.Append('}');
        }

        return sb.Append("]}]}").ToString();
    }

    private static string Level(Severity s) => s switch
    {
        Severity.Error => "error",
        Severity.Info => "note",
        _ => "warning",
    };
}
