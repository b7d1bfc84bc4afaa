using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using CsEtiquette.Packs;

namespace CsEtiquette.Insights;

/// <summary>
/// The phrases quality inspection looks for: apologies (道歉), solutions (解决方案), follow-ups (回访), question
/// markers, and question topics with their advice. Loaded from JSON (the embedded
/// <c>insights.zh-CN.json</c> is <see cref="Default"/>; schema: docs/schemas/inspection-vocabulary.schema.json). Immutable and
/// thread-safe.
/// </summary>
public sealed class InspectionVocabulary
{
    private const string ResourceName = "CsEtiquette.Data.insights.zh-CN.json";

    private static readonly Lazy<InspectionVocabulary> LazyDefault = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly SearchValues<string> _apology;
    private readonly SearchValues<string> _solution;
    private readonly SearchValues<string> _followUp;
    private readonly SearchValues<string> _question;
    private readonly FrozenDictionary<string, InspectionTopic> _topicByWord;

    private InspectionVocabulary(
        string[] apology, string[] solution, string[] followUp, string[] question, InspectionTopic[] topics,
        string suggestionTemplate, string defaultAdvice, double minSuggestionShare)
    {
        ApologyPhrases = apology;
        SolutionPhrases = solution;
        FollowUpPhrases = followUp;
        QuestionMarkers = question;
        Topics = topics;
        SuggestionTemplate = suggestionTemplate;
        DefaultAdvice = defaultAdvice;
        MinSuggestionShare = minSuggestionShare;
        _apology = SearchValues.Create(apology, StringComparison.Ordinal);
        _solution = SearchValues.Create(solution, StringComparison.Ordinal);
        _followUp = SearchValues.Create(followUp, StringComparison.Ordinal);
        _question = SearchValues.Create(question, StringComparison.Ordinal);
        var byWord = new Dictionary<string, InspectionTopic>(StringComparer.Ordinal);
        foreach (var t in topics)
        {
            foreach (var w in t.Words)
            {
                byWord.TryAdd(w, t);
            }
        }

        _topicByWord = byWord.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The embedded zh-CN vocabulary, loaded lazily on first use.</summary>
    public static InspectionVocabulary Default => LazyDefault.Value;

    /// <summary>Apology phrases (<c>抱歉</c>, <c>给您带来不便</c>, …).</summary>
    public IReadOnlyList<string> ApologyPhrases { get; }

    /// <summary>Phrases that offer a solution (<c>补发</c>, <c>退款</c>, <c>您可以选择</c>, …).</summary>
    public IReadOnlyList<string> SolutionPhrases { get; }

    /// <summary>Phrases of a follow-up visit after a solution (<c>之前您反馈</c>, <c>是否还有其他疑问</c>, …).</summary>
    public IReadOnlyList<string> FollowUpPhrases { get; }

    /// <summary>Markers that make a customer message a question (<c>?</c>, <c>吗</c>, <c>怎么</c>, …).</summary>
    public IReadOnlyList<string> QuestionMarkers { get; }

    /// <summary>Question topics; a keyword in none of them is its own topic.</summary>
    public IReadOnlyList<InspectionTopic> Topics { get; }

    /// <summary>Suggestion text with <c>{percent}</c>, <c>{topic}</c> and <c>{advice}</c> placeholders.</summary>
    public string SuggestionTemplate { get; }

    /// <summary>Advice for a topic not listed in <see cref="Topics"/> (<c>{topic}</c> is replaced).</summary>
    public string DefaultAdvice { get; }

    /// <summary>Smallest share of customer conversations (0..1) for which a suggestion is generated.</summary>
    public double MinSuggestionShare { get; }

    internal int IndexOfApology(ReadOnlySpan<char> text) => text.IndexOfAny(_apology);

    internal int IndexOfSolution(ReadOnlySpan<char> text) => text.IndexOfAny(_solution);

    internal bool IsFollowUp(ReadOnlySpan<char> text) => text.IndexOfAny(_followUp) >= 0;

    internal bool IsQuestion(ReadOnlySpan<char> text) => text.IndexOfAny(_question) >= 0;

    /// <summary>Finds the topic a keyword belongs to; returns <see langword="false"/> when it is in no topic.</summary>
    public bool TryGetTopic(string keyword, out string label)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        if (_topicByWord.TryGetValue(keyword, out var t))
        {
            label = t.Label;
            return true;
        }

        label = keyword;
        return false;
    }

