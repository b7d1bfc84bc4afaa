namespace CsEtiquette.Insights;

/// <summary>
/// One worker's share of a run: the conversations whose id hashes to it, processed in input order, with an
/// LRU-ordered window of open conversations. Not thread-safe: owned by one worker.
/// </summary>
internal sealed class InspectionPartition
{
    private static readonly long FollowUpWindowTicks = TimeSpan.FromHours(24).Ticks;
    private static readonly string[] EmotionNames = Enum.GetNames<CustomerEmotion>();

    private readonly Dictionary<string, ConversationState> _open = new(StringComparer.Ordinal);
    private readonly LinkedList<ConversationState> _lru = new();
    private readonly TermTable _terms;
    private readonly List<string> _ruleIds = [];
    private readonly KeywordExtractor _keywords;
    private readonly InspectionVocabulary _vocabulary;
    private readonly IReplyChecker _checker;
    private readonly ICustomerClassifier _classifier;
    private readonly Analysis.ICustomerMessageAnalyzer? _redactor;
    private readonly int _window;
    private readonly ConversationScoring? _scoring;

    public InspectionPartition(KeywordExtractor keywords, InspectionVocabulary vocabulary, IReplyChecker checker, ICustomerClassifier classifier, int window,
        Analysis.ICustomerMessageAnalyzer? redactor = null)
        : this(keywords, vocabulary, checker, classifier, window, null, null, null, redactor)
    {
    }

    public InspectionPartition(
        KeywordExtractor keywords, InspectionVocabulary vocabulary, IReplyChecker checker, ICustomerClassifier classifier, int window,
        ConversationRules? rules, Scorecard? card, IReadOnlyDictionary<string, string>? lintMessages, Analysis.ICustomerMessageAnalyzer? redactor = null)
    {
        _redactor = redactor;
        if (rules is not null && card is not null)
        {
            _scoring = new ConversationScoring(rules, card, lintMessages ?? new Dictionary<string, string>(), Aggregate.ConversationRuleCounts);
        }

        _keywords = keywords;
        _vocabulary = vocabulary;
        _checker = checker;
        _classifier = classifier;
        _window = window;
        _terms = new TermTable(Aggregate);
    }

    public InsightAggregate Aggregate { get; } = new();

    /// <summary>
    /// Whether <see cref="CustomerSignals.MayHoldPersonalData"/> false may skip the redactor: set when the classifier
    /// analyses with the redactor itself (<see cref="AnalyzerCustomerClassifier"/> over the same analyzer).
    /// </summary>
    public bool TrustsPersonalDataSignal { get; init; }

    public int OpenConversations => _open.Count;

    /// <summary>Closes conversations silent for more than 24 h of log time before <paramref name="watermarkTicks"/>.</summary>
    public void CloseIdle(long watermarkTicks)
    {
        while (_lru.First is { } node && node.Value.LastAtTicks + FollowUpWindowTicks < watermarkTicks)
        {
            Close(node.Value, endOfInputTicks: null);
        }
    }

    /// <summary>Closes everything at the end of the input; follow-ups still inside their 24 h are pending.</summary>
    public void Finish(long maxAtTicks)
    {
        while (_lru.First is { } node)
        {
            Close(node.Value, maxAtTicks);
        }
    }

    /// <summary>Processes one message; <paramref name="watermarkTicks"/> is the latest time read so far.</summary>
    public void Process(ChatMessage m, long seq, long watermarkTicks)
    {
        CloseIdle(watermarkTicks);
        var agg = Aggregate;
        agg.Messages++;
        agg.SeeTime(m.At);
        var at = m.At.UtcTicks;
        var state = Open(m.Conversation, at, seq);
        if (m.Role == ChatRole.Customer)
        {
            ProcessCustomer(m, seq, state);
        }
        else
        {
            ProcessAgent(m, state, at);
        }
    }

