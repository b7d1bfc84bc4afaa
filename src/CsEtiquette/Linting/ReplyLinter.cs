using CsEtiquette.Linting.Engine;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Linting;

/// <summary>
/// The reply linter (回复质检): segments a draft, runs every rule's token patterns in one pass of a
/// precompiled automaton, applies exceptions, quotes and inline suppression, runs the detector rules
/// (exclamation marks, empathy, emoji, structure) and returns findings with fixes.
/// Build once and share: construction compiles the rules; <see cref="Lint"/> is thread-safe and never throws
/// for any string (empty, huge, lone surrogates).
/// </summary>
public sealed class ReplyLinter : IReplyLinter
{
    private static readonly Lazy<ReplyLinter> LazyDefault = new(() => new ReplyLinter(), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Finding[] NoFindings = [];
    private readonly CompiledRuleSet _set;
    private readonly IChineseSegmenter _segmenter;
    private readonly bool _english;
    private readonly bool _inline;

    /// <summary>Builds a linter from <paramref name="options"/> (null = the default pack, every rule on).</summary>
    /// <exception cref="RulePackException">A pack cannot be loaded or compiled.</exception>
    /// <exception cref="ArgumentException">An option is invalid (the message names it, e.g. an unknown id in <see cref="LintOptions.DisabledRules"/>).</exception>
    public ReplyLinter(LintOptions? options = null)
    {
        options ??= new LintOptions();
        _segmenter = options.Segmenter ?? ChineseSegmenter.Default;
        _english = options.EnglishMessages;
        _inline = options.AllowInlineSuppression;
        var packs = new List<RulePack>();
        if (options.IncludeDefaultPack)
        {
            packs.Add(RulePack.Default);
        }

        if (options.IncludeCompliancePack ?? options.IncludeDefaultPack)
        {
            packs.Add(RulePack.Compliance);
        }

        if (options.ExtraPacks is null || options.ExtraPackPaths is null || options.DisabledRules is null)
        {
            throw new ArgumentException("LintOptions.ExtraPacks, ExtraPackPaths and DisabledRules must not be null.", nameof(options));
        }

        foreach (var p in options.ExtraPacks)
        {
            packs.Add(p ?? throw new ArgumentException("LintOptions.ExtraPacks contains null.", nameof(options)));
        }

        foreach (var path in options.ExtraPackPaths)
        {
            packs.Add(RulePack.Load(path ?? throw new ArgumentException("LintOptions.ExtraPackPaths contains null.", nameof(options))));
        }

        var order = new List<string>();
        var byId = new Dictionary<string, RuleDefinition>(StringComparer.Ordinal);
        var slots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (k, v) in ShopPolicy.Default.FactSlots())
        {
            slots[k] = v; // the shop facts live once, in ShopPolicy; packs and options.Policy override
        }

        foreach (var pack in packs)
        {
            foreach (var (k, v) in pack.SlotDefaults)
            {
                slots[k] = v;
            }

            foreach (var rule in pack.Rules)
            {
                if (!byId.ContainsKey(rule.Id))
                {
                    order.Add(rule.Id);
                }

                byId[rule.Id] = rule;
            }
        }

        if (options.Policy is { } policy)
        {
            policy.EnsureValid();
            foreach (var (k, v) in policy.FactSlots())
            {
                slots[k] = v;
            }
        }

        var disabled = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var id in options.DisabledRules)
        {
            if (id is null || !byId.Keys.Any(k => string.Equals(k, id, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"LintOptions.DisabledRules: unknown rule id '{id}' (known: {string.Join(", ", order)}).", nameof(options));
            }

            disabled.Add(id);
        }

        var severities = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);
        foreach (var (id, severity) in options.SeverityOverrides ?? throw new ArgumentException("LintOptions.SeverityOverrides must not be null.", nameof(options)))
        {
            if (!byId.Keys.Any(k => string.Equals(k, id, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"LintOptions.SeverityOverrides: unknown rule id '{id}' (known: {string.Join(", ", order)}).", nameof(options));
            }

            if (!Enum.IsDefined(severity))
            {
                throw new ArgumentException($"LintOptions.SeverityOverrides: '{id}' has an undefined severity {(int)severity}.", nameof(options));
            }

            severities[id] = severity;
        }

        var rules = new List<RuleDefinition>();
        foreach (var id in order)
        {
            if (!disabled.Contains(id))
            {
                rules.Add(severities.TryGetValue(id, out var s) ? byId[id].WithSeverity(s) : byId[id]);
            }
        }

        _set = new CompiledRuleSet(rules, slots);
        Rules = _set.Rules;
    }

