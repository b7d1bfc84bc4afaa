using System.Runtime.CompilerServices;

namespace CsEtiquette.Segmentation;

/// <summary>
/// jieba's prefix dictionary (<c>FREQ</c>) as an immutable breadth-first trie over UTF-16 code units.
/// Node 0 is the root; every other node is one key of <c>FREQ</c> (a word, or a prefix of a word with frequency 0).
/// Children of a node are contiguous and sorted by code unit, so a child lookup is a short binary search; the
/// root's children are found through a direct 64K table. Immutable and thread-safe.
/// </summary>
internal sealed class PrefixTrie
{
    private readonly int[] _first;   // children of node i: [_first[i], _first[i + 1])
    private readonly char[] _label;  // code unit leading into node i
    private readonly int[] _freq;    // FREQ value of node i (0 for a prefix only)
    private readonly double[] _logFreq; // Math.Log(_freq[i]) when _freq[i] > 0
    private readonly int[] _root;    // code unit -> root child (0 = none)

    /// <summary>Builds the trie from breadth-first arrays (see eng/derive-jieba-data.py for the layout).</summary>
    /// <remarks>Runs once per process on 500 K nodes: fully optimised at first call instead of tier-0 code.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal PrefixTrie(ReadOnlySpan<ushort> childCounts, char[] labels, int[] freqs, long total)
    {
        int n = labels.Length;
        if (childCounts.Length != n || freqs.Length != n || n == 0)
        {
            throw new InvalidDataException("Corrupt jieba dictionary: array lengths differ.");
        }

        _label = labels;
        _freq = freqs;
        _first = GC.AllocateUninitializedArray<int>(n + 1);
        int next = 1;
        for (int i = 0; i < n; i++)
        {
            _first[i] = next;
            next += childCounts[i];
        }

        _first[n] = next;
        if (next != n)
        {
            throw new InvalidDataException($"Corrupt jieba dictionary: child counts sum to {next - 1}, expected {n - 1}.");
        }

        _logFreq = GC.AllocateUninitializedArray<double>(n);
        for (int i = 0; i < n; i++)
        {
            int f = freqs[i];

            // Same libm log as CPython's math.log, so route sums are bit-identical to jieba's.
            _logFreq[i] = f > 0 ? Math.Log(f) : 0;
        }

        _root = new int[65536];
        for (int i = _first[0]; i < _first[1]; i++)
        {
            _root[labels[i]] = i;
        }

        Total = total;
    }

    /// <summary>Sum of the frequencies of the dictionary entries (jieba's <c>total</c>).</summary>
    internal long Total { get; }

    /// <summary>Number of nodes including the root (1 + number of <c>FREQ</c> keys).</summary>
    internal int NodeCount => _label.Length;

    /// <summary>Frequencies per node (0 for prefix-only nodes).</summary>
    internal int[] Frequencies => _freq;

    /// <summary>Natural logarithm of the frequency per node (0 for prefix-only nodes).</summary>
    internal double[] LogFrequencies => _logFreq;

    /// <summary>Child node of the root for <paramref name="c"/>, or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int RootChild(char c) => _root[c];

    /// <summary>Child node of <paramref name="node"/> for <paramref name="c"/>, or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int Child(int node, char c)
    {
        int lo = _first[node];
        int hi = _first[node + 1] - 1;
        char[] label = _label;
        while (lo <= hi)
        {
            int mid = (int)((uint)(lo + hi) >> 1);
            char l = label[mid];
            if (l == c)
            {
                return mid;
            }

            if (l < c)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return 0;
    }

    /// <summary>The node spelling <paramref name="key"/>, or 0 when <paramref name="key"/> is not a <c>FREQ</c> key.</summary>
    internal int Find(ReadOnlySpan<char> key)
    {
        if (key.IsEmpty)
        {
            return 0;
        }

        int node = _root[key[0]];
        for (int i = 1; i < key.Length && node != 0; i++)
        {
            node = Child(node, key[i]);
        }

        return node;
    }

    /// <summary>
    /// Builds a trie from <c>FREQ</c>-like entries (every prefix of every key must be a key too). Breadth-first order
    /// with sorted children equals ordering the keys by (length, ordinal), which is what this does.
    /// </summary>
    internal static PrefixTrie Build(Dictionary<string, int> freq, long total)
    {
        // Bucket by length, then sort each bucket ordinally.
        var byLength = new List<List<string>>();
        foreach (string key in freq.Keys)
        {
            while (byLength.Count < key.Length)
            {
                byLength.Add([]);
            }

            byLength[key.Length - 1].Add(key);
        }

        var keys = new string[freq.Count];
        int k = 0;
        foreach (var bucket in byLength)
        {
            bucket.Sort(StringComparer.Ordinal);
            bucket.CopyTo(keys, k);
            k += bucket.Count;
        }
        int n = keys.Length + 1;
        var index = new Dictionary<string, int>(keys.Length, StringComparer.Ordinal);
        var counts = new ushort[n];
        var labels = new char[n];
        var freqs = new int[n];
        var alternate = index.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < keys.Length; i++)
        {
            string key = keys[i];
            int node = i + 1;
            index.Add(key, node);
            labels[node] = key[^1];
            freqs[node] = freq[key];
            int parent = 0;
            if (key.Length > 1 && !alternate.TryGetValue(key.AsSpan(0, key.Length - 1), out parent))
            {
                throw new InvalidOperationException($"Prefix of '{key}' is missing from the prefix dictionary.");
            }

            if (counts[parent] == ushort.MaxValue)
            {
                throw new InvalidOperationException("A dictionary prefix has more than 65535 continuations.");
            }

            counts[parent]++;
        }

        return new PrefixTrie(counts, labels, freqs, total);
    }
}
