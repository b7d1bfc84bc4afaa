using CsEtiquette.Linting;
using CsEtiquette.Linting.Engine;

namespace CsEtiquette.Tests.Linting;

/// <summary>
/// The DAG automaton (alternatives of an element share one join node, copy-on-write between patterns) accepts
/// exactly what each pattern spells out: every expansion of every pattern of the default pack is accepted by the
/// automaton built from the whole pack, and a pattern is not accepted on text another pattern spells.
/// </summary>
public sealed class TokenAutomatonTests
{
    private static readonly (PatternElement[] Elements, string Text)[] Patterns = CollectPatterns();

    private static (PatternElement[] Elements, string Text)[] CollectPatterns()
    {
        var list = new List<(PatternElement[], string)>();
        foreach (var rule in RulePack.Default.Rules)
        {
            foreach (var p in rule.Patterns)
            {
                list.Add((p.Elements, p.Text));
                foreach (var x in p.Except)
                {
                    list.Add((x.Elements, x.Text));
                }
            }

            foreach (var x in rule.Exceptions)
            {
                list.Add((x.Elements, x.Text));
            }
        }

        return list.ToArray();
    }

    [Fact]
    public void EveryExpansion_OfEveryPattern_IsAccepted()
    {
        var automaton = TokenAutomaton.Build(Patterns.Select(p => p.Elements).ToList());
        var random = new Random(15);
        var failures = new List<string>();
        for (var id = 0; id < Patterns.Length; id++)
        {
            var (elements, text) = Patterns[id];
            if (elements.Any(e => e.Kind == PatternElementKind.AnyToken))
            {
                continue; // "_" needs token boundaries; the superset scan does not follow it
            }

            var stop = new bool[Patterns.Length];
            stop[id] = true;
            for (var sample = 0; sample < 40; sample++)
            {
                var s = Expand(elements, random, sample);
                if (automaton.ScanSuperset(s, stop, new bool[Patterns.Length], out _))
                {
                    failures.Add($"{text} ⟵ {s}");
                    break;
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    [Fact]
    public void Alternatives_DoNotLeakBetweenPatterns()
    {
        // "(a|b) c" and "a d": "b d" must not be accepted by the second pattern.
        PatternElement L(bool optional, params string[] alts) => new(PatternElementKind.Literal, alts, optional);
        var automaton = TokenAutomaton.Build([[L(false, "甲", "乙"), L(false, "丙")], [L(false, "甲"), L(false, "丁")], [L(true, "戊"), L(false, "甲", "乙"), L(false, "丁", "丙")]]);
        Assert.False(automaton.ScanSuperset("甲丁", [false, true, false], [false, false, false], out _));
        Assert.True(automaton.ScanSuperset("乙丁", [false, true, false], [false, false, false], out _));
        Assert.False(automaton.ScanSuperset("戊乙丁", [false, false, true], [false, false, false], out _));
        Assert.True(automaton.ScanSuperset("戊乙戊", [true, true, true], [false, false, false], out _));
    }

    private static string Expand(PatternElement[] elements, Random random, int sample)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var e in elements)
        {
            if (e.Optional && (sample == 0 || random.Next(3) == 0))
            {
                continue;
            }

            switch (e.Kind)
            {
                case PatternElementKind.Number:
                    sb.Append(random.Next(2) == 0 ? "3" : "十五");
                    break;
                default:
                    sb.Append(e.Alternatives[random.Next(e.Alternatives.Length)]);
                    break;
            }
        }

        return sb.ToString();
    }
}