    private void ProcessCustomer(ChatMessage m, long seq, ConversationState state)
    {
        var agg = Aggregate;
        agg.CustomerMessages++;
        if (!state.HasCustomer)
        {
            state.HasCustomer = true;
            agg.CustomerConversations++;
        }

        var text = m.Text;
        var s = _classifier.Classify(text);
        var isQuestion = _vocabulary.IsQuestion(text);
        // A fresh bout of upset (or the complaint itself) asks for a fresh apology (CSE009 carry-over ends).
        var upset = s.Emotion.IsUpset();
        if ((upset && !state.CustomerUpset) || (s.IsComplaint && !state.Complaint))
        {
            state.EmpathyShown = false;
        }

        state.CustomerUpset = upset;
        state.Track?.Customer(m.At.UtcTicks, upset, isQuestion, text);

        state.LastCustomerEmotion = s.Emotion;
        InsightAggregate.Count(agg.Intents, s.Intent);
        InsightAggregate.Count(agg.Emotions, EmotionName(s.Emotion));
        if (s.IsAbusive)
        {
            agg.AbusiveMessages++;
        }

        if (s.IsComplaint && !state.Complaint)
        {
            state.Complaint = true;
            agg.ComplaintConversations++;
        }

        // Corpus term counts: TF-IDF over all customer text, first-occurrence keys (message, word index).
        _terms.Clear();
        // Reports redact by default: terms and samples come from the masked text, never from personal data.
        // The classifier's analyzer may already know that redaction changes nothing (no phone, ID, address … fact).
        var sample = _redactor is null || (TrustsPersonalDataSignal && !s.MayHoldPersonalData) ? text : _redactor.Redact(text);
        _keywords.CountCandidates(sample, _terms, skipNumberLike: true);
        var n = _terms.Count;
        if (n == 0)
        {
            return;
        }

        var baseKey = seq << 20;
        for (var i = 0; i < n; i++)
        {
            agg.AddTerm(_terms.WordAt(i), (long)_terms.CountAt(i), baseKey + Math.Min(i, (1 << 20) - 1));
        }

        agg.TermTotal += (long)_terms.Total;
        if (!isQuestion)
        {
            return;
        }

        if (!state.AskedQuestion)
        {
            state.AskedQuestion = true;
            agg.QuestionConversations++;
        }

        // The question's topic: its best TF-IDF keyword that belongs to a known topic, else its best keyword
        // (ties: first occurrence).
        var best = 0;
        var bestWeight = double.NegativeInfinity;
        string? topic = null;
        var topicWeight = double.NegativeInfinity;
        var idf = _keywords.Idf;
        for (var i = 0; i < n; i++)
        {
            var word = _terms.WordAt(i);
            var w = _terms.CountAt(i) * (idf.GetIdfOrMedian(word) / _terms.Total);
            if (w > bestWeight)
            {
                bestWeight = w;
                best = i;
            }

            if (w > topicWeight && _vocabulary.TryGetTopic(word, out var label0))
            {
                topicWeight = w;
                topic = label0;
            }
        }

        var label = topic ?? _terms.WordAt(best);
        state.Topics ??= [];
        if (state.Topics.Count < ConversationState.MaxTopics && !state.Topics.Contains(label))
        {
            state.Topics.Add(label);
            agg.AddCluster(label, 1, seq, Internal.TextClip.Clip(sample, 80));
        }
    }

    private void ProcessAgent(ChatMessage m, ConversationState state, long at)
    {
        var agg = Aggregate;
        agg.AgentMessages++;
        var agent = agg.Agent(m.Agent!);
        agent.Replies++;
        _ruleIds.Clear();
        if (_checker.Check(m.Text, state.Complaint, state.LastCustomerEmotion, state.EmpathyShown, _ruleIds, out var showsEmpathy))
        {
            agent.FlaggedReplies++;
        }

        state.EmpathyShown |= showsEmpathy;
        state.Track?.AgentReply(m.Agent!, at, m.Text, _ruleIds);

        foreach (var rule in _ruleIds)
        {
            agent.FindingsByRule[rule] = agent.FindingsByRule.GetValueOrDefault(rule) + 1;
        }

        if (!state.Complaint)
        {
            return;
        }

        if (!state.ComplaintHandled)
        {
            state.ComplaintHandled = true;
            agent.ComplaintsHandled++;
        }

        var text = m.Text.AsSpan();
        if (!state.SolutionSeen)
        {
            // 投诉处理四步法: 先道歉再处理问题 — the apology must come before (or with, earlier in) the first solution.
            var apology = _vocabulary.IndexOfApology(text);
            var solution = _vocabulary.IndexOfSolution(text);
            if (solution >= 0)
            {
                state.SolutionSeen = true;
                state.SolutionAtTicks = at;
                state.SolutionAgent = m.Agent;
                agent.ApologyApplicable++;
                agent.FollowUpApplicable++;
                if (state.Apologized || (apology >= 0 && apology < solution))
                {
                    agent.ApologyCompliant++;
                }
            }
            else if (apology >= 0)
            {
                state.Apologized = true;
            }
        }
        else if (!state.FollowUpResolved)
        {
            // 闭环跟进: 问题解决后24小时内回访.
            if (at - state.SolutionAtTicks > FollowUpWindowTicks)
            {
                state.FollowUpResolved = true;
            }
            else if (_vocabulary.IsFollowUp(text))
            {
                state.FollowUpResolved = true;
                agg.Agent(state.SolutionAgent!).FollowUpCompliant++;
            }
        }
    }