    /// <summary>The shared linter over the default pack with every rule on; built lazily and thread-safely.</summary>
    public static ReplyLinter Default => LazyDefault.Value;

    /// <inheritdoc />
    public IReadOnlyList<RuleDefinition> Rules { get; }

    /// <summary>The segmenter drafts are tokenised with (for tests of the DI wiring).</summary>
    internal IChineseSegmenter Segmenter => _segmenter;

    /// <summary>Slot defaults merged from every pack (e.g. 处理时限 → 24小时).</summary>
    public IReadOnlyDictionary<string, string> SlotDefaults => _set.SlotDefaults;

    internal CompiledRuleSet RuleSet => _set;

    /// <summary>
    /// Removes inline suppression markers (<c>[cse-disable …]</c>) from a draft before it is sent.
    /// Returns <paramref name="draft"/> itself when it has none.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    public static string StripSuppressionMarkers(string draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return InlineSuppression.Strip(draft);
    }

    /// <summary>
    /// Lints <paramref name="draft"/>. Returns a report whose findings are ordered by offset then rule id;
    /// an empty or clean draft gives no findings (except CSE009 when the context is a complaint).
    /// Thread-safe; allocates only the report and its findings.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    public LintReport Lint(string draft, LintContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var findings = LintCore(draft, context ?? LintContext.Default);
        return new LintReport(draft, findings is null ? NoFindings : findings.ToArray());
    }

    /// <summary>
    /// When false, every lint segments and runs the full pipeline (tests compare both paths); default true.
    /// </summary>
    internal bool UseCleanCheck { get; init; } = true;

    /// <summary>
    /// True when <paramref name="draft"/> certainly has no finding, proven without segmenting it: no required
    /// literal of any rule pattern occurs in the raw text (<see cref="RequiredLiteralFilter"/>; or, with
    /// <see cref="UseLiteralFilter"/> off, the automaton walked from every position with token boundaries
    /// ignored accepts no pattern), and no detector can fire (no "!", no emoji, not a complaint/upset
    /// customer, too short or too few step markers for CSE012). Never true when the full lint would find
    /// something; false means "unknown" (the full lint decides). Exceptions, quotes and suppression can only
    /// remove findings, so they need not be looked at.
    /// </summary>
    internal bool IsCertainlyClean(string draft, LintContext context) =>
        UseLiteralFilter ? IsCertainlyCleanByLiterals(draft, context) : IsCertainlyCleanByAutomaton(draft, context);

    /// <summary>
    /// When false, the clean check walks the quick automaton (<see cref="IsCertainlyCleanByAutomaton"/>, the
    /// baseline before #15's literal filter) instead of the required-literal filter; default true.
    /// </summary>
    internal bool UseLiteralFilter { get; init; } = true;

    /// <summary>Replies longer than this (UTF-16 units) are checked by the automaton walk, which is linear in any length.</summary>
    internal const int MaxLiteralFilterLength = 1024;

    /// <summary>
    /// The clean check through <see cref="RequiredLiteralFilter"/>: no required literal (or numeral) of any
    /// rule pattern occurs in <paramref name="draft"/> as a substring, so no pattern matches under any
    /// segmentation, and no detector can fire (structure steps bounded by the counted marker literals).
    /// </summary>
    internal bool IsCertainlyCleanByLiterals(string draft, LintContext context)
    {
        // The filter confirms an anchor hit by searching the whole reply for the pattern's other required elements:
        // cheap on a chat reply, quadratic on a long document. Long texts take the linear automaton walk instead.
        if (draft.Length > MaxLiteralFilterLength)
        {
            return IsCertainlyCleanByAutomaton(draft, context);
        }

        if (!_set.LiteralFilter.Scan(draft, out var steps))
        {
            return false;
        }

        return NoDetectorMayFire(draft, context, steps);
    }

    /// <summary>The clean check by walking the quick automaton from every position (the baseline).</summary>
    internal bool IsCertainlyCleanByAutomaton(string draft, LintContext context)
    {
        if (!_set.QuickAutomaton.ScanSuperset(draft, _set.QuickStop, _set.QuickCount, out var steps))
        {
            return false;
        }

        return NoDetectorMayFire(draft, context, steps);
    }

    private bool NoDetectorMayFire(string draft, LintContext context, int steps)
    {
        foreach (var d in _set.Detectors)
        {
            if (d is not null && d.MayFire(draft, context, steps))
            {
                return false;
            }
        }

        return true;
    }

    internal List<Finding>? LintCore(string draft, LintContext context)
    {
        if (UseCleanCheck && IsCertainlyClean(draft, context))
        {
            return null;
        }

        var suppression = _inline ? InlineSuppression.Parse(draft) : default;
        var run = new LintRun(draft, _set, context, suppression, _english);
        run.Layout = new TextLayout(draft, _segmenter);
        var matches = new MatchBuffer(32);
        try
        {
            _set.Automaton.Run(draft, run.Layout, ref matches);
            var span = matches.AsSpan();
            span.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
                : a.End != b.End ? b.End.CompareTo(a.End) : a.Pattern.CompareTo(b.Pattern));
            run.Matches = span;
            CollectPatternFindings(ref run);
            for (var r = 0; r < _set.Rules.Length; r++)
            {
                if (_set.Detectors[r] is { } d && !run.IsSuppressed(_set.Rules[r]))
                {
                    d.Detect(ref run);
                }
            }
        }
        finally
        {
            matches.Dispose();
            run.Layout.Dispose();
        }

        if (run.Findings is { Count: > 1 } list)
        {
            RemoveSubsumed(list);
            list.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.RuleId, b.RuleId));
        }

        return run.Findings;
    }

    /// <summary>
    /// Drops a finding that lies inside a longer automatically fixable finding of another rule: the longer
    /// fix rewrites the whole phrase (你必须 → 麻烦您 already fixes 你; 不能马上解决 already fixes 马上).
    /// </summary>
    private static void RemoveSubsumed(List<Finding> list)
    {
        // Sweep by start (longest first) keeping the automatically fixable finding that reaches furthest.
        list.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        Finding? cover = null;
        var write = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var f = list[i];
            var subsumed = f.Length > 0 && cover is not null && cover.End >= f.End && cover.Length > f.Length && cover.RuleId != f.RuleId;
            if (!subsumed)
            {
                list[write++] = f;
            }

            if (f.AutomaticFix is not null && f.Length > 0 && (cover is null || f.End > cover.End))
            {
                cover = f;
            }
        }

        list.RemoveRange(write, list.Count - write);
    }

    private void CollectPatternFindings(ref LintRun run)
    {
        var rules = _set.Rules;
        var entries = _set.Entries;
        Span<int> lastEnd = rules.Length <= 64 ? stackalloc int[rules.Length] : new int[rules.Length];
        lastEnd.Fill(-1);

        // Reply-scope exceptions are global: note once which rules / patterns they cancel.
        Span<bool> ruleReply = rules.Length <= 64 ? stackalloc bool[rules.Length] : new bool[rules.Length];
        Span<bool> ownerReply = entries.Length <= 1024 ? stackalloc bool[entries.Length] : new bool[entries.Length];
        ruleReply.Clear();
        ownerReply.Clear();
        var matches = run.Matches;
        foreach (var x in matches)
        {
            var e = entries[x.Pattern];
            if (e.Kind == EntryKind.Exception && e.Exception!.Scope == ExceptionScope.Reply)
            {
                if (e.Owner >= 0)
                {
                    ownerReply[e.Owner] = true;
                }
                else
                {
                    ruleReply[e.Rule] = true;
                }
            }
        }

        for (var i = 0; i < matches.Length; i++)
        {
            var m = matches[i];
            var entry = entries[m.Pattern];
            if (entry.Kind != EntryKind.Match || m.Start < lastEnd[entry.Rule] || ruleReply[entry.Rule] || ownerReply[m.Pattern])
            {
                continue;
            }

            var rule = rules[entry.Rule];
            if (run.IsSuppressed(rule) || (rule.IgnoreQuoted && run.Layout.IsQuoted(m.Start, m.End)) || IsExcepted(run.Text, matches, m, entry))
            {
                continue;
            }

            lastEnd[entry.Rule] = m.End;
            AddPatternFinding(ref run, rule, entry.Pattern!, m);
        }
    }

    /// <summary>How far (in code units) a sentence-scope exception may be from the match.</summary>
    private const int SentenceWindow = 200;

    private bool IsExcepted(string text, ReadOnlySpan<PatternMatch> matches, PatternMatch m, AutomatonEntry entry)
    {
        // Matches are sorted by start; an exception is at most MaxMatchLength long, so only a window is scanned.
        var from = Math.Max(0, Math.Min(m.End - TokenAutomaton.MaxMatchLength, m.Start - SentenceWindow));
        var to = m.End + SentenceWindow;
        for (var i = FirstAtOrAfter(matches, from); i < matches.Length && matches[i].Start <= to; i++)
        {
            var x = matches[i];
            var e = _set.Entries[x.Pattern];
            if (e.Kind != EntryKind.Exception || e.Rule != entry.Rule || (e.Owner >= 0 && e.Owner != m.Pattern))
            {
                continue;
            }

            var ok = e.Exception!.Scope switch
            {
                ExceptionScope.Span => x.Start <= m.Start && x.End >= m.End,
                // the match's own words never except it (过两天 is vague although 两天 is a number of days)
                ExceptionScope.Sentence => SameSentence(text, m, x) && !(x.Start >= m.Start && x.End <= m.End),
                _ => false, // reply scope handled up front
            };
            if (ok)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstAtOrAfter(ReadOnlySpan<PatternMatch> matches, int start)
    {
        int lo = 0, hi = matches.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (matches[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static bool SameSentence(string text, PatternMatch m, PatternMatch x)
    {
        // No sentence end between the earlier match's end and the later match's start.
        int from = Math.Min(m.End, x.End), to = Math.Max(m.Start, x.Start);
        for (var i = Math.Max(0, from - 1); i < to && i < text.Length; i++)
        {
            if (i >= from && TextLayout.IsSentenceEnd(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private void AddPatternFinding(ref LintRun run, RuleDefinition rule, PatternSpec pattern, PatternMatch m)
    {
        string[]? captures = null;
        var capturesTried = false;
        string? automatic = null;
        List<string>? fixes = null;
        var slots = run.Context.Slots;
        foreach (var t in pattern.Replace)
        {
            if (t.UsesCaptures && !capturesTried)
            {
                capturesTried = true;
                captures = PatternCapture.TryCapture(pattern.Elements, run.Text, m.Start, m.End, run.Layout);
            }

            if (t.Render(slots, _set.SlotDefaults, captures) is { } text)
            {
                automatic ??= text;
                AddDistinct(ref fixes, text);
            }
        }

        foreach (var t in pattern.Suggest)
        {
            if (t.UsesCaptures && !capturesTried)
            {
                capturesTried = true;
                captures = PatternCapture.TryCapture(pattern.Elements, run.Text, m.Start, m.End, run.Layout);
            }

            if (t.Render(slots, _set.SlotDefaults, captures) is { } text)
            {
                AddDistinct(ref fixes, text);
            }
        }

        run.Add(rule, m.Start, m.End - m.Start, fixes is null ? [] : fixes.ToArray(), automatic);
    }

    private static void AddDistinct(ref List<string>? list, string text)
    {
        list ??= [];
        if (!list.Contains(text))
        {
            list.Add(text);
        }
    }
}
