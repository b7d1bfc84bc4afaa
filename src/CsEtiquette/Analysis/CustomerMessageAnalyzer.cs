using System.Buffers;
using System.Text;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Analysis;

/// <summary>
/// Analyses customer messages ("listen first", 有效倾听). Two parts with one job each:
/// <list type="bullet">
/// <item>a trained linear model (<see cref="AnalysisModel"/>) decides emotion polarity, the emotion label and its
/// intensity, and the intents, over hashed features of the segmenter's tokens, character n-grams and lexicon cue
/// hits (by category, so words from a user lexicon count as features too);</item>
/// <item>the lexicon finds what must be exact: key facts with offsets (订单号、快递单号、手机号、金额、日期、尺码、颜色、型号、数量、地址),
/// abuse (辱骂/脏话) with severity, threats to escalate (要投诉、12315、差评), missing information and the issue kind.
/// Where the lexicon is certain it overrides the model: any abuse or threat makes the message negative, moderate or
/// severe abuse makes it <see cref="CustomerEmotion.Angry"/>, and a threat adds <see cref="MessageIntent.Complaint"/>.</item>
/// </list>
/// <see cref="MessageAnalysis.Evidence"/> maps the strongest model features back to spans of the message.
/// Lexicon words match whole segmenter tokens; facts are found by hand-written scanners without regular
/// expressions; every per-message pass is linear in the message. Stateless and thread-safe: build once, share.
/// </summary>
public sealed class CustomerMessageAnalyzer : ICustomerMessageAnalyzer
{
    private const int StackLimit = 512;
    private const int TokenStackLimit = 256;
    private static readonly Lazy<CustomerMessageAnalyzer> LazyDefault = new(() => new CustomerMessageAnalyzer(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly SearchValues<char> Particles = SearchValues.Create("了啊呀的啦哦吧呢嘛");

    private readonly CompiledLexicon _lex;
    private readonly IssueCueMatcher _issues;
    private readonly IChineseSegmenter _segmenter;
    private readonly OrderNumberPattern[] _patterns;
    private readonly System.Text.RegularExpressions.Regex[] _regexes;
    private readonly AnalysisModel _model;
    private readonly float _intentThreshold;
    private readonly float _intentFloor;
    private readonly bool _includeEvidence;
    private readonly float _emotionThreshold;
    private readonly string _guidanceTemplateId;
    private readonly PolarityBlend _blend;

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
    /// <exception cref="AnalysisModelException">The embedded model cannot be loaded (a packaging error).</exception>
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
        _issues = IssueCueMatcher.Build(lexicons);
        _segmenter = options.Segmenter ?? ChineseSegmenter.Default;
        _patterns = [.. options.OrderNumberPatterns];
        _regexes = [.. options.OrderNumberRegexes];
        _model = options.Model ?? AnalysisModel.Default;
        _intentThreshold = (float)options.IntentThreshold;
        _intentFloor = (float)options.IntentFallbackFloor;
        _includeEvidence = options.IncludeEvidence;
        _emotionThreshold = (float)options.EmotionThreshold;
        _guidanceTemplateId = options.GuidanceTemplateId;
        _blend = options.PolarityBlend;
    }

    /// <summary>The shared analyzer with default options, built lazily once. Thread-safe.</summary>
    public static CustomerMessageAnalyzer Default => LazyDefault.Value;

    /// <summary>The segmenter whose tokens bound lexicon matches (for tests of the DI wiring).</summary>
    internal IChineseSegmenter Segmenter => _segmenter;

    /// <summary>The compiled lexicon (for stage benchmarks).</summary>
    internal CompiledLexicon Lexicon => _lex;

    /// <summary>The model that decides emotion and intents.</summary>
    internal AnalysisModel Model => _model;

    /// <inheritdoc />
    public MessageAnalysis Analyze(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return AnalyzeCore(message, reference: false);
    }

    /// <summary>
    /// <see cref="Analyze(string)"/> the pre-#14-tuning way: scored through <see cref="ScoreSink"/> and explained by a second
    /// feature extraction into <see cref="EvidenceSink"/>. Kept as the reference the fast path is tested against
    /// (bit-identical results); not used in production.
    /// </summary>
    internal MessageAnalysis AnalyzeReference(string message) => AnalyzeCore(message, reference: true);

    private MessageAnalysis AnalyzeCore(string message, bool reference)
    {
        TokenRange[]? rented = null;
        var buffer = message.Length <= TokenStackLimit ? stackalloc TokenRange[TokenStackLimit] : (rented = ArrayPool<TokenRange>.Shared.Rent(message.Length));
        var matches = default(PooledList<LexMatch>);
        var facts = default(PooledList<FactSpan>);
        try
        {
            var tokens = buffer[..Tokenize(message, buffer)];
            CollectMatches(message, tokens, ref matches);
            facts = ScanFacts(message, matches.Span);
            return Decide(message, tokens, matches.Span, facts.Span, reference);
        }
        finally
        {
            matches.Dispose();
            facts.Dispose();
            if (rented is not null)
            {
                ArrayPool<TokenRange>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// Feeds the model features of <paramref name="message"/> to <paramref name="sink"/> (the trainer's entry: what it
    /// trains on is exactly what <see cref="Analyze"/> scores).
    /// </summary>
    internal void ExtractFeatures<TSink>(string message, ref TSink sink)
        where TSink : IFeatureSink, allows ref struct
    {
        var rented = ArrayPool<TokenRange>.Shared.Rent(Math.Max(1, message.Length));
        var matches = default(PooledList<LexMatch>);
        var cues = default(LexCues);
        try
        {
            var tokens = rented.AsSpan(0, Tokenize(message, rented));
            CollectMatches(message, tokens, ref matches);
            FeatureExtractor.Extract(message, tokens, matches.Span, _lex, _model.Seed, ref sink, ref cues);
        }
        finally
        {
            cues.Dispose();
            matches.Dispose();
            ArrayPool<TokenRange>.Shared.Return(rented);
        }
    }

    /// <summary>The model's raw logits for <paramref name="message"/> (all <see cref="AnalysisModel.OutputCount"/> outputs; the trainer's tuning entry).</summary>
    internal void Logits(string message, Span<float> logits)
    {
        Span<float> acc = stackalloc float[AnalysisModel.OutputCount];
        var sink = new ScoreSink(_model, acc);
        ExtractFeatures(message, ref sink);
        sink.Finish(_model, logits);
    }

    /// <summary>The raw logits as <see cref="Analyze(string)"/> computes them (recorded features, <see cref="FeatureScorer"/>); tests hold them bit-equal to <see cref="Logits"/>.</summary>
    internal void LogitsFromRecords(string message, Span<float> logits)
    {
        var features = new FeatureRecorder((message.Length * 5) + 16);
        try
        {
            ExtractFeatures(message, ref features);
            FeatureScorer.Score(_model, features.Records, logits);
        }
        finally
        {
            features.Dispose();
        }
    }

    /// <summary>Features the model scores for <paramref name="message"/> (a work counter for linear-time tests).</summary>
    internal int FeatureCount(string message)
    {
        var sink = new CountingSink();
        ExtractFeatures(message, ref sink);
        return sink.Count;
    }

    private int Tokenize(ReadOnlySpan<char> text, Span<TokenRange> buffer)
    {
        // A buffer of text.Length ranges is always large enough (IChineseSegmenter contract); guard a misbehaving one.
        var count = _segmenter.Tokenize(text, buffer, hmm: true);
        return count <= buffer.Length ? count : 0;
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

    /// <summary>Segments <paramref name="text"/>, then <see cref="CollectMatches(ReadOnlySpan{char}, ReadOnlySpan{TokenRange}, ref PooledList{LexMatch})"/>.</summary>
    internal void CollectMatches(ReadOnlySpan<char> text, ref PooledList<LexMatch> matches)
    {
        if (text.IsEmpty)
        {
            return;
        }

        var rented = ArrayPool<TokenRange>.Shared.Rent(text.Length);
        try
        {
            CollectMatches(text, rented.AsSpan(0, Tokenize(text, rented)), ref matches);
        }
        finally
        {
            ArrayPool<TokenRange>.Shared.Return(rented);
        }
    }

    /// <summary>Finds lexicon entries starting at a token start and ending at a token end (longest wins).</summary>
    internal void CollectMatches(ReadOnlySpan<char> text, ReadOnlySpan<TokenRange> tokens, ref PooledList<LexMatch> matches)
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
            foreach (var r in tokens)
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

    /// <summary>
    /// Lexicon matches and resolved key facts of <paramref name="message"/>: the one fact pipeline shared by
    /// <see cref="Analyze"/> and <see cref="Redact"/>, so both see the same facts (user order patterns included).
    /// </summary>
    private PooledList<FactSpan> ScanFacts(string message, ref PooledList<LexMatch> matches)
    {
        CollectMatches(message, ref matches);
        return ScanFacts(message, matches.Span);
    }

    private PooledList<FactSpan> ScanFacts(string message, ReadOnlySpan<LexMatch> matches)
    {
        // Full-width digits and letters (１３８…) scan like ASCII; folding keeps every offset. Folded into a stack or
        // pooled buffer, not a string: a message with a full-width comma allocates nothing here.
        var text = message.AsSpan();
        var fold = FactScanner.NeedsWidthFold(text);
        char[]? rented = null;
        var folded = !fold ? default : text.Length <= TokenStackLimit ? stackalloc char[TokenStackLimit] : (rented = ArrayPool<char>.Shared.Rent(text.Length));
        PooledList<FactSpan> facts;
        try
        {
            if (fold)
            {
                folded = folded[..text.Length];
                FactScanner.FoldWidth(text, folded);
            }

            facts = new FactScanner(fold ? folded : text, _lex, matches, _patterns).Scan();
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }

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

    private static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));

    /// <summary>Softmax of <paramref name="logits"/> in place; returns the index of the largest.</summary>
    private static int Softmax(Span<float> logits)
    {
        var best = 0;
        for (var k = 1; k < logits.Length; k++)
        {
            if (logits[k] > logits[best])
            {
                best = k;
            }
        }

        var max = logits[best];
        var sum = 0f;
        for (var k = 0; k < logits.Length; k++)
        {
            logits[k] = MathF.Exp(logits[k] - max);
            sum += logits[k];
        }

        for (var k = 0; k < logits.Length; k++)
        {
            logits[k] /= sum;
        }

        return best;
    }

    private MessageAnalysis Decide(string message, ReadOnlySpan<TokenRange> tokens, ReadOnlySpan<LexMatch> matches, ReadOnlySpan<FactSpan> factSpans, bool reference)
    {
        var text = message.AsSpan();
        var model = _model;
        Span<float> logits = stackalloc float[AnalysisModel.OutputCount];
        var cues = default(LexCues);

        // One extraction, recorded: scoring and the evidence pass both read the records.
        var features = new FeatureRecorder(reference ? 0 : (text.Length * 5) + 16);
        try
        {
            if (reference)
            {
                Span<float> acc = stackalloc float[AnalysisModel.OutputCount];
                var sink = new ScoreSink(model, acc);
                FeatureExtractor.Extract(text, tokens, matches, _lex, model.Seed, ref sink, ref cues);
                sink.Finish(model, logits);
            }
            else
            {
                FeatureExtractor.Extract(text, tokens, matches, _lex, model.Seed, ref features, ref cues);
                FeatureScorer.Score(model, features.Records, logits);
            }

            var threats = cues.Threats.Span;
            var certainNegative = cues.Abuse != AbuseSeverity.None || threats.Length > 0;

            // Emotion: the polarity head and the chat-trained emotion head decide negative/neutral/positive together
            // (PolarityBlend: the shorter the message, the more the emotion head counts); the emotion head names the
            // negative feeling.
            Span<float> polarity = stackalloc float[3];
            var pol = _blend.Decide(logits.Slice(AnalysisModel.PolarityOffset, 3), logits.Slice(AnalysisModel.EmotionOffset, 6), model.EmotionLabels, text.Length, polarity);
            if (pol != 1 && polarity[pol] < _emotionThreshold)
            {
                pol = 1;
            }

            if (certainNegative)
            {
                pol = 0;
            }

            var label = pol switch { 1 => CustomerEmotion.Neutral, 2 => CustomerEmotion.Satisfied, _ => NegativeLabel(logits.Slice(AnalysisModel.EmotionOffset, 6)) };
            if (cues.Abuse >= AbuseSeverity.Moderate)
            {
                label = CustomerEmotion.Angry;
            }

            var intensityHead = logits.Slice(AnalysisModel.IntensityOffset, 4);
            Softmax(intensityHead);
            // Nothing to read (empty or blank) is calm by definition, whatever the intensity head's prior says.
            var intensity = text.IsWhiteSpace() ? 0f : ((intensityHead[1] * 1f) + (intensityHead[2] * 2f) + (intensityHead[3] * 3f)) / 3f;
            var emotion = new EmotionReading(label, Math.Round(intensity, 4));

            // Intents: one-vs-rest sigmoids; the primary head may add the intent it ranks first; a threat is a complaint.
            Span<float> score = stackalloc float[7]; // indexed by MessageIntent
            score.Clear();
            for (var j = 0; j < 6; j++)
            {
                score[(int)model.IntentLabels[j]] = Sigmoid(logits[AnalysisModel.IntentOffset + j]);
            }

            var primary = logits.Slice(AnalysisModel.PrimaryOffset, 7);
            var top = Softmax(primary);
            var topIntent = model.PrimaryLabels[top];
            if (topIntent != MessageIntent.Other && primary[top] > score[(int)topIntent])
            {
                score[(int)topIntent] = primary[top];
            }

            if (threats.Length > 0)
            {
                score[(int)MessageIntent.Complaint] = MathF.Max(score[(int)MessageIntent.Complaint], 0.9f);
            }

            var intents = RankIntents(score);
            var evidence = _includeEvidence ? Explain(message, tokens, matches, features.Records, pol, intents, reference) : [];

            // Facts.
            var factArr = factSpans.Length == 0 ? [] : new KeyFact[factSpans.Length];
            bool hasOrder = false, hasTracking = false, hasPhone = false;
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
            var needPhotos = afterSalesOrComplaint && cues.Problem && !cues.Photo;
            MissingInfo[] missing = (needOrder, needPhotos) switch
            {
                (true, true) => [MissingInfo.OrderNumber, MissingInfo.Photos],
                (true, false) => [MissingInfo.OrderNumber],
                (false, true) => [MissingInfo.Photos],
                _ => [],
            };
            var guidance = afterSalesOrComplaint && missing.Length > 0 ? _guidanceTemplateId : null;

            return new MessageAnalysis(intents, emotion, cues.Abuse, threats.Length == 0 ? [] : threats.ToArray(), factArr, missing, guidance, _issues.Classify(text), evidence);
        }
        finally
        {
            features.Dispose();
            cues.Dispose();
        }
    }

    /// <summary>The negative emotion the emotion head ranks highest (its output order mapped by label, never by position).</summary>
    private CustomerEmotion NegativeLabel(ReadOnlySpan<float> emotionLogits)
    {
        var label = CustomerEmotion.Dissatisfied;
        var best = float.NegativeInfinity;
        for (var j = 0; j < emotionLogits.Length; j++)
        {
            var e = _model.EmotionLabels[j];
            if (e is CustomerEmotion.Dissatisfied or CustomerEmotion.Disappointed or CustomerEmotion.Anxious or CustomerEmotion.Angry && emotionLogits[j] > best)
            {
                best = emotionLogits[j];
                label = e;
            }
        }

        return label;
    }

    /// <summary>Intents at or above the threshold, highest first (stable by enum order); when none, the best one alone if it reaches the fallback floor, else a single Other.</summary>
    private IntentScore[] RankIntents(ReadOnlySpan<float> score)
    {
        var count = 0;
        var max = 0f;
        var argMax = 0;
        for (var i = 1; i < score.Length; i++)
        {
            if (score[i] > max)
            {
                max = score[i];
                argMax = i;
            }

            count += score[i] >= _intentThreshold ? 1 : 0;
        }

        if (count == 0)
        {
            return max >= _intentFloor && argMax > 0
                ? [new IntentScore((MessageIntent)argMax, Math.Round(max, 4))]
                : [new IntentScore(MessageIntent.Other, Math.Round(1 - max, 4))];
        }

        var intents = new IntentScore[count];
        var n = 0;
        for (var i = 1; i < score.Length; i++)
        {
            if (score[i] < _intentThreshold)
            {
                continue;
            }

            var x = new IntentScore((MessageIntent)i, Math.Round(score[i], 4));
            var b = n - 1;
            while (b >= 0 && intents[b].Score < x.Score)
            {
                intents[b + 1] = intents[b];
                b--;
            }

            intents[b + 1] = x;
            n++;
        }

        return intents;
    }

    /// <summary>
    /// The strongest spans behind the decisions: for a negative or positive polarity, the features that raised it over
    /// the other two; for each recognised intent, the features that raised its logit. Overlapping spans of the same
    /// decision are merged; the result is in text order.
    /// </summary>
    private EvidenceSpan[] Explain(string message, ReadOnlySpan<TokenRange> tokens, ReadOnlySpan<LexMatch> matches, ReadOnlySpan<FeatureRecord> features, int pol, IntentScore[] intents, bool reference)
    {
        const int K = AnalysisModel.OutputCount;
        var model = _model;
        var scale = model.Scale;
        Span<float> coef = stackalloc float[EvidenceSink.MaxTargets * K];
        coef.Clear();
        Span<int> towards = stackalloc int[EvidenceSink.MaxTargets]; // -1 negative, -2 positive, else MessageIntent
        var targets = 0;
        if (pol != 1)
        {
            for (var k = 0; k < 3; k++)
            {
                coef[AnalysisModel.PolarityOffset + k] = (k == pol ? 1f : -0.5f) * scale[AnalysisModel.PolarityOffset + k];
            }

            towards[targets++] = pol == 0 ? -1 : -2;
        }

        foreach (var s in intents)
        {
            if (s.Intent == MessageIntent.Other || targets == EvidenceSink.MaxTargets)
            {
                continue;
            }

            var c = coef.Slice(targets * K, K);
            var j = Array.IndexOf(model.IntentLabels, s.Intent);
            var p = Array.IndexOf(model.PrimaryLabels, s.Intent);
            c[AnalysisModel.IntentOffset + j] = scale[AnalysisModel.IntentOffset + j];
            c[AnalysisModel.PrimaryOffset + p] = scale[AnalysisModel.PrimaryOffset + p];
            towards[targets++] = (int)s.Intent;
        }

        if (targets == 0)
        {
            return [];
        }

        const int Slots = EvidenceSink.MaxTargets * EvidenceSink.PerTarget;
        Span<float> best = stackalloc float[Slots];
        Span<int> start = stackalloc int[Slots];
        Span<int> length = stackalloc int[Slots];
        if (reference)
        {
            var cues = default(LexCues);
            try
            {
                Span<int> nonZero = stackalloc int[EvidenceSink.MaxTargets * AnalysisModel.SharedWidth];
                Span<int> nonZeroCount = stackalloc int[EvidenceSink.MaxTargets];
                var sink = new EvidenceSink(model, coef, targets, best, start, length, nonZero, nonZeroCount);
                FeatureExtractor.Extract(message, tokens, matches, _lex, model.Seed, ref sink, ref cues);
            }
            finally
            {
                cues.Dispose();
            }
        }
        else
        {
            FeatureScorer.Explain(model, features, coef, targets, best, start, length);
        }

        // Merge overlapping spans per target (insertion sort by start; at most 12 slots).
        Span<int> ms = stackalloc int[Slots];
        Span<int> me = stackalloc int[Slots];
        Span<int> mt = stackalloc int[Slots];
        var count = 0;
        for (var t = 0; t < targets; t++)
        {
            var first = count;
            for (var s = 0; s < EvidenceSink.PerTarget; s++)
            {
                var slot = (t * EvidenceSink.PerTarget) + s;
                if (length[slot] == 0)
                {
                    continue;
                }

                int a = start[slot], e = start[slot] + length[slot];
                SnapToTokens(tokens, ref a, ref e);
                var merged = false;
                for (var q = first; q < count; q++)
                {
                    if (a <= me[q] && ms[q] <= e)
                    {
                        ms[q] = Math.Min(ms[q], a);
                        me[q] = Math.Max(me[q], e);
                        merged = true;
                        break;
                    }
                }

                if (!merged)
                {
                    ms[count] = a;
                    me[count] = e;
                    mt[count++] = towards[t];
                }
            }
        }

        var result = new EvidenceSpan[count];
        for (var q = 0; q < count; q++)
        {
            var toward = mt[q] switch { -1 => "negative", -2 => "positive", var i => IntentName((MessageIntent)i) };
            var x = new EvidenceSpan(ms[q], me[q] - ms[q], message.Substring(ms[q], me[q] - ms[q]), toward);
            var b = q - 1;
            while (b >= 0 && (result[b].Start > x.Start || (result[b].Start == x.Start && result[b].Length > x.Length)))
            {
                result[b + 1] = result[b];
                b--;
            }

            result[b + 1] = x;
        }

        return result;
    }

    /// <summary>
    /// Widens [<paramref name="start"/>, <paramref name="end"/>) to whole segmenter tokens, so evidence never cuts a
    /// word (a character trigram 常失望 inside 非常|失望 becomes 非常失望). Tokens are in order and do not overlap.
    /// </summary>
    internal static void SnapToTokens(ReadOnlySpan<TokenRange> tokens, ref int start, ref int end)
    {
        var i = LastStartingAtOrBefore(tokens, start);
        if (i >= 0 && tokens[i].End > start)
        {
            start = tokens[i].Start;
        }

        var j = LastStartingAtOrBefore(tokens, end - 1);
        if (j >= 0 && tokens[j].End > end - 1 && tokens[j].End > end)
        {
            end = tokens[j].End;
        }
    }

    private static int LastStartingAtOrBefore(ReadOnlySpan<TokenRange> tokens, int pos)
    {
        int lo = 0, hi = tokens.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start <= pos)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    private static string IntentName(MessageIntent i) => i switch
    {
        MessageIntent.Inquiry => nameof(MessageIntent.Inquiry),
        MessageIntent.OrderAndPayment => nameof(MessageIntent.OrderAndPayment),
        MessageIntent.Logistics => nameof(MessageIntent.Logistics),
        MessageIntent.AfterSales => nameof(MessageIntent.AfterSales),
        MessageIntent.Complaint => nameof(MessageIntent.Complaint),
        MessageIntent.Praise => nameof(MessageIntent.Praise),
        _ => nameof(MessageIntent.Other),
    };

    /// <summary>A neutral word with no role at all (差了): it may shadow, but never replaces a meaningful shorter entry.</summary>
    private static bool IsBare(LexEntry e) => e.Emotion == CustomerEmotion.Neutral && e.Intents is null && e.Flags == LexFlags.None
        && e.Negator == 0 && e.Intensifier == 0 && e.Abuse == AbuseSeverity.None && e.Threat == ThreatKind.None && e.Fact is null;
}
