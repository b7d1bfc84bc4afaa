using System.Buffers;
using System.Text;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Analysis;

/// <summary>
/// Analyses customer messages ("listen first", 有效倾听): intents with scores, emotion with intensity, abuse
/// (辱骂/脏话), threats to escalate (要投诉、12315、差评), key facts with offsets (订单号、快递单号、手机号、金额、日期、尺码、
/// 颜色、型号、数量) and missing information. Lexicon words match whole segmenter tokens (an entry must start at a
/// token start and end at a token end), so multi-token entries work however the segmenter splits them; facts are
/// found by hand-written scanners without regular expressions. Stateless and thread-safe: build once, share.
/// </summary>
public sealed class CustomerMessageAnalyzer : ICustomerMessageAnalyzer
{
    private const int StackLimit = 512;
    private const int ScopeChars = 3;
    private const double SarcasmDiscount = 0.3;

    // Raw Complaint cue weight (score ≈ 0.5) that marks a message negative even without an emotion word.
    private const double ComplaintCueFloor = 0.69;
    private static readonly Lazy<CustomerMessageAnalyzer> LazyDefault = new(() => new CustomerMessageAnalyzer(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly SearchValues<char> QuoteOpen = SearchValues.Create("\"“'‘「『");
    private static readonly SearchValues<char> QuoteClose = SearchValues.Create("\"”'’」』");
    private static readonly SearchValues<char> Particles = SearchValues.Create("了啊呀的啦哦吧呢嘛");
    private static readonly SearchValues<char> ScopeBreak = SearchValues.Create("，,。.！!？?；;~～\n\r：:、");
    private static readonly MessageIntent[] IntentOrder =
    [
        MessageIntent.Complaint, MessageIntent.AfterSales, MessageIntent.Logistics, MessageIntent.OrderAndPayment,
        MessageIntent.Inquiry, MessageIntent.Praise,
    ];

    private readonly CompiledLexicon _lex;
    private readonly IChineseSegmenter _segmenter;
    private readonly OrderNumberPattern[] _patterns;
    private readonly System.Text.RegularExpressions.Regex[] _regexes;
    private readonly double _intentThreshold;
    private readonly double _emotionThreshold;
    private readonly string _guidanceTemplateId;

    /// <summary>Creates an analyzer with default options (embedded lexicon, default order-number patterns).</summary>
    public CustomerMessageAnalyzer()
        : this(new AnalysisOptions())
    {
    }

    /// <summary>Creates an analyzer; the options are validated and copied.</summary>
    /// <param name="options">The options.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="ArgumentException">An option is invalid.</exception>
    /// <exception cref="AnalysisLexiconException">The embedded lexicon cannot be loaded.</exception>
    public CustomerMessageAnalyzer(AnalysisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var lexicons = new List<AnalysisLexicon>();
        if (options.UseDefaultLexicon)
        {
            lexicons.Add(AnalysisLexicon.Default);
        }

        lexicons.AddRange(options.ExtraLexicons);
        _lex = CompiledLexicon.Build(lexicons);
        _segmenter = options.Segmenter ?? ChineseSegmenter.Default;
        _patterns = [.. options.OrderNumberPatterns];
        _regexes = [.. options.OrderNumberRegexes];
        _intentThreshold = options.IntentThreshold;
        _emotionThreshold = options.EmotionThreshold;
        _guidanceTemplateId = options.GuidanceTemplateId;
    }

    /// <summary>The shared analyzer with default options, built lazily once. Thread-safe.</summary>
    public static CustomerMessageAnalyzer Default => LazyDefault.Value;

    /// <summary>The segmenter whose tokens bound lexicon matches (for tests of the DI wiring).</summary>
    internal IChineseSegmenter Segmenter => _segmenter;

    /// <inheritdoc />
    public MessageAnalysis Analyze(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var matches = default(PooledList<LexMatch>);
        var facts = default(PooledList<FactSpan>);
        try
        {
            facts = ScanFacts(message, ref matches);
            return Evaluate(message, matches.Span, facts.Span);
        }
        finally
        {
            matches.Dispose();
            facts.Dispose();
        }
    }

    /// <inheritdoc />
    public string Redact(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.AsSpan();
        var matches = default(PooledList<LexMatch>);
        var facts = default(PooledList<FactSpan>);
        try
        {
            facts = ScanFacts(message, ref matches);
            var any = false;
            foreach (var f in facts.Span)
            {
                any |= IsMasked(text, f);
            }

            if (!any)
            {
                return message;
            }

            var sb = new StringBuilder(message.Length);
            var pos = 0;
            foreach (var f in facts.Span)
            {
                if (!IsMasked(text, f))
                {
                    continue;
                }

                sb.Append(text[pos..f.Start]);
                FactRedaction.AppendMask(sb, f.Kind, text.Slice(f.Start, f.Length));
                pos = f.End;
            }

            sb.Append(text[pos..]);
            return sb.ToString();
        }
        finally
        {
            matches.Dispose();
            facts.Dispose();
        }
    }

    /// <summary>
    /// Whether redaction masks <paramref name="f"/>: personal kinds always; an order number a user pattern
    /// (<see cref="AnalysisOptions.OrderNumberRegexes"/>, priority 3) declared is trusted even when it looks like a mobile.
    /// </summary>
    private static bool IsMasked(ReadOnlySpan<char> text, FactSpan f) =>
        !(f.Kind == FactKind.OrderNumber && f.Priority >= 3) && FactRedaction.NeedsMask(f.Kind, text.Slice(f.Start, f.Length));

    /// <summary>Characters the cue-driven fact scanners visit for <paramref name="message"/> (a work counter for linear-time tests).</summary>
    internal int FactScanWork(string message)
    {
        var matches = default(PooledList<LexMatch>);
        CollectMatches(message, ref matches);
        try
        {
            var scanner = new FactScanner(FactScanner.FoldWidth(message), _lex, matches.Span, _patterns);
            var facts = scanner.Scan();
            facts.Dispose();
            return scanner.Work;
        }
        finally
        {
            matches.Dispose();
        }
    }

    /// <summary>Finds lexicon entries starting at a token start and ending at a token end (longest wins), then emoji anywhere.</summary>
    internal void CollectMatches(ReadOnlySpan<char> text, ref PooledList<LexMatch> matches)
    {
        var n = text.Length;
        if (n == 0)
        {
            return;
        }

        byte[]? rented = null;
        var bounds = n + 1 <= StackLimit ? stackalloc byte[StackLimit] : (rented = ArrayPool<byte>.Shared.Rent(n + 1));
        bounds = bounds[..(n + 1)];
        bounds.Clear();
        try
        {
            foreach (var r in _segmenter.EnumerateTokens(text, hmm: true))
            {
                bounds[r.Start] |= 1;
                bounds[r.End] |= 2;
            }

            var trie = _lex.Words;
            Span<int> splitAt = stackalloc int[4];
            Span<LexEntry?> splitWord = [null, null, null, null];
            var pos = 0;
            while (pos < n)
            {
                if ((bounds[pos] & 1) == 0)
                {
                    pos++;
                    continue;
                }

                var node = 0;
                var bestEnd = -1;
                LexEntry? best = null;
                var splits = 0;
                for (var j = pos; j < n && trie.TryStep(ref node, text[j]); j++)
                {
                    if (trie.ValueAt(node) is not { } v)
                    {
                        continue;
                    }

                    if ((bounds[j + 1] & 2) != 0)
                    {
                        best = v;
                        bestEnd = j + 1;
                    }
                    else if (v.FunctionOnly is not null && splits < 4 && best is null)
                    {
                        // A function word ending inside the first token: a split candidate (非常|高兴).
                        splitAt[splits] = j + 1;
                        splitWord[splits++] = v.FunctionOnly;
                    }
                }

                if (best is null && splits > 0 && TrySplitFusedToken(text, bounds, pos, splitAt[..splits], splitWord, ref matches, out var splitEnd))
                {
                    pos = splitEnd;
                }
                else if (best is null)
                {
                    pos++;
                }
                else
                {
                    matches.Add(new LexMatch(pos, bestEnd - pos, best));
                    pos = bestEnd;
                }
            }
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// jieba fuses common adverbs with the next word (非常高兴, 非常少, 不开心). When no entry covers a token, split off a
    /// leading intensifier or negator (longest first) if the rest starts an entry that ends at a token end or just
    /// before a closing particle (太棒了).
    /// </summary>
    private bool TrySplitFusedToken(ReadOnlySpan<char> text, Span<byte> bounds, int pos, ReadOnlySpan<int> splitAt, ReadOnlySpan<LexEntry?> splitWord, ref PooledList<LexMatch> matches, out int end)
    {
        end = pos;
        var trie = _lex.Words;
        for (var k = splitAt.Length - 1; k >= 0; k--)
        {
            var q = splitAt[k];
            var inner = 0;
            LexEntry? rest = null;
            var restEnd = -1;
            for (var j = q; j < text.Length && trie.TryStep(ref inner, text[j]); j++)
            {
                if (trie.ValueAt(inner) is { } v && (rest is null || !IsBare(v))
                    && ((bounds[j + 1] & 2) != 0 || (j + 2 <= text.Length && (bounds[j + 2] & 2) != 0 && (bounds[j + 1] & 3) == 0 && Particles.Contains(text[j + 1]))))
                {
                    rest = v;
                    restEnd = j + 1;
                }
            }

            if (rest is not null)
            {
                matches.Add(new LexMatch(pos, q - pos, splitWord[k]!));
                matches.Add(new LexMatch(q, restEnd - q, rest));
                end = restEnd;
                return true;
            }
        }

        return false;
    }

    private void CollectEmoji(ReadOnlySpan<char> text, Span<double> emo)
    {
        var anywhere = _lex.Anywhere;
        var i = 0;
        while (i < text.Length)
        {
            var k = text[i..].IndexOfAny(_lex.AnywhereFirst);
            if (k < 0)
            {
                return;
            }

            i += k;
            var node = 0;
            var bestEnd = -1;
            LexEntry? best = null;
            for (var j = i; j < text.Length && anywhere.TryStep(ref node, text[j]); j++)
            {
                if (anywhere.ValueAt(node) is { } v)
                {
                    best = v;
                    bestEnd = j + 1;
                }
            }

            if (best is null)
            {
                i++;
            }
            else
            {
                AddScore(emo, best.Emotion, best.EmotionWeight);
                i = bestEnd;
            }
        }
    }

    /// <summary>
    /// Lexicon matches and resolved key facts of <paramref name="message"/>: the one fact pipeline shared by
    /// <see cref="Analyze"/> and <see cref="Redact"/>, so both see the same facts (user order patterns included).
    /// </summary>
    private PooledList<FactSpan> ScanFacts(string message, ref PooledList<LexMatch> matches)
    {
        CollectMatches(message, ref matches);
        // Full-width digits and letters (１３８…) scan like ASCII; folding keeps every offset.
        var facts = new FactScanner(FactScanner.FoldWidth(message), _lex, matches.Span, _patterns).Scan();
        AddRegexFacts(message, ref facts);
        FactScanner.Resolve(ref facts);
        return facts;
    }

    private void AddRegexFacts(string message, ref PooledList<FactSpan> facts)
    {
        foreach (var rx in _regexes)
        {
            foreach (var m in rx.EnumerateMatches(message))
            {
                if (m.Length > 0)
                {
                    facts.Add(new FactSpan(FactKind.OrderNumber, m.Index, m.Length, 3));
                }
            }
        }
    }

    private static void AddScore(Span<double> emo, EmotionLabel label, double c)
    {
        c = Math.Clamp(c, 0, 1);
        emo[(int)label] = 1 - ((1 - emo[(int)label]) * (1 - c));
    }

    /// <summary>A neutral word with no role at all (差了): it may shadow, but never replaces a meaningful shorter entry.</summary>
    private static bool IsBare(LexEntry e) => e.Emotion == EmotionLabel.Neutral && e.Intents is null && e.Flags == LexFlags.None
        && e.Negator == 0 && e.Intensifier == 0 && e.Abuse == AbuseSeverity.None && e.Threat == ThreatKind.None && e.Fact is null;

    private static bool IsQuestionMark(LexEntry e) => e.Word is "?" or "？";

    private static bool IsNegative(EmotionLabel label) => label is EmotionLabel.Angry or EmotionLabel.Anxious or EmotionLabel.Disappointed or EmotionLabel.Dissatisfied;

    /// <summary>Whether a question word follows in the same clause (or the clause ends with a question mark).</summary>
    private static bool QuestionAhead(ReadOnlySpan<LexMatch> matches, int mi)
    {
        for (var k = mi + 1; k < matches.Length; k++)
        {
            var e = matches[k].Entry;
            if (e.Has(LexFlags.Question))
            {
                return true;
            }

            if (e.Has(LexFlags.Contrast))
            {
                return false;
            }
        }

        return false;
    }

    private static bool InScope(ReadOnlySpan<char> text, int end, int start) =>
        end >= 0 && start - end <= ScopeChars && !text[end..start].ContainsAny(ScopeBreak);

    private MessageAnalysis Evaluate(string message, ReadOnlySpan<LexMatch> matches, ReadOnlySpan<FactSpan> factSpans)
    {
        var text = message.AsSpan();
        Span<double> emo = stackalloc double[6];
        Span<double> raw = stackalloc double[7];
        emo.Clear();
        raw.Clear();
        double pending = 1, negFactor = 0;
        int intensEnd = -1, negEnd = -1;
        var intensBeforeNeg = 1.0;
        var intensAfterNeg = false;
        bool problem = false, photo = false, question = false, recurrence = false, wordMatched = false;
        var hypoEnd = -1;
        var hypoAsks = false;
        double questionInquiry = 0, hypotheticalInquiry = 0;
        var abuse = AbuseSeverity.None;
        var threatCount = 0;
        var threats = default(PooledList<PlatformThreat>);
        try
        {
            for (var mi = 0; mi < matches.Length; mi++)
            {
                var m = matches[mi];
                var e = m.Entry;

                // 好/真 before an adjacent emotion word intensify it (好失望) rather than being praise themselves.
                var asIntensifier = e.Intensifier > 0 && e.Emotion != EmotionLabel.Neutral && mi + 1 < matches.Length
                    && matches[mi + 1].Start == m.End && matches[mi + 1].Entry.Emotion != EmotionLabel.Neutral;
                if (negEnd >= 0 && !InScope(text, negEnd, m.Start))
                {
                    negFactor = 0;
                    negEnd = -1;
                    intensAfterNeg = false;
                    intensBeforeNeg = 1;
                }

                if (intensEnd >= 0 && !InScope(text, intensEnd, m.Start))
                {
                    pending = 1;
                    intensEnd = -1;
                }

                if (hypoEnd >= 0 && !InScope(text, hypoEnd, m.Start))
                {
                    hypoEnd = -1;
                }

                if (e.Has(LexFlags.Hypothetical))
                {
                    hypoEnd = m.End;
                    hypoAsks = e.Has(LexFlags.Question);
                }

                // A problem asked about before buying (会不会起球、怕掉色吗) is a pre-sale question, not a defect.
                var hypothetical = (e.Has(LexFlags.Problem) || IsNegative(e.Emotion)) && text[m.End - 1] != '了' && negFactor == 0
                    && ((hypoEnd >= 0 && m.Start >= hypoEnd && (hypoAsks || QuestionAhead(matches, mi)))
                        || (e.Has(LexFlags.Problem) && mi + 1 < matches.Length && matches[mi + 1].Entry.Has(LexFlags.QuestionWord)
                            && !IsQuestionMark(matches[mi + 1].Entry) && InScope(text, m.End, matches[mi + 1].Start)));
                if (hypothetical)
                {
                    hypotheticalInquiry = 0.6;
                    hypoEnd = -1;
                    continue;
                }

                recurrence |= e.Has(LexFlags.Recurrence);
                wordMatched |= char.IsLetter(e.Word[0]);

                // A positive word being asked about (哪个好看、好用吗、好不好用) is a question, not satisfaction.
                var askedPositive = e.Emotion == EmotionLabel.Satisfied && negFactor == 0
                    && ((mi > 0 && matches[mi - 1].Entry.Has(LexFlags.Question) && !IsQuestionMark(matches[mi - 1].Entry) && InScope(text, matches[mi - 1].End, m.Start))
                        || (mi + 1 < matches.Length && matches[mi + 1].Entry.Has(LexFlags.Question) && !IsQuestionMark(matches[mi + 1].Entry) && InScope(text, m.End, matches[mi + 1].Start)));
                if (askedPositive)
                {
                    hypotheticalInquiry = Math.Max(hypotheticalInquiry, 0.3);
                    question = true;
                    continue;
                }

                // A negated defect (没有色差、没有破损) is not a defect.
                var negatedProblem = e.Has(LexFlags.Problem) && negFactor > 0;
                if (e.Intents is { } w && !negatedProblem)
                {
                    for (var k = 0; k < w.Length; k++)
                    {
                        raw[k] += w[k];
                    }

                    if (e.Has(LexFlags.QuestionWord))
                    {
                        questionInquiry += w[(int)MessageIntent.Inquiry];
                    }
                }

                if (e.Has(LexFlags.Contrast))
                {
                    // 但是/结果/不过: what follows the turn counts more than what came before.
                    for (var k = 0; k < emo.Length; k++)
                    {
                        emo[k] *= 0.5;
                    }
                }

                if (e.Has(LexFlags.Problem) && !negatedProblem)
                {
                    problem = true;
                    emo[(int)EmotionLabel.Satisfied] *= SarcasmDiscount;
                }

                photo |= e.Has(LexFlags.Photo);
                question |= e.Has(LexFlags.Question);
                if (e.Abuse > abuse)
                {
                    abuse = e.Abuse;
                    emo[(int)EmotionLabel.Satisfied] *= SarcasmDiscount;
                }

                if (e.Threat != ThreatKind.None && negFactor == 0)
                {
                    threats.Add(new PlatformThreat(e.Threat, m.Start, m.Length, e.Word));
                    threatCount++;
                    emo[(int)EmotionLabel.Satisfied] *= SarcasmDiscount;
                }

                if (e.Emotion == EmotionLabel.Satisfied && negFactor == 0 && m.Start > 0 && m.End < text.Length
                    && QuoteOpen.Contains(text[m.Start - 1]) && QuoteClose.Contains(text[m.End]))
                {
                    // Scare quotes around praise (真"好"啊) are sarcasm: count it as negated praise.
                    negFactor = 1;
                    negEnd = m.Start;
                }

                if (e.Emotion != EmotionLabel.Neutral && !asIntensifier)
                {
                    var weight = e.EmotionWeight;
                    if (negFactor > 0)
                    {
                        var f = negFactor * (intensAfterNeg ? 0.6 : 1.0) * intensBeforeNeg;
                        if (e.Emotion == EmotionLabel.Satisfied)
                        {
                            emo[(int)EmotionLabel.Satisfied] *= SarcasmDiscount;
                            AddScore(emo, EmotionLabel.Dissatisfied, weight * 0.9 * f);
                        }
                        else
                        {
                            AddScore(emo, EmotionLabel.Satisfied, weight * 0.25 * f);
                        }
                    }
                    else
                    {
                        if (e.Emotion != EmotionLabel.Satisfied)
                        {
                            // Positive words before negative evidence are sarcasm or outweighed (真是太好了,又坏了).
                            emo[(int)EmotionLabel.Satisfied] *= SarcasmDiscount;
                        }

                        AddScore(emo, e.Emotion, weight * (intensEnd >= 0 ? pending : 1.0));
                    }

                    negFactor = 0;
                    negEnd = -1;
                    intensAfterNeg = false;
                    intensBeforeNeg = 1;
                    pending = 1;
                    intensEnd = -1;
                }
                else if (e.Negator > 0)
                {
                    if (negFactor > 0)
                    {
                        // Double negation (没有不…) cancels.
                        negFactor = 0;
                        negEnd = -1;
                    }
                    else
                    {
                        negFactor = e.Negator;
                        negEnd = m.End;
                        intensBeforeNeg = intensEnd >= 0 ? pending : 1;
                        pending = 1;
                        intensEnd = -1;
                    }
                }
                else if (e.Intensifier == 0)
                {
                    // Negation and intensifiers reach the next word only (不退款就给差评: 不 is spent on 退款).
                    negFactor = 0;
                    negEnd = -1;
                    intensAfterNeg = false;
                    intensBeforeNeg = 1;
                    pending = 1;
                    intensEnd = -1;
                }
                else
                {
                    if (negFactor > 0)
                    {
                        intensAfterNeg = true;
                        negEnd = m.End;
                    }
                    else
                    {
                        pending = intensEnd >= 0 ? Math.Max(pending, e.Intensifier) : e.Intensifier;
                        intensEnd = m.End;
                    }
                }
            }

            var wordPositive = emo[(int)EmotionLabel.Satisfied];
            var wordNegative = problem || abuse != AbuseSeverity.None || threatCount > 0
                || emo[(int)EmotionLabel.Angry] + emo[(int)EmotionLabel.Anxious] + emo[(int)EmotionLabel.Disappointed] + emo[(int)EmotionLabel.Dissatisfied] > 0;
            CollectEmoji(text, emo);
            if (question && wordPositive == 0 && !wordNegative)
            {
                // A smiley on a plain question is politeness (有别的颜色吗😊), not satisfaction.
                emo[(int)EmotionLabel.Satisfied] *= SarcasmDiscount;
            }

            if (recurrence && problem)
            {
                // The same defect again (又坏了、第二次修) turns a repair request into a complaint.
                AddScore(emo, EmotionLabel.Angry, 0.3);
                raw[(int)MessageIntent.Complaint] += 0.5;
            }

            // Punctuation and repeated characters.
            int exclRun = 0, qRun = 0, run = 0, exclCount = 0, repeat = 1, maxRepeat = 1;
            var prev = '\0';
            foreach (var c in text)
            {
                if (c is '!' or '！')
                {
                    run = prev is '!' or '！' ? run + 1 : 1;
                    exclRun = Math.Max(exclRun, run);
                    exclCount++;
                }
                else if (c is '?' or '？')
                {
                    run = prev is '?' or '？' ? run + 1 : 1;
                    qRun = Math.Max(qRun, run);
                }

                repeat = c == prev && !char.IsAsciiDigit(c) && !char.IsWhiteSpace(c) ? repeat + 1 : 1;
                maxRepeat = Math.Max(maxRepeat, repeat);
                prev = c;
            }

            var anyNegative = emo[(int)EmotionLabel.Angry] + emo[(int)EmotionLabel.Anxious] + emo[(int)EmotionLabel.Disappointed] + emo[(int)EmotionLabel.Dissatisfied] > 0;
            if (abuse != AbuseSeverity.None)
            {
                AddScore(emo, EmotionLabel.Angry, abuse switch { AbuseSeverity.Mild => 0.35, AbuseSeverity.Moderate => 0.55, _ => 0.75 });
            }

            if (threatCount > 0)
            {
                AddScore(emo, EmotionLabel.Angry, 0.35);
            }

            if (problem && !anyNegative)
            {
                AddScore(emo, EmotionLabel.Dissatisfied, 0.3);
            }
            else if (!anyNegative && raw[(int)MessageIntent.Complaint] >= ComplaintCueFloor && emo[(int)EmotionLabel.Satisfied] < 0.2)
            {
                // A complaint in plain words (让你们负责人联系我) is still a negative message.
                AddScore(emo, EmotionLabel.Dissatisfied, 0.3);
            }

            anyNegative |= abuse != AbuseSeverity.None || threatCount > 0 || problem;
            if ((exclRun >= 2 || exclCount >= 3) && anyNegative)
            {
                AddScore(emo, EmotionLabel.Angry, 0.12 * Math.Min(Math.Max(exclRun, exclCount), 5));
                if (exclRun >= 3)
                {
                    // Shouting (！！！) escalates whatever negative feeling is there to anger.
                    var topNegative = Math.Max(Math.Max(emo[(int)EmotionLabel.Anxious], emo[(int)EmotionLabel.Disappointed]), emo[(int)EmotionLabel.Dissatisfied]);
                    AddScore(emo, EmotionLabel.Angry, topNegative);
                }
            }

            if (qRun >= 2)
            {
                AddScore(emo, anyNegative ? EmotionLabel.Angry : EmotionLabel.Anxious, anyNegative ? 0.15 : 0.3);
                anyNegative = true;
            }

            var label = EmotionLabel.Neutral;
            var best = 0.0;
            foreach (var l in (ReadOnlySpan<EmotionLabel>)[EmotionLabel.Angry, EmotionLabel.Anxious, EmotionLabel.Disappointed, EmotionLabel.Dissatisfied, EmotionLabel.Satisfied])
            {
                if (emo[(int)l] > best)
                {
                    best = emo[(int)l];
                    label = l;
                }
            }

            if (best < _emotionThreshold)
            {
                label = EmotionLabel.Neutral;
            }

            var boost = 1.0;
            if (exclRun >= 2 || exclCount >= 2)
            {
                boost += 0.08 * (Math.Min(Math.Max(exclRun, exclCount), 6) - 1);
            }

            if (qRun >= 2)
            {
                boost += 0.05 * (Math.Min(qRun, 5) - 1);
            }

            if (maxRepeat >= 3)
            {
                boost += 0.1;
            }

            var intensity = Math.Min(1.0, best * boost);
            var emotion = new EmotionReading(label, Math.Round(intensity, 4));

            // Intents.
            if (threatCount > 0)
            {
                raw[(int)MessageIntent.Complaint] += 1.0;
            }

            if (abuse != AbuseSeverity.None)
            {
                raw[(int)MessageIntent.Complaint] += 0.4 + (0.2 * (int)abuse);
            }

            if (label == EmotionLabel.Angry)
            {
                raw[(int)MessageIntent.Complaint] += 0.7 * intensity;
            }

            if (label == EmotionLabel.Satisfied)
            {
                // Praise follows positive words; emoji alone (👍) carry feeling, not an intent.
                raw[(int)MessageIntent.Praise] += 1.5 * Math.Min(wordPositive, emo[(int)EmotionLabel.Satisfied]);
                if (!question)
                {
                    // Positive feedback mentions topics (物流、售后) without asking for anything.
                    foreach (var i in IntentOrder)
                    {
                        if (i != MessageIntent.Praise)
                        {
                            raw[(int)i] *= 0.6;
                        }
                    }
                }
            }
            else if (emotion.Polarity == EmotionPolarity.Negative)
            {
                raw[(int)MessageIntent.Praise] *= 0.3;
            }

            if (question)
            {
                // Asking while praising (太喜欢了！还有别的尺码吗) is a question first.
                raw[(int)MessageIntent.Praise] *= 0.5;
            }

            if (problem)
            {
                raw[(int)MessageIntent.AfterSales] += 0.5;
            }

            foreach (var f in factSpans)
            {
                if (f.Kind == FactKind.TrackingNumber && raw[(int)MessageIntent.AfterSales] < 0.5)
                {
                    raw[(int)MessageIntent.Logistics] += 0.6;
                    break;
                }
            }

            var rawThreshold = -Math.Log(1 - _intentThreshold);
            raw[(int)MessageIntent.Inquiry] += hypotheticalInquiry;
            if (question && Math.Max(Math.Max(raw[(int)MessageIntent.OrderAndPayment], raw[(int)MessageIntent.Logistics]), Math.Max(raw[(int)MessageIntent.AfterSales], raw[(int)MessageIntent.Complaint])) >= rawThreshold)
            {
                // Question words make a pre-sale inquiry only when the question has no other topic
                // (优惠券怎么用不了？ is about payment, not a product question).
                raw[(int)MessageIntent.Inquiry] = Math.Max(0, raw[(int)MessageIntent.Inquiry] - questionInquiry);
            }

            var maxRaw = 0.0;
            foreach (var i in IntentOrder)
            {
                maxRaw = Math.Max(maxRaw, raw[(int)i]);
            }

            if (maxRaw < rawThreshold && wordNegative && emotion.Polarity == EmotionPolarity.Negative && intensity >= 0.45)
            {
                // Strong negative words without a concrete request are a complaint (太失望了、气死了).
                raw[(int)MessageIntent.Complaint] += 0.8;
            }
            else if (question && wordMatched && maxRaw < rawThreshold && raw[(int)MessageIntent.Other] < 0.5)
            {
                raw[(int)MessageIntent.Inquiry] += 0.75;
            }

            var count = 0;
            Span<IntentScore> scores = stackalloc IntentScore[7];
            foreach (var i in IntentOrder)
            {
                var s = 1 - Math.Exp(-raw[(int)i]);
                if (s >= _intentThreshold)
                {
                    scores[count++] = new IntentScore(i, Math.Round(s, 4));
                }
            }

            IntentScore[] intents;
            if (count == 0)
            {
                var top = 0.0;
                foreach (var i in IntentOrder)
                {
                    top = Math.Max(top, 1 - Math.Exp(-raw[(int)i]));
                }

                intents = [new IntentScore(MessageIntent.Other, Math.Round(1 - top, 4))];
            }
            else
            {
                intents = scores[..count].ToArray();

                // Stable sort by score descending (insertion sort; at most 6 items).
                for (var a = 1; a < intents.Length; a++)
                {
                    var x = intents[a];
                    var b = a - 1;
                    while (b >= 0 && intents[b].Score < x.Score)
                    {
                        intents[b + 1] = intents[b];
                        b--;
                    }

                    intents[b + 1] = x;
                }
            }

            // Facts.
            var factArr = factSpans.Length == 0 ? [] : new KeyFact[factSpans.Length];
            var hasOrder = false;
            var hasTracking = false;
            var hasPhone = false;
            for (var k = 0; k < factSpans.Length; k++)
            {
                var f = factSpans[k];
                factArr[k] = new KeyFact(f.Kind, message.Substring(f.Start, f.Length), f.Start, f.Length);
                hasOrder |= f.Kind == FactKind.OrderNumber;
                hasTracking |= f.Kind == FactKind.TrackingNumber;
                hasPhone |= f.Kind == FactKind.PhoneNumber;
            }

            // Missing information.
            var afterSalesOrComplaint = false;
            foreach (var s in intents)
            {
                afterSalesOrComplaint |= s.Intent is MessageIntent.AfterSales or MessageIntent.Complaint;
            }

            var needOrder = !hasOrder && (afterSalesOrComplaint || (intents[0].Intent == MessageIntent.Logistics && !hasTracking && !hasPhone));
            var needPhotos = afterSalesOrComplaint && problem && !photo;
            MissingInfo[] missing = (needOrder, needPhotos) switch
            {
                (true, true) => [MissingInfo.OrderNumber, MissingInfo.Photos],
                (true, false) => [MissingInfo.OrderNumber],
                (false, true) => [MissingInfo.Photos],
                _ => [],
            };
            var guidance = afterSalesOrComplaint && missing.Length > 0 ? _guidanceTemplateId : null;

            return new MessageAnalysis(intents, emotion, abuse, threats.Count == 0 ? [] : threats.Span.ToArray(), factArr, missing, guidance);
        }
        finally
        {
            threats.Dispose();
        }
    }
}
