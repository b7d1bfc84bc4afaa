namespace CsEtiquette.Analysis;

/// <summary>
/// An immutable character trie flattened into arrays: the edges of node <c>n</c> are
/// <c>[_edgeStart[n], _edgeStart[n + 1])</c>, sorted by character, so a step is a binary search.
/// </summary>
internal sealed class CharTrie
{
    private readonly int[] _edgeStart;
    private readonly char[] _edgeChars;
    private readonly int[] _edgeTargets;
    private readonly LexEntry?[] _values;

    // The root has thousands of edges: a direct table (char → node + 1, 0 = none) makes the first step O(1).
    private readonly int[]? _root;

    private CharTrie(int[] edgeStart, char[] edgeChars, int[] edgeTargets, LexEntry?[] values)
    {
        _edgeStart = edgeStart;
        _edgeChars = edgeChars;
        _edgeTargets = edgeTargets;
        _values = values;
        if (edgeStart[1] - edgeStart[0] < 64)
        {
            return;
        }

        _root = new int[char.MaxValue + 1];
        for (var k = edgeStart[0]; k < edgeStart[1]; k++)
        {
            _root[edgeChars[k]] = edgeTargets[k] + 1;
        }
    }

    public static CharTrie Build(IEnumerable<LexEntry> entries)
    {
        var children = new List<SortedDictionary<char, int>> { new() };
        var values = new List<LexEntry?> { null };
        foreach (var e in entries)
        {
            var node = 0;
            foreach (var c in e.Word)
            {
                if (!children[node].TryGetValue(c, out var next))
                {
                    next = children.Count;
                    children.Add([]);
                    values.Add(null);
                    children[node][c] = next;
                }

                node = next;
            }

            values[node] = e;
        }

        var edgeStart = new int[children.Count + 1];
        var total = 0;
        for (var n = 0; n < children.Count; n++)
        {
            edgeStart[n] = total;
            total += children[n].Count;
        }

        edgeStart[children.Count] = total;
        var chars = new char[total];
        var targets = new int[total];
        for (var n = 0; n < children.Count; n++)
        {
            var k = edgeStart[n];
            foreach (var (c, t) in children[n])
            {
                chars[k] = c;
                targets[k] = t;
                k++;
            }
        }

        return new CharTrie(edgeStart, chars, targets, [.. values]);
    }

    /// <summary>Follows the edge labelled <paramref name="c"/> from <paramref name="node"/>.</summary>
    /// <returns>False when there is no such edge.</returns>
    public bool TryStep(ref int node, char c)
    {
        if (node == 0 && _root is not null)
        {
            var next = _root[c];
            node = next - 1;
            if (next == 0)
            {
                node = 0;
                return false;
            }

            return true;
        }

        int lo = _edgeStart[node], hi = _edgeStart[node + 1] - 1;
        var chars = _edgeChars;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var m = chars[mid];
            if (m == c)
            {
                node = _edgeTargets[mid];
                return true;
            }

            if (m < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }

    /// <summary>The entry ending at <paramref name="node"/>, or null.</summary>
    public LexEntry? ValueAt(int node) => _values[node];
}
