using System.Buffers;
using System.Collections.Immutable;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Knowledge;

/// <summary>
/// BM25 over jieba tokens, with synonym groups folded to one term (multi-token phrases too: 多长时间 → #多久), stop
/// words dropped and Han character bigrams as a second, lighter feature (robust to segmentation differences).
/// Built once per pack; <see cref="Search"/> is allocation-light (one result list) and thread-safe.
/// </summary>
/// <remarks>
/// Confidence: the entry's BM25 weight of the question's distinct terms divided by the most the question could
/// score (the idf of each of its terms; words and bigrams the pack never uses count with the idf of a term seen
/// nowhere). 1 means every term of the question is a well-established term of the entry; a question about
/// something the pack does not know scores low because its own words weigh in the denominator.
/// </remarks>
internal sealed class KnowledgeIndex
{
    internal const int MaxQueryChars = 256;
    private const int MaxTokens = 256;
    private const int MaxPhraseTokens = 4;
    private const int MaxPhraseChars = 12;
    private const int StopId = -1;
    private readonly KnowledgeIndexOptions _options;

    private readonly ChineseSegmenter _segmenter;
    private readonly Dictionary<string, int> _words;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<uint, int> _bigrams;
    private readonly float[] _idf;
    private readonly bool[] _isBigram;
    private readonly bool[] _isForm;
    private readonly int[] _postStart;
    private readonly int[] _postEntry;
    private readonly float[] _postWeight;
    private readonly float _unknownIdf;

    // Every proper prefix of a known word or phrase of 2..MaxPhraseChars characters: a run of tokens can be a known
    // phrase only when its first token is one of them, so most tokens skip the phrase lookups.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _phrasePrefixes;

    internal KnowledgeIndex(ImmutableArray<KnowledgeEntry> entries, KnowledgeLexicon lexicon, IEnumerable<IReadOnlyList<string>> extraSynonyms, ChineseSegmenter segmenter, KnowledgeIndexOptions? options = null)
    {
        _options = options ?? KnowledgeIndexOptions.Default;
        _segmenter = segmenter;
        _words = new Dictionary<string, int>(StringComparer.Ordinal);
        _bigrams = [];
        var isBigram = new List<bool>();
        var forms = new HashSet<int>();
        foreach (var stop in lexicon.StopWords)
        {
            _words[stop] = StopId;
        }

        foreach (var group in lexicon.Synonyms.Select(g => (IReadOnlyList<string>)g).Concat(extraSynonyms))
        {
            if (group.Count == 0)
            {
                continue;
            }

            // A group that shares a word with an earlier group joins it.
            var id = -2;
            foreach (var w in group)
            {
                if (_words.TryGetValue(w, out var existing) && existing >= 0)
                {
                    id = existing;
                    break;
                }
            }

            if (id < 0)
            {
                id = isBigram.Count;
                isBigram.Add(false);
            }

            foreach (var w in group)
            {
                _words[w] = id;
            }

            if (group[0].StartsWith('#'))
            {
                forms.Add(id);
            }
        }

        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        EntryCount = entries.Length;
        var tfs = new Dictionary<int, float>[entries.Length];
        var lengths = new float[entries.Length];
        var sink = new List<int>();
        for (var e = 0; e < entries.Length; e++)
        {
            var tf = tfs[e] = [];
            var texts = entries[e].Questions.AddRange(entries[e].Keywords);
            foreach (var text in texts)
            {
                sink.Clear();
                Extract(text.AsSpan(), sink, isBigram);
                foreach (var id in sink)
                {
                    tf[id] = tf.GetValueOrDefault(id) + 1;
                    if (!isBigram[id])
                    {
                        lengths[e]++;
                    }
                }
            }
        }

        var termCount = isBigram.Count;
        _isBigram = [.. isBigram];
        _isForm = new bool[termCount];
        foreach (var f in forms)
        {
            _isForm[f] = true;
        }
        var df = new int[termCount];
        foreach (var tf in tfs)
        {
            foreach (var id in tf.Keys)
            {
                df[id]++;
            }
        }

        var n = Math.Max(1, entries.Length);
        _idf = new float[termCount];
        for (var t = 0; t < termCount; t++)
        {
            _idf[t] = Idf(n, df[t]);
        }

        _unknownIdf = Idf(n, 0);
        var avg = 0f;
        foreach (var l in lengths)
        {
            avg += l;
        }

        avg = entries.Length == 0 ? 1 : Math.Max(1, avg / entries.Length);
        _postStart = new int[termCount + 1];
        foreach (var tf in tfs)
        {
            foreach (var id in tf.Keys)
            {
                _postStart[id + 1]++;
            }
        }

        for (var t = 0; t < termCount; t++)
        {
            _postStart[t + 1] += _postStart[t];
        }

        _postEntry = new int[_postStart[termCount]];
        _postWeight = new float[_postStart[termCount]];
        var fill = (int[])_postStart.Clone();
        for (var e = 0; e < tfs.Length; e++)
        {
            var (k1, b) = (_options.K1, _options.B);
            var norm = k1 * (1 - b + (b * lengths[e] / avg));
            foreach (var (id, tf) in tfs[e])
            {
                var at = fill[id]++;
                _postEntry[at] = e;
                _postWeight[at] = _idf[id] * (tf * (k1 + 1) / (tf + norm)) / (k1 + 1);
            }
        }

        // After the build: the entries' own words are phrases a query's tokens may join into too.
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in _words.Keys)
        {
            for (var len = 1; len < word.Length && word.Length <= MaxPhraseChars; len++)
            {
                prefixes.Add(word[..len]);
            }
        }