    // Enum.ToString allocates; the names array is indexed by the (contiguous, zero-based) enum values.
    private static string EmotionName(CustomerEmotion emotion) =>
        (uint)emotion < (uint)EmotionNames.Length ? EmotionNames[(int)emotion] : emotion.ToString();

    private void Score(ConversationState state, ConversationTracker track)
    {
        track.Finish();
        var agg = Aggregate;
        if (track.WasUpset)
        {
            agg.UpsetConversations++;
        }

        if (track.HasCustomer && track.EndedUpset)
        {
            agg.EndedUpsetConversations++;
        }

        if (track.FirstResponseTicks >= 0)
        {
            agg.FirstResponses++;
            agg.FirstResponseTicks += track.FirstResponseTicks;
        }

        agg.Responses += track.ResponseCount;
        agg.ResponseTicks += track.ResponseTicksSum;
        if (track.AgentReplies == 0 && track.FindingCount == 0)
        {
            return;
        }

        var (score, critical) = track.Score();
        agg.ScoredConversations++;
        agg.ScoreSum += score;
        if (critical)
        {
            agg.CriticalConversations++;
        }

        if (track.Agent is { } agent)
        {
            var t = agg.Agent(agent);
            t.ScoredConversations++;
            t.ScoreSum += score;
            if (critical)
            {
                t.CriticalConversations++;
            }
        }

        // Only a conversation that enters the (bounded) sample list has its finding texts redacted and clipped.
        var sample = new ConversationQuality(state.Id, track.Agent, score, critical, []) { FirstSeq = state.FirstSeq };
        if (agg.WouldKeepConversationSample(sample))
        {
            agg.AddConversationSample(sample with { Findings = track.RenderFindings() });
        }
    }


    private ConversationState Open(string id, long at, long seq)
    {
        if (_open.TryGetValue(id, out var state))
        {
            _lru.Remove(state.Node!);
            _lru.AddLast(state.Node!);
        }
        else
        {
            if (_open.Count >= _window)
            {
                Aggregate.ConversationsClosedEarly++;
                Close(_lru.First!.Value, endOfInputTicks: null);
            }

            state = new ConversationState(id) { FirstSeq = seq };
            if (_scoring is not null)
            {
                state.Track = new ConversationTracker(_scoring, _redactor);
            }

            state.Node = _lru.AddLast(state);
            _open.Add(id, state);
            Aggregate.Conversations++;
        }

        state.LastAtTicks = Math.Max(state.LastAtTicks, at);
        return state;
    }

    private void Close(ConversationState state, long? endOfInputTicks)
    {
        _lru.Remove(state.Node!);
        _open.Remove(state.Id);
        if (state.Track is { } track)
        {
            Score(state, track);
        }

        if (state.SolutionSeen && !state.FollowUpResolved && endOfInputTicks is { } end
            && end - state.SolutionAtTicks <= FollowUpWindowTicks)
        {
            // The log ends before the 24 h follow-up window does: neither kept nor missed yet.
            Aggregate.Agent(state.SolutionAgent!).FollowUpPending++;
        }
    }
}