    /// <summary>The topic label for a keyword: its topic's label, or the keyword itself.</summary>
    public string TopicLabelOf(string keyword)
    {
        ArgumentNullException.ThrowIfNull(keyword);
        return _topicByWord.TryGetValue(keyword, out var t) ? t.Label : keyword;
    }

    /// <summary>The suggestion for a topic asked about in <paramref name="share"/> (0..1) of customer conversations.</summary>
    public string Suggest(string topicLabel, double share)
    {
        ArgumentNullException.ThrowIfNull(topicLabel);
        var topic = Topics.FirstOrDefault(t => t.Label == topicLabel);
        var advice = (topic?.Advice ?? DefaultAdvice).Replace("{topic}", topicLabel, StringComparison.Ordinal);
        var percent = Math.Round(share * 100, MidpointRounding.AwayFromZero).ToString(CultureInfo.InvariantCulture);
        return SuggestionTemplate
            .Replace("{percent}", percent, StringComparison.Ordinal)
            .Replace("{topic}", topicLabel, StringComparison.Ordinal)
            .Replace("{advice}", advice, StringComparison.Ordinal);
    }

    /// <summary>Loads a vocabulary from a JSON file (schema: docs/schemas/inspection-vocabulary.schema.json).</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="InspectionPackException">The file cannot be read or is not a valid vocabulary; the message names the file and JSON path.</exception>
    public static InspectionVocabulary Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Format.ReadFile(path);
    }

    /// <summary>Loads a vocabulary from JSON (schema: docs/schemas/inspection-vocabulary.schema.json).</summary>
    /// <param name="json">UTF-8 JSON (read to its end, not disposed).</param>
    /// <param name="sourceName">Name used in error messages.</param>
    /// <exception cref="InspectionPackException">The JSON is invalid or a property is missing, unknown or mistyped; the message names the source and JSON path.</exception>
    public static InspectionVocabulary Load(Stream json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        return Format.ReadStream(json, sourceName);
    }

    private static readonly PackFormat<InspectionVocabulary> Format = new((s, p, m, e) => new InspectionPackException(s, p, m, e), Read);
    private static readonly string[] Body = ["apology", "solution", "followUp", "question", "suggestionTemplate", "defaultAdvice", "minSuggestionShare", "topics"];
    private static readonly string[] TopicProperties = ["label", "words", "advice"];

    private static InspectionVocabulary Read(PackDocument pack)
    {
        var root = pack.ReadRoot(Body, out _);
        var topics = new List<InspectionTopic>();
        foreach (var t in root.Required("topics").AsArray())
        {
            var o = t.AsObject(TopicProperties);
            topics.Add(new InspectionTopic(o.RequiredText("label"), o.Required("words").AsStrings(minCount: 1), o.RequiredText("advice")));
        }

        return new InspectionVocabulary(
            root.Required("apology").AsStrings(minCount: 1),
            root.Required("solution").AsStrings(minCount: 1),
            root.Required("followUp").AsStrings(minCount: 1),
            root.Required("question").AsStrings(minCount: 1),
            [.. topics],
            root.RequiredText("suggestionTemplate"),
            root.RequiredText("defaultAdvice"),
            root.Required("minSuggestionShare").AsNumber(0, 1));
    }

    private static InspectionVocabulary LoadDefault() => Format.ReadEmbedded(typeof(InspectionVocabulary), ResourceName);
}
