namespace CsEtiquette.Linting.Engine;

/// <summary>
/// The cheap, sound pre-check of the clean shortcut, built once per <see cref="CompiledRuleSet"/> from the packs.
/// For every pattern that may produce a finding it keeps one <em>required</em> element (a literal element that is
/// not optional: every match contains one of its alternatives as a substring; or a required <c>&lt;num&gt;</c>:
/// every match contains a numeral character), choosing the element that is cheapest to test (fewest and longest
/// alternatives). Each required alternative is entered by its first two characters into a bigram bit set (a
/// hashed superset: collisions only cost a full lint) or, when it is one character long, into a character bit
/// set. A position that hits is verified: a pattern anchored there may match only if <em>every</em> required
/// element of it occurs in the text (some alternative as a substring; a numeral for <c>&lt;num&gt;</c>). A text in
/// which no pattern passes contains, for each pattern, some required element nowhere, so no pattern can match it
/// under any segmentation. A pattern with no required literal or numeral (only <c>_</c>) disables the filter.
/// Immutable and thread-safe after construction.
/// </summary>
internal sealed class RequiredLiteralFilter
{
    private const int BigramBits = 17;

    private static readonly System.Buffers.SearchValues<char> Numerals = System.Buffers.SearchValues.Create(TokenAutomaton.NumeralText);

    private readonly ulong[] _stopChars = new ulong[65536 / 64];
    private readonly ulong[] _stopBigrams = new ulong[(1 << BigramBits) / 64];
    private readonly ulong[] _countChars = new ulong[65536 / 64];
    private readonly ulong[] _countBigrams = new ulong[(1 << BigramBits) / 64];
    private readonly Dictionary<int, int[]> _byChar = [];
    private readonly Dictionary<int, int[]> _byBigram = [];
    private readonly Required[] _patterns;

    /// <summary>
    /// <paramref name="stop"/>: the elements of patterns whose match may produce a finding;
    /// <paramref name="count"/>: the elements of markers whose (non-overlapping) matches are counted.
    /// </summary>
    public RequiredLiteralFilter(IEnumerable<PatternElement[]> stop, IEnumerable<PatternElement[]> count)
    {
        var byChar = new Dictionary<int, List<int>>();
        var byBigram = new Dictionary<int, List<int>>();
        var patterns = new List<Required>();
        foreach (var p in stop)
        {
            var anchor = Anchor(p);
            if (anchor is null)
            {
                Enabled = false;
                continue;
            }

            var id = patterns.Count;
            patterns.Add(new Required(
                [.. p.Where(e => !e.Optional && e.Kind == PatternElementKind.Literal).Select(e => e.Alternatives)],
                p.Any(e => !e.Optional && e.Kind == PatternElementKind.Number)));
            foreach (var a in AnchorStrings(anchor))
            {
                if (a.Length == 1)
                {
                    Set(_stopChars, a[0]);
                    AddTo(byChar, a[0], id);
                }
                else
                {
                    var h = Hash(a[0], a[1]);
                    Set(_stopBigrams, h);
                    AddTo(byBigram, h, id);
                }
            }
        }

        foreach (var p in count)
        {
            HasCounted = true;
            var anchor = Anchor(p);
            if (anchor is null)
            {
                Enabled = false;
                continue;
            }

            foreach (var a in AnchorStrings(anchor))
            {
                if (a.Length == 1)
                {
                    Set(_countChars, a[0]);
                }
                else
                {
                    Set(_countBigrams, Hash(a[0], a[1]));
                }
            }
        }

        _patterns = [.. patterns];
        foreach (var (k, v) in byChar)
        {
            _byChar[k] = [.. v];
        }

        foreach (var (k, v) in byBigram)
        {
            _byBigram[k] = [.. v];
        }
    }

    /// <summary>False when some pattern has no required literal or numeral: <see cref="Scan"/> then always says "unknown".</summary>
    public bool Enabled { get; } = true;

    /// <summary>True when some counted marker exists.</summary>
    public bool HasCounted { get; }

