namespace CsEtiquette.Linting.Engine;

/// <summary>
/// Decides at load time whether one token pattern matches everywhere another does (language inclusion), so that a
/// pattern its own antipattern covers, or a pattern an earlier exception-free pattern of the same rule shadows, is
/// rejected instead of being silently dead. Sound, not complete: it answers true only when the inclusion holds for every
/// text and every segmentation (a <c>_</c> of the covering pattern is only taken against a <c>_</c> of the covered one,
/// because a literal need not be one token), so a valid pack is never rejected. Pure and thread-safe.
/// </summary>
internal static class PatternCoverage
{
    /// <summary>Bound on the explored (state, state set) pairs; beyond it the answer is "not proven" (false).</summary>
    private const int MaxPairs = 20_000;

    /// <summary>
    /// True when every text that <paramref name="covered"/> matches (on any token boundaries) is also matched by
    /// <paramref name="covering"/> over the same span.
    /// </summary>
    public static bool Covers(PatternElement[] covering, PatternElement[] covered)
    {
        var p = Nfa.Build(covered);
        var e = Nfa.Build(covering);
        var start = e.Closure([0]);
        var seen = new HashSet<(int, string)>();
        var work = new Stack<(int State, int[] Set)>();
        foreach (var s in p.Closure([0]))
        {
            Push(s, start);
        }

        while (work.Count > 0)
        {
            var (state, set) = work.Pop();
            if (set.Length == 0)
            {
                return false; // every state of an element chain reaches the accept state: covered has a match covering lacks
            }

            if (state == p.Accept && Array.IndexOf(set, e.Accept) < 0)
            {
                return false;
            }

            foreach (var (kind, c, target) in p.Edges[state])
            {
                switch (kind)
                {
                    case EdgeKind.Char:
                        Next(target, e.Step(set, EdgeKind.Char, c));
                        break;
                    case EdgeKind.Number:
                        foreach (var n in TokenAutomaton.NumeralText)
                        {
                            Next(target, e.Step(set, EdgeKind.Char, n));
                        }

                        break;
                    case EdgeKind.Any:
                        Next(target, e.Step(set, EdgeKind.Any, '\0'));
                        break;
                    default:
                        break; // epsilon: already followed by the closure
                }

                if (seen.Count > MaxPairs)
                {
                    return false;
                }
            }
        }

        return true;

        void Next(int target, List<int> stepped)
        {
            var closed = e.Closure(stepped);
            foreach (var t in p.Closure([target]))
            {
                Push(t, closed);
            }
        }

        void Push(int state, int[] set)
        {
            if (seen.Add((state, string.Join(',', set))))
            {
                work.Push((state, set));
            }
        }
    }

    private enum EdgeKind
    {
        Char,
        Number,
        Any,
        Epsilon,
    }

    /// <summary>A small NFA of one pattern: state 0 is the start, <see cref="Accept"/> the end.</summary>
    private sealed class Nfa
    {
        public List<List<(EdgeKind Kind, char C, int Target)>> Edges { get; } = [];

        public int Accept { get; private set; }

        public static Nfa Build(PatternElement[] elements)
        {
            var n = new Nfa();
            var join = n.NewState();
            foreach (var el in elements)
            {
                var next = n.NewState();
                switch (el.Kind)
                {
                    case PatternElementKind.Number:
                        var loop = n.NewState();
                        n.Edges[join].Add((EdgeKind.Number, '\0', loop));
                        n.Edges[loop].Add((EdgeKind.Number, '\0', loop));
                        n.Edges[loop].Add((EdgeKind.Epsilon, '\0', next));
                        break;
                    case PatternElementKind.AnyToken:
                        n.Edges[join].Add((EdgeKind.Any, '\0', next));
                        break;
                    default:
                        foreach (var alt in el.Alternatives)
                        {
                            var cur = join;
                            for (var i = 0; i < alt.Length; i++)
                            {
                                var to = i == alt.Length - 1 ? next : n.NewState();
                                n.Edges[cur].Add((EdgeKind.Char, alt[i], to));
                                cur = to;
                            }
                        }

                        break;
                }

                if (el.Optional)
                {
                    n.Edges[join].Add((EdgeKind.Epsilon, '\0', next));
                }

                join = next;
            }

            n.Accept = join;
            return n;
        }

        public int[] Closure(IEnumerable<int> states)
        {
            var set = new SortedSet<int>();
            var stack = new Stack<int>(states);
            while (stack.Count > 0)
            {
                var s = stack.Pop();
                if (!set.Add(s))
                {
                    continue;
                }

                foreach (var (kind, _, target) in Edges[s])
                {
                    if (kind == EdgeKind.Epsilon)
                    {
                        stack.Push(target);
                    }
                }
            }

            return [.. set];
        }

        /// <summary>States reached from <paramref name="set"/> on one character (<c>&lt;num&gt;</c> edges take numerals) or one token.</summary>
        public List<int> Step(int[] set, EdgeKind kind, char c)
        {
            var result = new List<int>();
            var numeral = kind == EdgeKind.Char && TokenAutomaton.IsNumeral(c);
            foreach (var s in set)
            {
                foreach (var (k, ch, target) in Edges[s])
                {
                    if ((kind == EdgeKind.Char && k == EdgeKind.Char && ch == c) || (numeral && k == EdgeKind.Number) || (kind == EdgeKind.Any && k == EdgeKind.Any))
                    {
                        result.Add(target);
                    }
                }
            }

            return result;
        }

        private int NewState()
        {
            Edges.Add([]);
            return Edges.Count - 1;
        }
    }
}
