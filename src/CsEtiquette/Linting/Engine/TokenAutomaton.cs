using System.Buffers;

namespace CsEtiquette.Linting.Engine;

/// <summary>
/// Every pattern of a rule set compiled once into one trie over characters with two token-level edges
/// (<c>&lt;num&gt;</c> runs and <c>_</c> = one whole token). It is walked from every token start; a match is
/// accepted only where a token ends, so a pattern matches whole words or word sequences however the
/// segmenter splits them inside (没办法 = 没|办法 or 没办法), and never a piece of a longer word
/// (不 in 不好意思, 你 in 迷你). One pass per message; immutable and thread-safe after construction.
/// </summary>
internal sealed class TokenAutomaton
{
    /// <summary>No match is longer than this many UTF-16 code units; bounds the work per token start.</summary>
    public const int MaxMatchLength = 64;

    private readonly int[] _edgeStart;
    private readonly int[] _edgeCount;
    private readonly char[] _edgeChars;
    private readonly int[] _edgeTargets;
    private readonly int[] _numChild;
    private readonly int[] _anyChild;
    private readonly bool[] _numLoop;
    private readonly int[] _epsStart;
    private readonly int[] _epsCount;
    private readonly int[] _eps;
    private readonly int[] _acceptStart;
    private readonly int[] _acceptCount;
    private readonly int[] _accepts;
    private readonly System.Buffers.SearchValues<char> _rootChars;
    private readonly System.Buffers.SearchValues<char> _startChars;
    private readonly int[] _rootTable; // root child + 1 by (c - _rootMin), 0 = none
    private readonly char _rootMin;

    private TokenAutomaton(Builder b)
    {
        var n = b.Children.Count;
        _edgeStart = new int[n];
        _edgeCount = new int[n];
        _numChild = b.NumChild.ToArray();
        _anyChild = b.AnyChild.ToArray();
        _numLoop = b.NumLoop.ToArray();
        _acceptStart = new int[n];
        _acceptCount = new int[n];
        _epsStart = new int[n];
        _epsCount = new int[n];
        var eps = new List<int>();
        var chars = new List<char>();
        var targets = new List<int>();
        var accepts = new List<int>();
        for (var i = 0; i < n; i++)
        {
            _edgeStart[i] = chars.Count;
            var keys = b.Children[i].Keys.ToArray();
            Array.Sort(keys);
            foreach (var k in keys)
            {
                chars.Add(k);
                targets.Add(b.Children[i][k]);
            }

            _edgeCount[i] = keys.Length;
            _acceptStart[i] = accepts.Count;
            accepts.AddRange(b.Accepts[i]);
            _acceptCount[i] = b.Accepts[i].Count;
            _epsStart[i] = eps.Count;
            eps.AddRange(b.Eps[i]);
            _epsCount[i] = b.Eps[i].Count;
        }

        _rootChars = System.Buffers.SearchValues.Create(b.Children[0].Keys.ToArray());
        var starts = b.Children[0].Keys.ToList();
        if (b.NumChild[0] >= 0)
        {
            starts.AddRange(NumeralText);
        }

        _startChars = System.Buffers.SearchValues.Create(starts.Distinct().ToArray());
        var rootKeys = b.Children[0].Keys;
        if (rootKeys.Count == 0)
        {
            _rootTable = [];
            _rootMin = '\0';
        }
        else
        {
            _rootMin = rootKeys.Min();
            _rootTable = new int[rootKeys.Max() - _rootMin + 1];
            foreach (var (k, child) in b.Children[0])
            {
                _rootTable[k - _rootMin] = child + 1;
            }
        }
        _edgeChars = chars.ToArray();
        _edgeTargets = targets.ToArray();
        _accepts = accepts.ToArray();
        _eps = eps.ToArray();
    }

    /// <summary>Number of trie nodes (for diagnostics and tests).</summary>
    public int NodeCount => _edgeStart.Length;