    /// <summary>
    /// True when no stop pattern has all its required elements in <paramref name="text"/>; then
    /// <paramref name="counted"/> is an upper bound on the number of non-overlapping counted-marker matches
    /// (each such match contains a distinct occurrence of its anchor literal, and every occurrence starts at a
    /// position that hits the counted sets). False means "unknown".
    /// </summary>
    public bool Scan(ReadOnlySpan<char> text, out int counted)
    {
        counted = 0;
        if (!Enabled)
        {
            return false;
        }

        var stopChars = _stopChars;
        var stopBigrams = _stopBigrams;
        var countChars = _countChars;
        var countBigrams = _countBigrams;
        var hasCounted = HasCounted;
        var hasNumeral = -1;
        var last = text.Length - 1;
        for (var i = 0; i <= last; i++)
        {
            var c = text[i];
            if (Has(stopChars, c) && _byChar.TryGetValue(c, out var onChar) && AnyMayMatch(onChar, text, ref hasNumeral))
            {
                return false;
            }

            var pairHash = i < last ? Hash(c, text[i + 1]) : -1;
            if (pairHash >= 0 && Has(stopBigrams, pairHash) && _byBigram.TryGetValue(pairHash, out var onPair) && AnyMayMatch(onPair, text, ref hasNumeral))
            {
                return false;
            }

            if (hasCounted && (Has(countChars, c) || (pairHash >= 0 && Has(countBigrams, pairHash))))
            {
                counted++;
            }
        }

        return true;
    }

    /// <summary>True when some pattern of <paramref name="ids"/> has every required element somewhere in <paramref name="text"/>.</summary>
    private bool AnyMayMatch(int[] ids, ReadOnlySpan<char> text, ref int hasNumeral)
    {
        foreach (var id in ids)
        {
            var p = _patterns[id];
            if (p.NeedsNumeral)
            {
                if (hasNumeral < 0)
                {
                    hasNumeral = text.IndexOfAny(Numerals) >= 0 ? 1 : 0;
                }

                if (hasNumeral == 0)
                {
                    continue;
                }
            }

            var all = true;
            foreach (var alternatives in p.Literals)
            {
                var found = false;
                foreach (var a in alternatives)
                {
                    if (text.Contains(a, StringComparison.Ordinal))
                    {
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    all = false;
                    break;
                }
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static bool Has(ulong[] bits, int index) => (bits[index >> 6] & (1UL << (index & 63))) != 0;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Hash(char a, char b) => (int)((((uint)a << 16) | b) * 2654435761u >> (32 - BigramBits));

    private static void Set(ulong[] bits, int index) => bits[index >> 6] |= 1UL << (index & 63);

    private static void AddTo(Dictionary<int, List<int>> map, int key, int id)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(id))
        {
            list.Add(id);
        }
    }

    private static IEnumerable<string> AnchorStrings(PatternElement anchor) =>
        anchor.Kind == PatternElementKind.Number ? TokenAutomaton.NumeralText.Select(c => c.ToString()) : anchor.Alternatives;

    /// <summary>The cheapest required element of <paramref name="elements"/> (literal or numeral), or null when it has none.</summary>
    private static PatternElement? Anchor(PatternElement[] elements)
    {
        PatternElement? best = null;
        var bestCost = int.MaxValue;
        foreach (var e in elements)
        {
            if (e.Optional || e.Kind == PatternElementKind.AnyToken)
            {
                continue;
            }

            var cost = e.Kind == PatternElementKind.Number ? 8 * TokenAutomaton.NumeralText.Length : Cost(e.Alternatives);
            if (cost < bestCost)
            {
                best = e;
                bestCost = cost;
            }
        }

        return best;
    }

    /// <summary>How often an element is expected to hit: one-character alternatives hit far more often than bigrams.</summary>
    private static int Cost(string[] alternatives)
    {
        var cost = 0;
        foreach (var a in alternatives)
        {
            cost += a.Length == 1 ? 8 : 1;
        }

        return cost;
    }

    /// <summary>The required elements of one stop pattern: literal elements (alternatives) and whether a numeral is required.</summary>
    private sealed record Required(string[][] Literals, bool NeedsNumeral);
}