        _phrasePrefixes = prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    internal int EntryCount { get; }


    /// <summary>
    /// Scores the entries <paramref name="question"/> reaches: writes the confidence of each into
    /// <paramref name="confidence"/> (which must be all zero on entry; entries not reached stay 0) and their indices,
    /// in no particular order, into <paramref name="reached"/> (at least <see cref="EntryCount"/> long).
    /// </summary>
    /// <returns>How many entries were reached; -1 when the question has no content term (empty, only stop words or punctuation).</returns>
    /// <remarks>
    /// Sparse: the work is the postings of the question's terms and the entries they reach, never a pass over every
    /// entry, so a 500-entry pack costs what its postings cost.
    /// </remarks>
    internal int Search(ReadOnlySpan<char> question, Span<float> confidence, Span<int> reached)
    {
        if (question.Length > MaxQueryChars)
        {
            question = question[..MaxQueryChars];
        }

        // At most one word and one bigram per character: sized by the question, not by the longest one.
        Span<int> terms = stackalloc int[Math.Min(MaxTokens * 2, (question.Length * 2) + 2)];
        var q = new QueryCollector(terms, _options.SingleCharUnknownWeight);
        Extract(question, ref q);
        var count = q.Count;
        var norm = (q.UnknownWords * _unknownIdf * _options.UnknownWordWeight) + (q.UnknownBigrams * _unknownIdf * _options.BigramWeight);
        var content = false;
        for (var i = 0; i < count; i++)
        {
            var id = terms[i];
            var w = Weight(id);
            norm += _idf[id] * w;
            content |= !_isBigram[id] && !_isForm[id];
        }

        if (norm <= 0 || !content)
        {
            return -1;
        }

        // Content words first: they decide which entries are reached; then forms and bigrams add to those only.
        var n = 0;
        for (var i = 0; i < count; i++)
        {
            var id = terms[i];
            if (_isBigram[id] || _isForm[id])
            {
                continue;
            }

            for (var p = _postStart[id]; p < _postStart[id + 1]; p++)
            {
                var e = _postEntry[p];
                if (confidence[e] == 0)
                {
                    reached[n++] = e;
                }

                confidence[e] += _postWeight[p];
            }
        }

        for (var i = 0; i < count; i++)
        {
            var id = terms[i];
            if (!_isBigram[id] && !_isForm[id])
            {
                continue;
            }

            var w = Weight(id);
            for (var p = _postStart[id]; p < _postStart[id + 1]; p++)
            {
                var e = _postEntry[p];
                if (confidence[e] > 0)
                {
                    confidence[e] += _postWeight[p] * w;
                }
            }
        }

        // The raw coverage (0..1) is spread by a fixed power so that the tuned cut (raw 0.2) reads as 0.5.
        var inv = 1f / norm;
        for (var i = 0; i < n; i++)
        {
            var e = reached[i];
            confidence[e] = MathF.Pow(Math.Min(1f, confidence[e] * inv), Spread);
        }

        return n;
    }

