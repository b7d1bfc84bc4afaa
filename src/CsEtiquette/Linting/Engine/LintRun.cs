namespace CsEtiquette.Linting.Engine;

/// <summary>The state of one <see cref="ReplyLinter.Lint"/> call, passed to detectors.</summary>
internal ref struct LintRun
{
    public LintRun(string text, CompiledRuleSet set, LintContext context, InlineSuppression suppression, bool english)
    {
        Text = text;
        Set = set;
        Context = context;
        Suppression = suppression;
        English = english;
        Findings = null;
    }

    public string Text { get; }

    public CompiledRuleSet Set { get; }

    public LintContext Context { get; }

    public InlineSuppression Suppression { get; }

    public bool English { get; }

    public TextLayout Layout;

    public ReadOnlySpan<PatternMatch> Matches;

    public List<Finding>? Findings;

    public readonly bool IsSuppressed(RuleDefinition rule)
    {
        if (Suppression.Suppresses(rule.Id))
        {
            return true;
        }

        if (Context.SuppressedRules.Count == 0)
        {
            return false;
        }

        foreach (var id in Context.SuppressedRules)
        {
            if (string.Equals(id, rule.Id, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds a finding unless it touches an inline suppression marker.</summary>
    public void Add(RuleDefinition rule, int start, int length, IReadOnlyList<string> fixes, string? automaticFix)
    {
        if (length > 0 && !Suppression.IsEmpty && Suppression.Overlaps(start, start + length))
        {
            return;
        }

        Findings ??= [];
        Findings.Add(new Finding(rule.Id, rule.Severity, start, length, Text.Substring(start, length), rule.MessageText.Get(English), fixes, automaticFix));
    }

    /// <summary>True when marker list <paramref name="marker"/> of rule <paramref name="ruleIndex"/> matched outside quotes.</summary>
    public readonly bool HasMarker(int ruleIndex, string marker, bool ignoreQuoted)
    {
        foreach (var m in Matches)
        {
            var e = Set.Entries[m.Pattern];
            if (e.Kind == EntryKind.Marker && e.Rule == ruleIndex && e.Marker == marker
                && !(ignoreQuoted && Layout.IsQuoted(m.Start, m.End)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Counts marker matches (non-overlapping, leftmost-longest) and returns their (start, end) in <paramref name="spans"/>.</summary>
    public readonly int CountMarkers(int ruleIndex, string marker, List<(int Start, int End)>? spans)
    {
        var count = 0;
        var lastEnd = -1;
        foreach (var m in Matches)
        {
            var e = Set.Entries[m.Pattern];
            if (e.Kind == EntryKind.Marker && e.Rule == ruleIndex && e.Marker == marker && m.Start >= lastEnd)
            {
                count++;
                lastEnd = m.End;
                spans?.Add((m.Start, m.End));
            }
        }

        return count;
    }
}
