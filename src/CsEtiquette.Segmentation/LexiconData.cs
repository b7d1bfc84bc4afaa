using System.Runtime.CompilerServices;

namespace CsEtiquette.Segmentation;

/// <summary>
/// One immutable state of a <see cref="Lexicon"/>: the shared base trie plus an overlay of user changes
/// (jieba's <c>FREQ</c>, <c>total</c>, <c>user_word_tag_tab</c> and finalseg's <c>Force_Split_Words</c>).
/// Published states are never mutated, so any number of threads may read one; writers mutate a private clone
/// (<see cref="CloneForWrite"/>) and publish it.
/// </summary>
internal sealed class LexiconData
{
    private Dictionary<string, LexiconEntry>? _overlay;
    private Dictionary<string, LexiconEntry>.AlternateLookup<ReadOnlySpan<char>> _overlayLookup;
    private HashSet<string>? _forceSplit;
    private HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _forceSplitLookup;

    internal LexiconData(PrefixTrie trie)
    {
        Trie = trie;
        Total = trie.Total;
        LogTotal = Math.Log(Total);
    }

    /// <summary>The base prefix dictionary (shared between states and lexicons; immutable).</summary>
    internal PrefixTrie Trie { get; }

    /// <summary>jieba's <c>total</c>: the sum of all frequencies ever added.</summary>
    internal long Total { get; private set; }

    /// <summary><c>log(total)</c>.</summary>
    internal double LogTotal { get; private set; }

    /// <summary>Whether user changes exist (the segmenter then takes the slower overlay-aware path).</summary>
    internal bool HasOverlay => _overlay is not null;

    /// <summary>Longest overlay key, in code units.</summary>
    internal int OverlayMaxLength { get; private set; }

    /// <summary>Whether finalseg's <c>Force_Split_Words</c> is non-empty.</summary>
    internal bool HasForceSplit => _forceSplit is not null;

    /// <summary>Number of user entries (words and new prefixes) layered over the base dictionary.</summary>
    internal int OverlayCount => _overlay?.Count ?? 0;

    /// <summary>Looks <paramref name="key"/> up in the overlay only.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGetOverlay(ReadOnlySpan<char> key, out LexiconEntry entry)
    {
        if (_overlay is not null && key.Length <= OverlayMaxLength)
        {
            return _overlayLookup.TryGetValue(key, out entry);
        }

        entry = default;
        return false;
    }

    /// <summary>jieba's <c>FREQ.get(key)</c>: null when <paramref name="key"/> is not a key, else its frequency (0 for a prefix).</summary>
    internal int? GetFrequency(ReadOnlySpan<char> key)
    {
        if (TryGetOverlay(key, out var entry))
        {
            return entry.Frequency;
        }

        int node = Trie.Find(key);
        return node == 0 ? null : Trie.Frequencies[node];
    }

    /// <summary>jieba's <c>FREQ.get(key) or 0</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal int FrequencyOrZero(ReadOnlySpan<char> key)
    {
        if (_overlay is not null && TryGetOverlay(key, out var entry))
        {
            return entry.Frequency;
        }

        int node = Trie.Find(key);
        return node == 0 ? 0 : Trie.Frequencies[node];
    }

    /// <summary>The user tag of <paramref name="word"/> (jieba's <c>user_word_tag_tab</c>), or null.</summary>
    internal string? GetTag(ReadOnlySpan<char> word) => TryGetOverlay(word, out var entry) ? entry.Tag : null;

    /// <summary>Whether finalseg must split <paramref name="word"/> into characters.</summary>
    internal bool IsForceSplit(ReadOnlySpan<char> word) => _forceSplit is not null && _forceSplitLookup.Contains(word);

    /// <summary>A private, writable copy sharing the base trie.</summary>
    internal LexiconData CloneForWrite()
    {
        var copy = new LexiconData(Trie) { Total = Total, LogTotal = LogTotal, OverlayMaxLength = OverlayMaxLength };
        if (_overlay is not null)
        {
            copy.SetOverlay(new Dictionary<string, LexiconEntry>(_overlay, StringComparer.Ordinal));
        }

        if (_forceSplit is not null)
        {
            copy.SetForceSplit(new HashSet<string>(_forceSplit, StringComparer.Ordinal));
        }

        return copy;
    }

    /// <summary>
    /// jieba's <c>add_word(word, freq, tag)</c> once the frequency is known: sets <c>FREQ[word]</c>, adds it to
    /// <c>total</c> (jieba never subtracts a replaced frequency), records the tag, adds missing prefixes with
    /// frequency 0, and for frequency 0 adds the word to finalseg's force-split set. Only on an unpublished clone.
    /// </summary>
    internal void SetWord(string word, int freq, string? tag)
    {
        if (_overlay is null)
        {
            SetOverlay(new Dictionary<string, LexiconEntry>(StringComparer.Ordinal));
        }

        string? keptTag = _overlay!.TryGetValue(word, out var old) ? old.Tag : null;
        _overlay[word] = new LexiconEntry(freq, freq > 0 ? Math.Log(freq) : 0, string.IsNullOrEmpty(tag) ? keptTag : tag);
        OverlayMaxLength = Math.Max(OverlayMaxLength, word.Length);
        Total += freq;
        LogTotal = Math.Log(Total);
        for (int i = 1; i < word.Length; i++)
        {
            ReadOnlySpan<char> prefix = word.AsSpan(0, i);
            if (!_overlayLookup.ContainsKey(prefix) && Trie.Find(prefix) == 0)
            {
                _overlay[word[..i]] = new LexiconEntry(0, 0, null);
            }
        }

        if (freq == 0)
        {
            if (_forceSplit is null)
            {
                SetForceSplit(new HashSet<string>(StringComparer.Ordinal));
            }

            _forceSplit!.Add(word);
        }
    }

    /// <summary>Installs the overlay dictionary and its span lookup.</summary>
    private void SetOverlay(Dictionary<string, LexiconEntry> overlay)
    {
        _overlay = overlay;
        _overlayLookup = overlay.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private void SetForceSplit(HashSet<string> set)
    {
        _forceSplit = set;
        _forceSplitLookup = set.GetAlternateLookup<ReadOnlySpan<char>>();
    }
}
