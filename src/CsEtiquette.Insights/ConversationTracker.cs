namespace CsEtiquette.Insights;

/// <summary>
/// Runs the conversation rules (CSC001…CSC010) and the scorecard over one conversation as its messages arrive, in
/// constant space per conversation (flags, a few timestamps, at most <see cref="MaxFindings"/> findings). Owned by
/// one partition; not thread-safe. A finding keeps the original message (when at most <see cref="LazyText"/>
/// characters; longer ones are redacted and clipped at once), and <see cref="RenderFindings"/> redacts (with the
/// partition's redactor, when personal data is masked) and then clips it to 120 characters, so only conversations
/// that enter the report pay for redaction and a clip never cuts a phone number or address before it is masked.
/// </summary>
internal sealed class ConversationTracker
{
    public const int MaxFindings = 32;
    private const int MaxText = 120;

    /// <summary>Longest message a finding holds unredacted until <see cref="RenderFindings"/> (bounds the memory).</summary>
    internal const int LazyText = 512;

    /// <summary>The built-in rules a pack must define.</summary>
    internal static readonly string[] RuleIds = ["CSC001", "CSC002", "CSC003", "CSC004", "CSC005", "CSC006", "CSC007", "CSC008", "CSC009", "CSC010"];

    private readonly ConversationRules _rules;
    private readonly ConversationScoring _scoring;
    private readonly int[] _itemCounts;
    private readonly Analysis.ICustomerMessageAnalyzer? _redactor;
    private bool _critical;
    private List<PendingFinding>? _findings;
    private int _turn;
    private int _agentReplies;
    private long _waitingSince = long.MinValue;
    private bool _negativePending;
    private bool _empathizedInBout;
    private bool _stillAngry;
    private bool _wasUpset;
    private bool _lastUpset;
    private bool _closingSeen;
    private int _pendingQuestionTurn;
    private string? _pendingQuestionText;
    private int _promiseTurn;
    private string? _promiseText;
    private uint _requested;
    private uint _askedTwice;
    private int _lastAgentTurn;
    private string? _lastAgentText;
    private int _dropped;

    /// <param name="scoring">The partition's rules and scorecard.</param>
    /// <param name="redactor">Masks personal data in the finding texts; null keeps them verbatim (<c>--no-redact</c>).</param>
    public ConversationTracker(ConversationScoring scoring, Analysis.ICustomerMessageAnalyzer? redactor = null)
    {
        _scoring = scoring;
        _redactor = redactor;
        _rules = scoring.Rules;
        _itemCounts = new int[scoring.Card.Items.Count];
    }

    public string? Agent { get; private set; }

    public bool WasUpset => _wasUpset;

    public bool EndedUpset => _lastUpset;

    public bool HasCustomer { get; private set; }

    public long FirstResponseTicks { get; private set; } = -1;

    public long ResponseTicksSum { get; private set; }

    public int ResponseCount { get; private set; }

    public int AgentReplies => _agentReplies;

    /// <summary>Findings kept (at most <see cref="MaxFindings"/>).</summary>
    public int FindingCount => _findings?.Count ?? 0;

    /// <summary>Findings beyond <see cref="MaxFindings"/> (counted, not kept).</summary>
    public int DroppedFindings => _dropped;

    public void Customer(long at, bool upset, bool isQuestion, string text)
    {
        _turn++;
        HasCustomer = true;
        if (_waitingSince == long.MinValue)
        {
            _waitingSince = at;
        }

        if (upset)
        {
            // Upset again after the agent already empathised in this bout: the customer is still angry.
            _stillAngry = _empathizedInBout;
            _negativePending = true;
            _wasUpset = true;
        }
        else
        {
            _stillAngry = false;
            _empathizedInBout = false;
        }

        _lastUpset = upset;
        if (isQuestion && _pendingQuestionTurn == 0)
        {
            _pendingQuestionTurn = _turn;
            _pendingQuestionText = text;
        }
    }