    /// <summary>The question's terms as the index reads them (diagnostics): word=id, ?word for unknown, [stop].</summary>
    internal string Explain(string question)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var r in _segmenter.EnumerateTokens(question, hmm: false))
        {
            var t = question.AsSpan(r.Start, r.Length);
            sb.Append(t).Append(_wordLookup.TryGetValue(t, out var id) ? (id == StopId ? "[s]" : id < _isForm.Length && _isForm[id] ? "[f]" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{_idf[id]:0.0}]")) : "[?]").Append(' ');
        }

        return sb.ToString();
    }

    // ln 0.5 / ln 0.2: raw 0.2 → 0.5, raw 0.5 → 0.74, raw 1 → 1.
    private const float Spread = 0.4307f;

    private float Weight(int id) => _isBigram[id] ? _options.BigramWeight : _isForm[id] ? _options.FormWeight : 1f;

    private static float Idf(int n, int df) => MathF.Log(1 + ((n - df + 0.5f) / (df + 0.5f)));

    private static bool HasLetterOrDigit(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHan(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    private static uint Pair(char a, char b) => ((uint)a << 16) | b;

    // Build time: unknown words and bigrams get new term ids.
    private void Extract(ReadOnlySpan<char> text, List<int> sink, List<bool> isBigram)
    {
        var c = new BuildCollector(this, sink, isBigram);
        Extract(text, ref c);
    }

    private void Extract<TCollector>(ReadOnlySpan<char> text, ref TCollector collector)
        where TCollector : struct, ICollector, allows ref struct
    {
        Span<TokenRange> tokens = stackalloc TokenRange[Math.Min(MaxTokens, text.Length)]; // at most one token per character
        var n = 0;
        foreach (var r in _segmenter.EnumerateTokens(text, hmm: false))
        {
            if (n == tokens.Length)
            {
                break;
            }

            tokens[n++] = r;
        }

        var prev = '\0';
        var i = 0;
        while (i < n)
        {
            var token = text.Slice(tokens[i].Start, tokens[i].Length);
            if (!HasLetterOrDigit(token))
            {
                prev = '\0';
                i++;
                continue;
            }

            // The longest run of tokens that is a known phrase (synonym or stop phrase), else the single token.
            var taken = 1;
            var id = int.MinValue;
            var phraseStart = _phrasePrefixes.Set is null || _phrasePrefixes.Contains(token);
            for (var k = phraseStart ? Math.Min(MaxPhraseTokens, n - i) : 1; k >= 2; k--)
            {
                var start = tokens[i].Start;
                var end = tokens[i + k - 1].End;
                if (end - start <= MaxPhraseChars && _wordLookup.TryGetValue(text[start..end], out var phraseId))
                {
                    id = phraseId;
                    taken = k;
                    break;
                }
            }

            if (id == int.MinValue && _wordLookup.TryGetValue(token, out var wordId))
            {
                id = wordId;
            }

            var surface = text[tokens[i].Start..tokens[i + taken - 1].End];
            i += taken;
            if (id == StopId)
            {
                prev = '\0';
                continue;
            }

            if (id == int.MinValue)
            {
                collector.UnknownWord(surface);
            }
            else
            {
                collector.Term(id);
            }

            if (!_options.CrossTokenBigrams)
            {
                prev = '\0';
            }

            foreach (var ch in surface)
            {
                if (!IsHan(ch))
                {
                    prev = '\0';
                    continue;
                }

                if (prev != '\0')
                {
                    if (_bigrams.TryGetValue(Pair(prev, ch), out var bigramId))
                    {
                        collector.Term(bigramId);
                    }
                    else
                    {
                        collector.UnknownBigram(prev, ch);
                    }
                }

                prev = ch;
            }
        }
    }

    private interface ICollector
    {
        void Term(int id);

        void UnknownWord(ReadOnlySpan<char> word);

        void UnknownBigram(char a, char b);
    }

    private readonly struct BuildCollector(KnowledgeIndex owner, List<int> sink, List<bool> isBigram) : ICollector
    {
        public void Term(int id) => sink.Add(id);

        public void UnknownWord(ReadOnlySpan<char> word)
        {
            var id = isBigram.Count;
            isBigram.Add(false);
            owner._words[word.ToString()] = id;
            sink.Add(id);
        }

        public void UnknownBigram(char a, char b)
        {
            var id = isBigram.Count;
            isBigram.Add(true);
            owner._bigrams[Pair(a, b)] = id;
            sink.Add(id);
        }
    }

    private ref struct QueryCollector(Span<int> terms, float singleCharUnknownWeight) : ICollector
    {
        private readonly Span<int> _terms = terms;

        public int Count { get; private set; }

        public float UnknownWords { get; private set; }

        public int UnknownBigrams { get; private set; }

        public void Term(int id)
        {
            if (_terms[..Count].Contains(id) || Count == _terms.Length)
            {
                return;
            }

            _terms[Count++] = id;
        }

        public void UnknownWord(ReadOnlySpan<char> word) => UnknownWords += word.Length == 1 ? singleCharUnknownWeight : 1f;

        public void UnknownBigram(char a, char b) => UnknownBigrams++;
    }
}
