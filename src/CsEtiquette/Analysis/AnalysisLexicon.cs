using System.Globalization;
using System.Text.Json;

namespace CsEtiquette.Analysis;

/// <summary>
/// The vocabulary of <see cref="CustomerMessageAnalyzer"/> (情绪词、程度副词、否定词、辱骂词、意图线索、表情): JSON data whose
/// schema is documented in <c>docs/analysis.md</c>. Every section is optional, so a user lexicon can add a few
/// words; later lexicons in <see cref="AnalysisOptions.ExtraLexicons"/> override weights of earlier ones and a
/// <c>remove</c> list deletes words from everything loaded before. Immutable and thread-safe once loaded.
/// </summary>
public sealed class AnalysisLexicon
{
    private const string DefaultResource = "CsEtiquette.Data.analysis-lexicon.zh-CN.json";
    private static readonly Lazy<AnalysisLexicon> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private AnalysisLexicon(string source) => Source = source;

    /// <summary>The embedded zh-CN lexicon (<c>Data/analysis-lexicon.zh-CN.json</c>), loaded lazily once.</summary>
    public static AnalysisLexicon Default => LazyDefault.Value;

    /// <summary>Where the lexicon came from (file path, resource name or the name given to <see cref="Parse"/>).</summary>
    public string Source { get; }

    /// <summary>Number of distinct words and symbols across all sections (for diagnostics).</summary>
    public int WordCount { get; private set; }

