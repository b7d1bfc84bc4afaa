using System.Collections.Frozen;

namespace CsEtiquette.Linting.Engine;

/// <summary>What an automaton pattern id stands for.</summary>
internal enum EntryKind
{
    /// <summary>A rule pattern that produces findings.</summary>
    Match,

    /// <summary>An exception that cancels matches of its rule (or of one pattern).</summary>
    Exception,

    /// <summary>A detector word list (empathy words, step connectors…).</summary>
    Marker,
}

/// <summary>One pattern compiled into the automaton, with what it belongs to.</summary>
internal sealed record AutomatonEntry(int Rule, EntryKind Kind, PatternSpec? Pattern, ExceptionSpec? Exception, int Owner, string? Marker);

/// <summary>
/// The merged, enabled rules of a linter compiled into one <see cref="TokenAutomaton"/>. Built once per
/// <see cref="ReplyLinter"/>; immutable and thread-safe.
/// </summary>
internal sealed class CompiledRuleSet
{
    public CompiledRuleSet(IReadOnlyList<RuleDefinition> rules, IReadOnlyDictionary<string, string> slotDefaults)
    {
        Rules = rules.ToArray();
        SlotDefaults = slotDefaults.ToFrozenDictionary(StringComparer.Ordinal);
        var entries = new List<AutomatonEntry>();
        var elements = new List<PatternElement[]>();
        for (var r = 0; r < Rules.Length; r++)
        {
            var rule = Rules[r];
            foreach (var p in rule.Patterns)
            {
                var owner = entries.Count;
                entries.Add(new AutomatonEntry(r, EntryKind.Match, p, null, -1, null));
                elements.Add(p.Elements);
                foreach (var x in p.Except)
                {
                    entries.Add(new AutomatonEntry(r, EntryKind.Exception, null, x, owner, null));
                    elements.Add(x.Elements);
                }
            }

            foreach (var x in rule.Exceptions)
            {
                entries.Add(new AutomatonEntry(r, EntryKind.Exception, null, x, -1, null));
                elements.Add(x.Elements);
            }

            foreach (var (name, list) in rule.Markers)
            {
                foreach (var m in list)
                {
                    entries.Add(new AutomatonEntry(r, EntryKind.Marker, m, null, -1, name));
                    elements.Add(m.Elements);
                }
            }
        }

        Entries = entries.ToArray();
        Automaton = TokenAutomaton.Build(elements);
        Detectors = new RuleDetector[Rules.Length];
        for (var r = 0; r < Rules.Length; r++)
        {
            Detectors[r] = RuleDetector.Create(Rules[r], r);
        }

        // For the segmentation-free clean check, a second, smaller automaton over the entries that matter:
        // every Match pattern (may produce a finding) and the "steps" markers of structure rules (counted,
        // an upper bound on the detector's count). Exceptions and other markers can only remove findings.
        var quick = new List<PatternElement[]>();
        var stop = new List<bool>();
        var count = new List<bool>();
        for (var i = 0; i < Entries.Length; i++)
        {
            var e = Entries[i];
            var isStop = e.Kind == EntryKind.Match;
            var isCount = e.Kind == EntryKind.Marker && Detectors[e.Rule] is StructureDetector && e.Marker == StructureDetector.StepsMarker;
            if (isStop || isCount)
            {
                quick.Add(elements[i]);
                stop.Add(isStop);
                count.Add(isCount);
            }
        }

        QuickAutomaton = TokenAutomaton.Build(quick);
        QuickStop = stop.ToArray();
        QuickCount = count.ToArray();
        LiteralFilter = new RequiredLiteralFilter(
            quick.Where((_, i) => stop[i]),
            quick.Where((_, i) => count[i]));
    }

    /// <summary>The required-literal pre-check of the clean shortcut (same stop / counted entries as <see cref="QuickAutomaton"/>).</summary>
    public RequiredLiteralFilter LiteralFilter { get; }

    /// <summary>The automaton of the clean check (ids index <see cref="QuickStop"/> / <see cref="QuickCount"/>).</summary>
    public TokenAutomaton QuickAutomaton { get; }

    /// <summary>Quick entries whose (superset) match means a lint may have a finding: every <see cref="EntryKind.Match"/>.</summary>
    public bool[] QuickStop { get; }

    /// <summary>Quick entries counted by the clean check: the "steps" markers of structure rules.</summary>
    public bool[] QuickCount { get; }

    public RuleDefinition[] Rules { get; }

    public FrozenDictionary<string, string> SlotDefaults { get; }

    public AutomatonEntry[] Entries { get; }

    public TokenAutomaton Automaton { get; }

    /// <summary>The detector of each rule (null for plain pattern rules).</summary>
    public RuleDetector?[] Detectors { get; }
}
