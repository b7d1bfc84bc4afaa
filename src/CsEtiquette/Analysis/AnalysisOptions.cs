using System.Text.RegularExpressions;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Analysis;

/// <summary>
/// Options of <see cref="CustomerMessageAnalyzer"/>. Read once when the analyzer is built; changing them afterwards
/// has no effect on that analyzer. Not thread-safe while being configured.
/// </summary>
public sealed class AnalysisOptions
{
    /// <summary>The default id of the guidance template asking for order number and photos.</summary>
    public const string DefaultGuidanceTemplateId = "guidance.order-and-photos";

    /// <summary>Regex-free order-number shapes; defaults to <see cref="OrderNumberPattern.Defaults"/>.</summary>
    public IReadOnlyList<OrderNumberPattern> OrderNumberPatterns { get; set; } = OrderNumberPattern.Defaults;

    /// <summary>
    /// Extra order-number patterns as regular expressions (e.g. a shop's own <c>DD\d{12}</c>). They run on every
    /// message, so build them with <see cref="RegexOptions.Compiled"/> or <c>[GeneratedRegex]</c>; the default is
    /// empty, which keeps the per-message path regex-free. A regex match wins over overlapping built-in facts.
    /// </summary>
    public IReadOnlyList<Regex> OrderNumberRegexes { get; set; } = [];

    /// <summary>Whether <see cref="AnalysisLexicon.Default"/> is loaded first (default true).</summary>
    public bool UseDefaultLexicon { get; set; } = true;

    /// <summary>User lexicons applied after the default one, in order (later ones override weights).</summary>
    public IReadOnlyList<AnalysisLexicon> ExtraLexicons { get; set; } = [];

    /// <summary>
    /// The segmenter whose tokens bound lexicon matches; null means <see cref="ChineseSegmenter.Default"/>. Any
    /// <see cref="IChineseSegmenter"/> works (the analyzer reads its span-level
    /// <see cref="IChineseSegmenter.Tokenize(ReadOnlySpan{char}, Span{TokenRange}, bool)"/>); with
    /// <c>AddCsEtiquette</c> it is the registered <see cref="IChineseSegmenter"/>.
    /// </summary>
    public IChineseSegmenter? Segmenter { get; set; }

    /// <summary>
    /// The model that decides emotion and intents; null means <see cref="AnalysisModel.Default"/> (embedded). Load your own
    /// with <see cref="AnalysisModel.Load(string)"/> (train it with <c>eng/CsEtiquette.Trainer</c>).
    /// </summary>
    public AnalysisModel? Model { get; set; }

    /// <summary>
    /// Whether <see cref="MessageAnalysis.Evidence"/> is computed (default true). Evidence is a second pass over the
    /// features; pipelines that only count labels (reports, routing) turn it off for speed and get an empty list.
    /// </summary>
    public bool IncludeEvidence { get; set; } = true;

    /// <summary>Intents whose model probability reaches this value are reported (default 0.5, range 0.05..0.99).</summary>
    public double IntentThreshold { get; set; } = 0.5;

    /// <summary>
    /// A negative or positive polarity whose model probability stays below this is reported as neutral (default 0.2,
    /// range 0..0.9; with three classes the winning class is above 1/3, so the default only matters when raised).
    /// </summary>
    public double EmotionThreshold { get; set; } = 0.2;

    /// <summary>
    /// When no intent reaches <see cref="IntentThreshold"/>, the best one is still reported alone if its probability
    /// reaches this floor (short turns rarely push a one-vs-rest head over 0.5; tuned on the hand-written dev lines, see
    /// docs/analysis.md); at or above <see cref="IntentThreshold"/> it has no effect (not public: the trainer's knob).
    /// </summary>
    internal double IntentFallbackFloor { get; set; } = DefaultIntentFallbackFloor;

    /// <summary>The shipped <see cref="IntentFallbackFloor"/>.</summary>
    internal const double DefaultIntentFallbackFloor = 0.3;

    /// <summary>How the polarity decision weighs the polarity and emotion heads (the trainer's tuning knob; not public).</summary>
    internal PolarityBlend PolarityBlend { get; set; } = PolarityBlend.Default;

    /// <summary>Template id put in <see cref="MessageAnalysis.GuidanceTemplateId"/> when after-sales or complaint
    /// information is missing (default <see cref="DefaultGuidanceTemplateId"/>).</summary>
    public string GuidanceTemplateId { get; set; } = DefaultGuidanceTemplateId;

    /// <summary>Checks every option.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public void Validate()
    {
        if (OrderNumberPatterns is null)
        {
            throw new ArgumentException("AnalysisOptions.OrderNumberPatterns must not be null (use an empty list for none).", nameof(OrderNumberPatterns));
        }

        if (OrderNumberRegexes is null)
        {
            throw new ArgumentException("AnalysisOptions.OrderNumberRegexes must not be null.", nameof(OrderNumberRegexes));
        }

        if (ExtraLexicons is null)
        {
            throw new ArgumentException("AnalysisOptions.ExtraLexicons must not be null.", nameof(ExtraLexicons));
        }

        for (var i = 0; i < OrderNumberPatterns.Count; i++)
        {
            if (OrderNumberPatterns[i] is null)
            {
                throw new ArgumentException($"AnalysisOptions.OrderNumberPatterns[{i}] is null.", nameof(OrderNumberPatterns));
            }
        }

        for (var i = 0; i < OrderNumberRegexes.Count; i++)
        {
            if (OrderNumberRegexes[i] is null)
            {
                throw new ArgumentException($"AnalysisOptions.OrderNumberRegexes[{i}] is null.", nameof(OrderNumberRegexes));
            }
        }

        for (var i = 0; i < ExtraLexicons.Count; i++)
        {
            if (ExtraLexicons[i] is null)
            {
                throw new ArgumentException($"AnalysisOptions.ExtraLexicons[{i}] is null.", nameof(ExtraLexicons));
            }
        }

        if (double.IsNaN(IntentThreshold) || IntentThreshold < 0.05 || IntentThreshold > 0.99)
        {
            throw new ArgumentException($"AnalysisOptions.IntentThreshold must be in 0.05..0.99, not {IntentThreshold}.", nameof(IntentThreshold));
        }

        if (double.IsNaN(EmotionThreshold) || EmotionThreshold < 0 || EmotionThreshold > 0.9)
        {
            throw new ArgumentException($"AnalysisOptions.EmotionThreshold must be in 0..0.9, not {EmotionThreshold}.", nameof(EmotionThreshold));
        }

        if (string.IsNullOrWhiteSpace(GuidanceTemplateId))
        {
            throw new ArgumentException("AnalysisOptions.GuidanceTemplateId must not be empty.", nameof(GuidanceTemplateId));
        }
    }
}