    /// <summary>An agent reply; <paramref name="lintRules"/> are the reply linter's rule ids for it.</summary>
    public void AgentReply(string agent, long at, string text, List<string> lintRules)
    {
        _turn++;
        Agent ??= agent;
        var span = text.AsSpan();
        if (_agentReplies == 0 && span.IndexOfAny(_rules.Greeting) < 0)
        {
            Add("CSC009", _turn, text);
        }

        if (_waitingSince != long.MinValue)
        {
            var delay = at - _waitingSince;
            if (_agentReplies == 0)
            {
                FirstResponseTicks = Math.Max(0, delay);
                if (delay > _rules.FirstResponseLimit.Ticks)
                {
                    Add("CSC003", _turn, text);
                }
            }
            else
            {
                ResponseTicksSum += Math.Max(0, delay);
                ResponseCount++;
                if (delay > _rules.ResponseLimit.Ticks)
                {
                    Add("CSC004", _turn, text);
                }
            }

            _waitingSince = long.MinValue;
        }

        _agentReplies++;
        _pendingQuestionTurn = 0;
        _pendingQuestionText = null;
        var empathy = span.IndexOfAny(_rules.Empathy);
        var solution = span.IndexOfAny(_rules.Solution);
        if (_negativePending)
        {
            if (solution >= 0 && !(empathy >= 0 && empathy < solution))
            {
                Add(_stillAngry ? "CSC002" : "CSC001", _turn, text);
                _negativePending = false;
            }
            else if (empathy >= 0)
            {
                _negativePending = false;
                _empathizedInBout = true;
            }
        }

        if (span.IndexOfAny(_rules.AgentAbuse) >= 0)
        {
            Add("CSC010", _turn, text);
        }

        if (span.IndexOfAny(_rules.RequestCue) >= 0)
        {
            var items = _rules.Items;
            for (var i = 0; i < items.Count && i < 32; i++)
            {
                if (span.Contains(items[i], StringComparison.Ordinal))
                {
                    var bit = 1u << i;
                    if ((_requested & bit) != 0 && (_askedTwice & bit) == 0)
                    {
                        _askedTwice |= bit;
                        Add("CSC006", _turn, text);
                    }

                    _requested |= bit;
                }
            }
        }

        var recorded = span.IndexOfAny(_rules.Record) >= 0;
        if (recorded)
        {
            _promiseTurn = 0;
        }

        if (span.IndexOfAny(_rules.Promise) >= 0 && !recorded && _promiseTurn == 0)
        {
            _promiseTurn = _turn;
            _promiseText = text;
        }

        // The closing belongs to the agent's last reply (a question after it is CSC005, not a missing closing).
        _closingSeen = span.IndexOfAny(_rules.Closing) >= 0;
        _lastAgentTurn = _turn;
        _lastAgentText = text;
        foreach (var rule in lintRules)
        {
            Add(rule, _turn, text, _scoring.MessageOf(rule));
        }
    }

    /// <summary>Closes the conversation: unanswered question, promise not recorded, no closing.</summary>
    public void Finish()
    {
        if (_pendingQuestionTurn > 0)
        {
            Add("CSC005", _pendingQuestionTurn, _pendingQuestionText!);
        }

        if (_promiseTurn > 0)
        {
            Add("CSC008", _promiseTurn, _promiseText!);
        }

        if (_agentReplies > 0 && !_closingSeen)
        {
            Add("CSC007", _lastAgentTurn, _lastAgentText!);
        }

        _findings?.Sort(static (a, b) => a.Turn != b.Turn ? a.Turn.CompareTo(b.Turn) : string.CompareOrdinal(a.Rule, b.Rule));
    }

    /// <summary>
    /// The findings as the report shows them: each text redacted (when a redactor is set) and then clipped to 120
    /// characters; a message behind several findings is redacted once. Call after <see cref="Finish"/>.
    /// </summary>
    public IReadOnlyList<ConversationFinding> RenderFindings()
    {
        if (_findings is null)
        {
            return [];
        }

        var result = new ConversationFinding[_findings.Count];
        string? lastRaw = null, lastShown = null;
        for (var i = 0; i < result.Length; i++)
        {
            var f = _findings[i];
            var text = f.Text;
            if (!f.Shown)
            {
                if (!ReferenceEquals(text, lastRaw))
                {
                    lastRaw = text;
                    lastShown = Show(text);
                }

                text = lastShown!;
            }

            result[i] = new ConversationFinding(f.Rule, f.Turn, f.Message, text);
        }

        return result;
    }

    /// <summary>Redact first, then clip: a mask (<c>138****5678</c>, <c>[地址]</c>) may be cut, a number never half-masked.</summary>
    private string Show(string text) => Internal.TextClip.Clip(_redactor is null ? text : _redactor.Redact(text), MaxText);

    /// <summary>The scorecard score (0..100) and whether a critical finding zeroed it; call after <see cref="Finish"/>.</summary>
    public (int Score, bool Critical) Score()
    {
        if (_critical)
        {
            return (0, true);
        }

        var card = _scoring.Card;
        double sum = 0, weights = 0;
        for (var i = 0; i < card.Items.Count; i++)
        {
            var it = card.Items[i];
            if (it.OnlyWhenNegative && !_wasUpset)
            {
                continue;
            }

            sum += it.Weight * Math.Max(0, 1 - (it.Penalty * _itemCounts[i]));
            weights += it.Weight;
        }

        return (weights > 0 ? (int)Math.Round(100 * sum / weights, MidpointRounding.AwayFromZero) : 100, false);
    }

    private void Add(string rule, int turn, string text, string? message = null)
    {
        var (item, critical) = _scoring.Classify(rule);
        _critical |= critical;
        if (item >= 0)
        {
            _itemCounts[item]++;
        }

        _scoring.Count(rule);
        if ((_findings?.Count ?? 0) >= MaxFindings)
        {
            _dropped++;
            return;
        }

        message ??= _rules.ById.TryGetValue(rule, out var r) ? r.Message : rule;
        // Short messages (nearly all) are kept by reference and redacted only if the conversation enters the report.
        (_findings ??= []).Add(text.Length <= LazyText ? new PendingFinding(rule, turn, message, text, Shown: false) : new PendingFinding(rule, turn, message, Show(text), Shown: true));
    }

    /// <summary>A finding whose text is the original message (<paramref name="Shown"/> false) or already redacted and clipped.</summary>
    private readonly record struct PendingFinding(string Rule, int Turn, string Message, string Text, bool Shown);
}