    internal Dictionary<string, (CustomerEmotion Label, double Weight)> Emotions { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, (CustomerEmotion Label, double Weight)> Emoji { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, double> Intensifiers { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, double> Negators { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, AbuseSeverity> Abuse { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, ThreatKind> Threats { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, Dictionary<MessageIntent, double>> IntentCues { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, HashSet<string>> Sets { get; } = new(StringComparer.Ordinal);

    /// <summary>Issue cues (问题类型线索) in file order: the earliest cue in a message names its <see cref="CustomerIssue"/>.</summary>
    internal List<(string Word, CustomerIssue Issue)> IssueCues { get; } = [];

    internal List<TrackingPrefix> TrackingPrefixes { get; } = [];

    internal Dictionary<string, string> CharClasses { get; } = new(StringComparer.Ordinal);

    internal HashSet<string> Remove { get; } = new(StringComparer.Ordinal);

    /// <summary>Names of the word-list sections (arrays of strings) a lexicon may contain.</summary>
    internal static readonly string[] SetSections =
    [
        "neutralWords", "questionCues", "problemCues", "photoCues", "orderCues", "trackingCues", "dateWords", "durationUnits",
        "colours", "sizeWords", "letterSizes", "modelBrands", "modelSuffixes", "addressCues", "contrastCues",
        "hypotheticalCues", "recurrenceCues",
    ];

    /// <summary>Loads a lexicon from a JSON file.</summary>
    /// <param name="path">Path of a UTF-8 JSON file.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="AnalysisLexiconException">The file is missing, not JSON, or a value is invalid (message names the path and JSON path).</exception>
    public static AnalysisLexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new AnalysisLexiconException($"{path}: cannot read the lexicon file: {ex.Message}", ex);
        }

        return Parse(json, path);
    }

    /// <summary>Parses a lexicon from JSON text.</summary>
    /// <param name="json">The JSON document (schema in docs/analysis.md).</param>
    /// <param name="source">A name for error messages, e.g. a file name.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="AnalysisLexiconException">The text is not JSON or a value is invalid.</exception>
    public static AnalysisLexicon Parse(string json, string source = "(inline)")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new AnalysisLexiconException($"{source}: not valid JSON (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }

        using (doc)
        {
            var lex = new AnalysisLexicon(source);
            lex.Read(doc.RootElement);
            return lex;
        }
    }

    private static AnalysisLexicon LoadDefault()
    {
        using var stream = typeof(AnalysisLexicon).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new AnalysisLexiconException($"{DefaultResource}: embedded resource missing from {typeof(AnalysisLexicon).Assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), DefaultResource);
    }

    private AnalysisLexiconException Error(string jsonPath, string what) => new($"{Source}: {jsonPath}: {what}");

    private void Read(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Error("$", "the lexicon must be a JSON object.");
        }

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var prop in root.EnumerateObject())
        {
            var path = "$." + prop.Name;
            var v = prop.Value;
            switch (prop.Name)
            {
                case "schema" or "locale" or "description":
                    break;
                case "emotions":
                    ReadLabelled(v, path, Emotions, words);
                    break;
                case "emoji":
                    ReadLabelled(v, path, Emoji, words);
                    break;
                case "intensifiers":
                    foreach (var (w, x) in Weights(v, path, 0.05, 3.0))
                    {
                        Intensifiers[w] = x;
                        words.Add(w);
                    }

                    break;
                case "negators":
                    foreach (var (w, x) in Weights(v, path, 0.0, 1.0))
                    {
                        Negators[w] = x;
                        words.Add(w);
                    }

                    break;
                case "abuse":
                    foreach (var g in Object(v, path))
                    {
                        var sev = Enum<AbuseSeverity>(g.Name, path + "." + g.Name);
                        if (sev == AbuseSeverity.None)
                        {
                            throw Error(path + "." + g.Name, "severity must be Mild, Moderate or Severe.");
                        }

                        foreach (var w in Strings(g.Value, path + "." + g.Name))
                        {
                            Abuse[w] = sev;
                            words.Add(w);
                        }
                    }

                    break;
                case "threats":
                    foreach (var g in Object(v, path))
                    {
                        var kind = Enum<ThreatKind>(g.Name, path + "." + g.Name);
                        if (kind == ThreatKind.None)
                        {
                            throw Error(path + "." + g.Name, "threat kind must not be None.");
                        }

                        foreach (var w in Strings(g.Value, path + "." + g.Name))
                        {
                            Threats[w] = kind;
                            words.Add(w);
                        }
                    }

                    break;
                case "intentCues":
                    foreach (var g in Object(v, path))
                    {
                        var intent = Enum<MessageIntent>(g.Name, path + "." + g.Name);
                        foreach (var (w, x) in Weights(g.Value, path + "." + g.Name, 0.0, 5.0))
                        {
                            if (!IntentCues.TryGetValue(w, out var d))
                            {
                                IntentCues[w] = d = [];
                            }

                            d[intent] = x;
                            words.Add(w);
                        }
                    }

                    break;
                case "issueCues":
                    foreach (var g in Object(v, path))
                    {
                        var issue = Enum<CustomerIssue>(g.Name, path + "." + g.Name);
                        if (issue == CustomerIssue.General)
                        {
                            throw Error(path + "." + g.Name, "issue cues need a specific issue (General is what no cue means).");
                        }

                        foreach (var w in Strings(g.Value, path + "." + g.Name))
                        {
                            IssueCues.Add((w, issue));
                            words.Add(w);
                        }
                    }

                    break;
                case "trackingPrefixes":
                    ReadTrackingPrefixes(v, path);
                    break;
                case "measureWords":
                    CharClasses["measureWords"] = StringValue(v, path);
                    break;
                case "addressMarkers":
                    foreach (var g in Object(v, path))
                    {
                        if (g.Name is not ("region" or "detail"))
                        {
                            throw Error(path + "." + g.Name, "expected 'region' or 'detail'.");
                        }

                        CharClasses[g.Name] = StringValue(g.Value, path + "." + g.Name);
                    }

                    break;
                case "remove":
                    foreach (var w in Strings(v, path))
                    {
                        Remove.Add(w);
                    }

                    break;
                default:
                    if (Array.IndexOf(SetSections, prop.Name) < 0)
                    {
                        throw Error(path, "unknown section (see docs/analysis.md for the schema).");
                    }

                    if (!Sets.TryGetValue(prop.Name, out var set))
                    {
                        Sets[prop.Name] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    foreach (var w in Strings(v, path))
                    {
                        set.Add(w);
                        words.Add(w);
                    }

                    break;
            }
        }

        WordCount = words.Count;
    }

    private void ReadLabelled(JsonElement v, string path, Dictionary<string, (CustomerEmotion, double)> target, HashSet<string> words)
    {
        foreach (var g in Object(v, path))
        {
            var label = Enum<CustomerEmotion>(g.Name, path + "." + g.Name);
            if (label is CustomerEmotion.Neutral or CustomerEmotion.Unknown)
            {
                throw Error(path + "." + g.Name, "emotion words need a non-neutral label (Angry, Anxious, Disappointed, Dissatisfied, Satisfied).");
            }

            foreach (var (w, x) in Weights(g.Value, path + "." + g.Name, 0.0, 1.0))
            {
                target[w] = (label, x);
                words.Add(w);
            }
        }
    }

    private void ReadTrackingPrefixes(JsonElement v, string path)
    {
        if (v.ValueKind != JsonValueKind.Array)
        {
            throw Error(path, "expected an array of {prefix, minDigits, maxDigits}.");
        }

        var i = 0;
        foreach (var e in v.EnumerateArray())
        {
            var p = $"{path}[{i++}]";
            if (e.ValueKind != JsonValueKind.Object
                || !e.TryGetProperty("prefix", out var pre) || pre.ValueKind != JsonValueKind.String
                || !e.TryGetProperty("minDigits", out var min) || !min.TryGetInt32(out var minD)
                || !e.TryGetProperty("maxDigits", out var max) || !max.TryGetInt32(out var maxD))
            {
                throw Error(p, "expected {\"prefix\": string, \"minDigits\": int, \"maxDigits\": int}.");
            }

            var prefix = pre.GetString()!;
            if (prefix.Length == 0 || !IsAsciiLetters(prefix))
            {
                throw Error(p + ".prefix", $"prefix must be ASCII letters, not '{prefix}'.");
            }

            if (minD < 1 || maxD < minD || maxD > 40)
            {
                throw Error(p, $"need 1 <= minDigits <= maxDigits <= 40, not {minD}..{maxD}.");
            }

            TrackingPrefixes.Add(new TrackingPrefix(prefix, minD, maxD));
        }
    }

    private static bool IsAsciiLetters(string s)
    {
        foreach (var c in s)
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    private JsonElement.ObjectEnumerator Object(JsonElement v, string path) =>
        v.ValueKind == JsonValueKind.Object ? v.EnumerateObject() : throw Error(path, "expected a JSON object.");

    private string StringValue(JsonElement v, string path) =>
        v.ValueKind == JsonValueKind.String ? v.GetString()! : throw Error(path, "expected a string.");

    private List<string> Strings(JsonElement v, string path)
    {
        if (v.ValueKind != JsonValueKind.Array)
        {
            throw Error(path, "expected an array of strings.");
        }

        var list = new List<string>();
        var i = 0;
        foreach (var e in v.EnumerateArray())
        {
            var s = e.ValueKind == JsonValueKind.String ? e.GetString()! : throw Error($"{path}[{i}]", "expected a string.");
            if (s.Length == 0)
            {
                throw Error($"{path}[{i}]", "empty word.");
            }

            list.Add(s);
            i++;
        }

        return list;
    }

    private List<(string Word, double Weight)> Weights(JsonElement v, string path, double min, double max)
    {
        var list = new List<(string, double)>();
        foreach (var p in Object(v, path))
        {
            if (p.Name.Length == 0)
            {
                throw Error(path, "empty word.");
            }

            if (p.Value.ValueKind != JsonValueKind.Number || !p.Value.TryGetDouble(out var x) || double.IsNaN(x) || x < min || x > max)
            {
                throw Error($"{path}.{p.Name}", string.Create(CultureInfo.InvariantCulture, $"weight must be a number in {min}..{max}."));
            }

            list.Add((p.Name, x));
        }

        return list;
    }

    private T Enum<T>(string name, string path)
        where T : struct, Enum =>
        System.Enum.TryParse<T>(name, ignoreCase: false, out var value) && System.Enum.IsDefined(value) && !char.IsAsciiDigit(name[0])
            ? value
            : throw Error(path, $"unknown {typeof(T).Name} '{name}' (expected one of {string.Join(", ", System.Enum.GetNames<T>())}).");
}
