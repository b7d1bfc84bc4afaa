using CsEtiquette.Packs;

namespace CsEtiquette.Analysis;

/// <summary>
/// The vocabulary of <see cref="CustomerMessageAnalyzer"/> (情绪词、程度副词、否定词、辱骂词、意图线索、表情): JSON data whose
/// schema is <c>docs/schemas/analysis-lexicon.schema.json</c> (documented in <c>docs/analysis.md</c>). Every section is optional, so a user lexicon can add a few
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

    /// <summary>The section names a lexicon may contain after the common pack header.</summary>
    private static readonly string[] Sections =
    [
        "emotions", "emoji", "intensifiers", "negators", "abuse", "threats", "intentCues", "issueCues", "trackingPrefixes",
        "measureWords", "addressMarkers", "remove", .. SetSections,
    ];

    private static readonly PackFormat<AnalysisLexicon> Format = new((s, p, m, e) => new AnalysisLexiconException(s, p, m, e), Read);

    private static readonly string[] TrackingPrefixProperties = ["prefix", "minDigits", "maxDigits", "carrier"];

    /// <summary>Loads a lexicon from a JSON file.</summary>
    /// <param name="path">Path of a UTF-8 JSON file.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="AnalysisLexiconException">The file is missing, not JSON, or a value is invalid (message names the path and JSON path).</exception>
    public static AnalysisLexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Format.ReadFile(path);
    }

    /// <summary>Parses a lexicon from JSON text.</summary>
    /// <param name="json">The JSON document (schema: docs/schemas/analysis-lexicon.schema.json).</param>
    /// <param name="source">A name for error messages, e.g. a file name.</param>
    /// <returns>The lexicon.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="AnalysisLexiconException">The text is not JSON or a value is invalid.</exception>
    public static AnalysisLexicon Parse(string json, string source = "(inline)")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(source);
        return Format.ReadText(json, source);
    }

    private static AnalysisLexicon LoadDefault() => Format.ReadEmbedded(typeof(AnalysisLexicon), DefaultResource);

    private static AnalysisLexicon Read(PackDocument pack)
    {
        var lex = new AnalysisLexicon(pack.Source);
        lex.Read(pack.ReadRoot(Sections, out _));
        return lex;
    }

    private void Read(PackObject root)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var prop in root.Members())
        {
            var v = prop.Value;
            switch (prop.Name)
            {
                case "$schema" or "schemaVersion" or "locale" or "name" or "version" or "description":
                    break;
                case "emotions":
                    ReadLabelled(v, Emotions, words);
                    break;
                case "emoji":
                    ReadLabelled(v, Emoji, words);
                    break;
                case "intensifiers":
                    foreach (var (w, x) in Weights(v, 0.05, 3.0))
                    {
                        Intensifiers[w] = x;
                        words.Add(w);
                    }

                    break;
                case "negators":
                    foreach (var (w, x) in Weights(v, 0.0, 1.0))
                    {
                        Negators[w] = x;
                        words.Add(w);
                    }

                    break;
                case "abuse":
                    foreach (var g in v.AsMap().Members())
                    {
                        var sev = g.NameAs<AbuseSeverity>();
                        if (sev == AbuseSeverity.None)
                        {
                            throw g.Value.Fail("severity must be Mild, Moderate or Severe.");
                        }

                        foreach (var w in g.Value.AsStrings())
                        {
                            Abuse[w] = sev;
                            words.Add(w);
                        }
                    }

                    break;
                case "threats":
                    foreach (var g in v.AsMap().Members())
                    {
                        var kind = g.NameAs<ThreatKind>();
                        if (kind == ThreatKind.None)
                        {
                            throw g.Value.Fail("threat kind must not be None.");
                        }

                        foreach (var w in g.Value.AsStrings())
                        {
                            Threats[w] = kind;
                            words.Add(w);
                        }
                    }

                    break;
                case "intentCues":
                    foreach (var g in v.AsMap().Members())
                    {
                        var intent = g.NameAs<MessageIntent>();
                        foreach (var (w, x) in Weights(g.Value, 0.0, 5.0))
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
                    foreach (var g in v.AsMap().Members())
                    {
                        var issue = g.NameAs<CustomerIssue>();
                        if (issue == CustomerIssue.General)
                        {
                            throw g.Value.Fail("issue cues need a specific issue (General is what no cue means).");
                        }

                        foreach (var w in g.Value.AsStrings())
                        {
                            IssueCues.Add((w, issue));
                            words.Add(w);
                        }
                    }

                    break;
                case "trackingPrefixes":
                    ReadTrackingPrefixes(v);
                    break;
                case "measureWords":
                    CharClasses["measureWords"] = v.AsString();
                    break;
                case "addressMarkers":
                    foreach (var g in v.AsObject("region", "detail").Members())
                    {
                        CharClasses[g.Name] = g.Value.AsString();
                    }

                    break;
                case "remove":
                    foreach (var w in v.AsStrings())
                    {
                        Remove.Add(w);
                    }

                    break;
                default:
                    if (!Sets.TryGetValue(prop.Name, out var set))
                    {
                        Sets[prop.Name] = set = new HashSet<string>(StringComparer.Ordinal);
                    }

                    foreach (var w in v.AsStrings())
                    {
                        set.Add(w);
                        words.Add(w);
                    }

                    break;
            }
        }

        WordCount = words.Count;
    }

    private static void ReadLabelled(PackValue v, Dictionary<string, (CustomerEmotion, double)> target, HashSet<string> words)
    {
        foreach (var g in v.AsMap().Members())
        {
            var label = g.NameAs<CustomerEmotion>();
            if (label is CustomerEmotion.Neutral or CustomerEmotion.Unknown)
            {
                throw g.Value.Fail("emotion words need a non-neutral label (Angry, Anxious, Disappointed, Dissatisfied, Satisfied).");
            }

            foreach (var (w, x) in Weights(g.Value, 0.0, 1.0))
            {
                target[w] = (label, x);
                words.Add(w);
            }
        }
    }

    private void ReadTrackingPrefixes(PackValue v)
    {
        foreach (var e in v.AsArray())
        {
            var o = e.AsObject(TrackingPrefixProperties);
            var prefix = o.RequiredString("prefix");
            _ = o.OptionalText("carrier"); // the carrier's name, for people reading the pack
            var minD = o.Required("minDigits").AsInt();
            var maxD = o.Required("maxDigits").AsInt();
            if (prefix.Length == 0 || !IsAsciiLetters(prefix))
            {
                throw o.Required("prefix").Fail($"prefix must be ASCII letters, not '{prefix}'.");
            }

            if (minD < 1 || maxD < minD || maxD > 40)
            {
                throw e.Fail($"need 1 <= minDigits <= maxDigits <= 40, not {minD}..{maxD}.");
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

    private static List<(string Word, double Weight)> Weights(PackValue v, double min, double max)
    {
        var list = new List<(string, double)>();
        foreach (var p in v.AsMap().Members())
        {
            if (p.Name.Length == 0)
            {
                throw v.Fail("empty word.");
            }

            list.Add((p.Name, p.Value.AsNumber(min, max)));
        }

        return list;
    }
}