    /// <summary>Builds the automaton; pattern <c>i</c> of <paramref name="patterns"/> is reported as id <c>i</c>.</summary>
    public static TokenAutomaton Build(IReadOnlyList<PatternElement[]> patterns)
    {
        var b = new Builder();
        b.NewNode();
        for (var id = 0; id < patterns.Count; id++)
        {
            b.Insert(patterns[id], id);
        }

        return new TokenAutomaton(b);
    }

    /// <summary>True for characters a <c>&lt;num&gt;</c> element consumes.</summary>
    public static bool IsNumeral(char c) => NumeralChars.Contains(c);

    internal const string NumeralText = "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万半";

    private static readonly System.Buffers.SearchValues<char> NumeralChars = System.Buffers.SearchValues.Create(NumeralText);

    /// <summary>Adds every match (pattern id, start, end) in <paramref name="text"/> to <paramref name="matches"/>.</summary>
    public void Run(ReadOnlySpan<char> text, in TextLayout layout, ref MatchBuffer matches)
    {
        var stack = ArrayPool<int>.Shared.Rent(64);
        try
        {
            var rootNum = _numChild[0] >= 0;
            var rootAny = _anyChild[0] >= 0;
            for (var s = 0; s < text.Length; s++)
            {
                // Most token starts begin no pattern: reject them with one vectorised set lookup.
                var c = text[s];
                if (layout.TokenEndAt(s) > 0 && (rootAny || _rootChars.Contains(c) || (rootNum && IsNumeral(c))))
                {
                    Walk(text, layout, s, ref stack, ref matches);
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(stack);
        }
    }

    /// <summary>
    /// Walks the trie from every position, ignoring token boundaries: the matches it sees are a superset of
    /// <see cref="Run"/>'s for any segmentation (Run only adds the conditions "starts at a token start" and
    /// "ends at a token end"). Needs no segmentation. Returns false as soon as an entry flagged in
    /// <paramref name="stop"/> is accepted or a <c>_</c> (one token) edge is reachable (token-dependent, so
    /// not over-approximated); otherwise true, with <paramref name="counted"/> = the number of accepted
    /// (start, end, entry) triples whose entry is flagged in <paramref name="count"/> (an upper bound on Run's).
    /// </summary>
    public bool ScanSuperset(ReadOnlySpan<char> text, bool[] stop, bool[] count, out int counted)
    {
        counted = 0;
        if (_anyChild[0] >= 0)
        {
            return false;
        }

        var stack = ArrayPool<int>.Shared.Rent(64);
        try
        {
            var s = 0;
            while (s < text.Length)
            {
                // Vectorised skip to the next character that can begin a pattern.
                var next = text[s..].IndexOfAny(_startChars);
                if (next < 0)
                {
                    break;
                }

                s += next;
                if (!WalkSuperset(text, s, ref stack, stop, count, ref counted))
                {
                    return false;
                }

                s++;
            }

            return true;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(stack);
        }
    }

    private bool WalkSuperset(ReadOnlySpan<char> text, int start, ref int[] stack, bool[] stop, bool[] count, ref int counted)
    {
        var sp = 0;
        stack[sp++] = 0;
        stack[sp++] = start;
        while (sp > 0)
        {
            var pos = stack[--sp];
            var node = stack[--sp];
            if (_anyChild[node] >= 0)
            {
                return false;
            }

            if (_acceptCount[node] > 0 && pos > start)
            {
                for (var i = 0; i < _acceptCount[node]; i++)
                {
                    var id = _accepts[_acceptStart[node] + i];
                    if (stop[id])
                    {
                        return false;
                    }

                    if (count[id])
                    {
                        counted++;
                    }
                }
            }

            PushEpsilon(node, pos, ref stack, ref sp);
            if (pos >= text.Length || pos - start >= MaxMatchLength)
            {
                continue;
            }

            PushSuccessors(text[pos], node, pos, ref stack, ref sp);
        }

        return true;
    }

    /// <summary>Pushes the nodes <paramref name="node"/> reaches without consuming text (element ends, skipped optional elements).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void PushEpsilon(int node, int pos, ref int[] stack, ref int sp)
    {
        var count = _epsCount[node];
        if (count == 0)
        {
            return;
        }

        if (sp + (2 * count) + 8 > stack.Length)
        {
            var bigger = ArrayPool<int>.Shared.Rent(Math.Max(stack.Length * 2, sp + (2 * count) + 8));
            Array.Copy(stack, bigger, sp);
            ArrayPool<int>.Shared.Return(stack);
            stack = bigger;
        }

        var from = _epsStart[node];
        for (var i = 0; i < count; i++)
        {
            stack[sp++] = _eps[from + i];
            stack[sp++] = pos;
        }
    }

    /// <summary>Pushes the (node, position) pairs reachable from <paramref name="node"/> on character <paramref name="c"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void PushSuccessors(char c, int node, int pos, ref int[] stack, ref int sp)
    {
        if (sp + 8 > stack.Length)
        {
            var bigger = ArrayPool<int>.Shared.Rent(stack.Length * 2);
            Array.Copy(stack, bigger, sp);
            ArrayPool<int>.Shared.Return(stack);
            stack = bigger;
        }

        var child = FindChild(node, c);
        if (child >= 0)
        {
            stack[sp++] = child;
            stack[sp++] = pos + 1;
        }

        if (IsNumeral(c))
        {
            if (_numChild[node] >= 0)
            {
                stack[sp++] = _numChild[node];
                stack[sp++] = pos + 1;
            }

            if (_numLoop[node])
            {
                stack[sp++] = node;
                stack[sp++] = pos + 1;
            }
        }
    }

    private void Walk(ReadOnlySpan<char> text, in TextLayout layout, int start, ref int[] stack, ref MatchBuffer matches)
    {
        var sp = 0;
        stack[sp++] = 0;
        stack[sp++] = start;
        while (sp > 0)
        {
            var pos = stack[--sp];
            var node = stack[--sp];
            if (_acceptCount[node] > 0 && pos > start && layout.IsTokenEnd(pos))
            {
                for (var i = 0; i < _acceptCount[node]; i++)
                {
                    matches.Add(new PatternMatch(_accepts[_acceptStart[node] + i], start, pos));
                }
            }

            PushEpsilon(node, pos, ref stack, ref sp);
            if (pos >= text.Length || pos - start >= MaxMatchLength)
            {
                continue;
            }

            PushSuccessors(text[pos], node, pos, ref stack, ref sp);

            if (_anyChild[node] >= 0)
            {
                var end = layout.TokenEndAt(pos);
                if (end > 0 && end - start <= MaxMatchLength && layout.IsWordToken(pos))
                {
                    stack[sp++] = _anyChild[node];
                    stack[sp++] = end;
                }
            }
        }
    }

    private int FindChild(int node, char c)
    {
        if (node == 0)
        {
            // The root has most edges: a direct table over [_rootMin, _rootMin + _rootTable.Length) instead of a binary search.
            var k = (uint)(c - _rootMin);
            return k < (uint)_rootTable.Length ? _rootTable[k] - 1 : -1;
        }

        int lo = _edgeStart[node], hi = lo + _edgeCount[node] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var k = _edgeChars[mid];
            if (k == c)
            {
                return _edgeTargets[mid];
            }

            if (k < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>
    /// Builds the automaton: the first element of every pattern goes into one trie shared by all patterns (so
    /// the walk dispatches on the first characters once); the rest of a pattern is a small private graph with one
    /// join node per element boundary and epsilon edges (an alternative ends → join; an optional element → skip),
    /// so a clause pattern such as <c>(这个|这)? (我|我们)? 也? (解决不了|处理不了) (了|啦)? …</c> costs the sum of its
    /// alternatives, not their product. Leading optional elements are expanded (each variant starts with a
    /// required element), because the shared trie holds only single strings.
    /// </summary>
    private sealed class Builder
    {
        public List<Dictionary<char, int>> Children { get; } = [];

        public List<int> NumChild { get; } = [];

        public List<int> AnyChild { get; } = [];

        public List<bool> NumLoop { get; } = [];

        public List<List<int>> Accepts { get; } = [];

        public List<List<int>> Eps { get; } = [];

        public int NewNode()
        {
            Children.Add([]);
            NumChild.Add(-1);
            AnyChild.Add(-1);
            NumLoop.Add(false);
            Accepts.Add([]);
            Eps.Add([]);
            return Children.Count - 1;
        }

        public void Insert(PatternElement[] elements, int id)
        {
            // Leading optional elements: one variant per subset that is taken (at most 2^k, k small in practice).
            var lead = 0;
            while (lead < elements.Length && elements[lead].Optional)
            {
                lead++;
            }

            var variants = 1 << Math.Min(lead, PatternSyntax.MaxLeadingOptional);
            for (var mask = 0; mask < variants; mask++)
            {
                var list = new List<PatternElement>(elements.Length);
                for (var i = 0; i < elements.Length; i++)
                {
                    if (i < lead)
                    {
                        if ((mask & (1 << i)) != 0)
                        {
                            list.Add(elements[i] with { Optional = false });
                        }
                    }
                    else
                    {
                        list.Add(elements[i]);
                    }
                }

                InsertVariant(list, id);
            }
        }

        private void InsertVariant(List<PatternElement> elements, int id)
        {
            // First (required) element: shared trie from the root; each end node is reached by one string only.
            var ends = new List<int>();
            var first = elements[0];
            switch (first.Kind)
            {
                case PatternElementKind.Number:
                    if (NumChild[0] < 0)
                    {
                        var n = NewNode();
                        NumLoop[n] = true;
                        NumChild[0] = n;
                    }

                    ends.Add(NumChild[0]);
                    break;
                case PatternElementKind.AnyToken:
                    if (AnyChild[0] < 0)
                    {
                        AnyChild[0] = NewNode();
                    }

                    ends.Add(AnyChild[0]);
                    break;
                default:
                    foreach (var alt in first.Alternatives)
                    {
                        var cur = 0;
                        foreach (var c in alt)
                        {
                            if (!Children[cur].TryGetValue(c, out var child))
                            {
                                child = NewNode();
                                Children[cur][c] = child;
                            }

                            cur = child;
                        }

                        AddDistinct(ends, cur);
                    }

                    break;
            }

            if (elements.Count == 1)
            {
                foreach (var end in ends)
                {
                    AddDistinct(Accepts[end], id);
                }

                return;
            }

            var join = NewNode();
            foreach (var end in ends)
            {
                AddDistinct(Eps[end], join);
            }

            for (var i = 1; i < elements.Count; i++)
            {
                var e = elements[i];
                var next = NewNode();
                switch (e.Kind)
                {
                    case PatternElementKind.Number:
                        var n = NewNode();
                        NumLoop[n] = true;
                        NumChild[join] = n;
                        Eps[n].Add(next);
                        break;
                    case PatternElementKind.AnyToken:
                        var a = NewNode();
                        AnyChild[join] = a;
                        Eps[a].Add(next);
                        break;
                    default:
                        foreach (var alt in e.Alternatives)
                        {
                            var cur = join;
                            foreach (var c in alt)
                            {
                                if (!Children[cur].TryGetValue(c, out var child))
                                {
                                    child = NewNode();
                                    Children[cur][c] = child;
                                }

                                cur = child;
                            }

                            AddDistinct(Eps[cur], next);
                        }

                        break;
                }

                if (e.Optional)
                {
                    AddDistinct(Eps[join], next);
                }

                join = next;
            }

            AddDistinct(Accepts[join], id);
        }

        private static void AddDistinct(List<int> list, int value)
        {
            if (!list.Contains(value))
            {
                list.Add(value);
            }
        }
    }
}
