namespace CsEtiquette.Segmentation;

/// <summary>
/// A jieba prefix dictionary (词典): word frequencies (jieba's <c>FREQ</c> and <c>total</c>) and user tags.
/// <see cref="Default"/> is the embedded jieba 0.42.1 dictionary (349,046 entries), shared and read-only;
/// <see cref="CreateDefaultCopy"/> gives a writable lexicon that starts from it without copying it.
/// </summary>
/// <remarks>
/// Thread safety: reads (segmentation, <see cref="GetFrequency"/>) are safe from any number of threads, also while
/// another thread changes a writable lexicon. Each change (<see cref="AddWord"/>, <see cref="DeleteWord"/>,
/// <see cref="LoadUserDictionary(string)"/>) is serialized and published atomically; a segmentation that has
/// already started keeps the state it started with. Many single <see cref="AddWord"/> calls each copy the user
/// overlay; prefer <see cref="LoadUserDictionary(TextReader, string?)"/> for large word lists.
/// </remarks>
public sealed class Lexicon
{
    private static readonly Lazy<LexiconData> DefaultData = new(
        () => new LexiconData(JiebaData.LoadDictionary()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<LexiconData>? _lazy;
    private readonly Lock _writeLock = new();
    private LexiconData? _data;

    private Lexicon(Lazy<LexiconData> lazy)
    {
        _lazy = lazy;
        IsReadOnly = true;
    }

    private Lexicon(LexiconData data)
    {
        _data = data;
    }

    /// <summary>
    /// The embedded jieba 0.42.1 dictionary, loaded lazily and thread-safely on first use. Read-only: changing it
    /// throws <see cref="InvalidOperationException"/>; use <see cref="CreateDefaultCopy"/> for a writable copy.
    /// </summary>
    public static Lexicon Default { get; } = new(DefaultData);

    /// <summary>Whether this lexicon rejects changes (true only for <see cref="Default"/>).</summary>
    public bool IsReadOnly { get; }

    /// <summary>
    /// Longest word <see cref="AddWord"/> and the dictionary loaders accept: 64 UTF-16 code units. jieba's own dictionary
    /// has no word over 16 characters; every prefix of a word is stored, so an unbounded word would cost memory
    /// quadratic in its length (a 100k-character word took 9.9 GB). With the cap, memory is linear in the number of words.
    /// </summary>
    public const int MaxWordLength = 64;

    /// <summary>jieba's <c>total</c>: the sum of the frequencies of all entries, plus every frequency added since.</summary>
    public long Total => Data.Total;

    /// <summary>The current immutable state (loads the default dictionary on first use).</summary>
    internal LexiconData Data => Volatile.Read(ref _data) ?? _lazy!.Value;

    /// <summary>
    /// A new writable lexicon that starts as the embedded dictionary. It shares the read-only base (no copy);
    /// its changes never affect <see cref="Default"/> or other lexicons.
    /// </summary>
    /// <returns>A new lexicon.</returns>
    public static Lexicon CreateDefaultCopy() => new(DefaultData.Value);

    /// <summary>
    /// jieba's <c>FREQ.get(word)</c>: the frequency of <paramref name="word"/>, 0 when it is only a prefix of longer
    /// words or was deleted, null when the dictionary does not know it at all.
    /// </summary>
    /// <param name="word">The word to look up.</param>
    /// <returns>The frequency, 0, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public int? GetFrequency(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Data.GetFrequency(word);
    }

    /// <summary>The part-of-speech tag given to <paramref name="word"/> by <see cref="AddWord"/> or a user dictionary (jieba's <c>user_word_tag_tab</c>), or null.</summary>
    /// <param name="word">The word.</param>
    /// <returns>The tag or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public string? GetTag(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return Data.GetTag(word);
    }

    /// <summary>
    /// Adds or updates a word, as jieba's <c>add_word</c>. When <paramref name="freq"/> is null it is computed as
    /// jieba's <c>suggest_freq(word, tune=True)</c> does, so that the word comes out of accurate mode as one token
    /// (HMM off; with the HMM a neighbour may still attach in rare cases, as in jieba). Missing prefixes are added with
    /// frequency 0. A frequency of 0 deletes the word and also makes the HMM split it into characters.
    /// </summary>
    /// <param name="word">The word; must not be empty.</param>
    /// <param name="freq">Its frequency (≥ 0), or null to suggest one.</param>
    /// <param name="tag">An optional part-of-speech tag (e.g. <c>nz</c>), kept for <see cref="GetTag"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="word"/> is empty or longer than <see cref="MaxWordLength"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="freq"/> is negative.</exception>
    /// <exception cref="InvalidOperationException">This is <see cref="Default"/>.</exception>
    public void AddWord(string word, int? freq = null, string? tag = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        if (word.Length > MaxWordLength)
        {
            throw new ArgumentException(
                $"The word has {word.Length} characters; a dictionary word has at most {MaxWordLength} (jieba's own longest has 16).", nameof(word));
        }

        if (freq < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(freq), freq, $"The frequency of '{word}' must not be negative.");
        }

        Update(data => AddWordCore(data, word, freq, tag));
    }

    /// <summary>Deletes a word, as jieba's <c>del_word</c> (<c>add_word(word, 0)</c>): its frequency becomes 0 and the HMM splits it.</summary>
    /// <param name="word">The word; must not be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="word"/> is empty.</exception>
    /// <exception cref="InvalidOperationException">This is <see cref="Default"/>.</exception>
    public void DeleteWord(string word) => AddWord(word, 0);

    /// <summary>
    /// jieba's <c>suggest_freq(word)</c> without tuning: the smallest frequency that makes <paramref name="word"/> one
    /// token, <c>max(int(Π FREQ.get(seg, 1) / total · total) + 1, FREQ.get(word, 1))</c> over its HMM-off segments.
    /// </summary>
    /// <param name="word">The word.</param>
    /// <returns>The suggested frequency (≥ 1).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="word"/> is null.</exception>
    public int SuggestFrequency(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return SuggestJoin(Data, word);
    }

    /// <summary>
    /// jieba's <c>suggest_freq((seg1, seg2, ...))</c> without tuning: the largest frequency of the joined word that
    /// still lets it split into <paramref name="segments"/>, <c>min(int(Π FREQ.get(seg, 1) / total · total), FREQ.get(word, 0))</c>.
    /// </summary>
    /// <param name="segments">The desired segments.</param>
    /// <returns>The suggested frequency (≥ 0).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="segments"/> or one of its items is null.</exception>
    public int SuggestFrequency(IReadOnlyList<string> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        LexiconData data = Data;
        double ftotal = data.Total;
        double f = 1;
        foreach (string seg in segments)
        {
            ArgumentNullException.ThrowIfNull(seg, nameof(segments));
            f *= (data.GetFrequency(seg) ?? 1) / ftotal;
        }

        long joined = (long)(f * data.Total);
        int current = data.GetFrequency(string.Concat(segments)) ?? 0;
        return (int)Math.Min(joined, current);
    }

    /// <summary>
    /// Loads a full jieba-format dictionary (like <c>dict.txt</c>: UTF-8 lines <c>word freq [tag]</c>) instead of the
    /// embedded one, as jieba's <c>set_dictionary</c>. The HMM model stays jieba's. The result is writable.
    /// </summary>
    /// <param name="path">Path of a UTF-8 text file.</param>
    /// <returns>A new lexicon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="LexiconFormatException">A line is not <c>word freq [tag]</c> with a positive integer frequency.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Lexicon Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: false); // UTF-8 only; a BOM is stripped per line below
        return Load(reader, path);
    }

    /// <summary>Loads a full jieba-format dictionary from <paramref name="reader"/>; see <see cref="Load(string)"/>.</summary>
    /// <param name="reader">Lines <c>word freq [tag]</c>; blank lines are skipped.</param>
    /// <param name="sourceName">Name used in error messages (default <c>"dictionary"</c>).</param>
    /// <returns>A new lexicon.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="LexiconFormatException">A line is not <c>word freq [tag]</c> with a positive integer frequency.</exception>
    public static Lexicon Load(TextReader reader, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string source = sourceName ?? "dictionary";
        var freq = new Dictionary<string, int>(StringComparer.Ordinal);
        long total = 0;
        int lineNumber = 0;
        while (DictionaryLineParser.ReadLine(reader, source, lineNumber + 1) is { } raw)
        {
            lineNumber++;
            ReadOnlySpan<char> line = DictionaryLineParser.TrimPython(raw).TrimStart('\uFEFF');
            if (line.IsEmpty)
            {
                continue;
            }

            // jieba: word, freq = line.split(' ')[:2]; freq = int(freq)
            int sp = line.IndexOf(' ');
            ReadOnlySpan<char> rest = sp < 0 ? default : line[(sp + 1)..];
            int sp2 = rest.IndexOf(' ');
            ReadOnlySpan<char> number = sp2 < 0 ? rest : rest[..sp2];
            if (sp <= 0 || !int.TryParse(number, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out int f))
            {
                throw new LexiconFormatException(source, lineNumber, raw, "expected 'word freq [tag]' separated by single spaces, with an integer frequency.");
            }

            if (f <= 0)
            {
                throw new LexiconFormatException(source, lineNumber, raw, "the frequency must be a positive integer.");
            }

            DictionaryLineParser.CheckWordLength(line[..sp], source, lineNumber, raw);
            string word = line[..sp].ToString();
            freq[word] = f;
            total += f;
            for (int i = 1; i < word.Length; i++)
            {
                freq.TryAdd(word[..i], 0);
            }
        }

        return new Lexicon(new LexiconData(PrefixTrie.Build(freq, total)));
    }

    /// <summary>
    /// Loads a jieba user dictionary (jieba's <c>load_userdict</c>): UTF-8 lines <c>word [freq] [tag]</c>, separated
    /// by single spaces; a missing frequency is suggested as in <see cref="AddWord"/>. All lines are applied as one
    /// change: on error nothing is applied.
    /// </summary>
    /// <param name="path">Path of a UTF-8 text file.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="LexiconFormatException">A line is malformed (its number and text are in the message).</exception>
    /// <exception cref="InvalidOperationException">This is <see cref="Default"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public void LoadUserDictionary(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: false); // UTF-8 only; a BOM is stripped per line below
        LoadUserDictionary(reader, path);
    }

    /// <summary>Loads a jieba user dictionary from <paramref name="reader"/>; see <see cref="LoadUserDictionary(string)"/>.</summary>
    /// <param name="reader">Lines <c>word [freq] [tag]</c>; blank lines are skipped.</param>
    /// <param name="sourceName">Name used in error messages (default <c>"user dictionary"</c>).</param>
    /// <exception cref="ArgumentNullException"><paramref name="reader"/> is null.</exception>
    /// <exception cref="LexiconFormatException">A line is malformed: a zero, signed, decimal or oversized frequency, or a control character in the word.</exception>
    /// <exception cref="InvalidOperationException">This is <see cref="Default"/>.</exception>
    public void LoadUserDictionary(TextReader reader, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string source = sourceName ?? "user dictionary";
        var entries = new List<(string Word, int? Freq, string? Tag)>();
        int lineNumber = 0;
        while (DictionaryLineParser.ReadLine(reader, source, lineNumber + 1) is { } raw)
        {
            lineNumber++;
            string line = DictionaryLineParser.TrimPython(raw).TrimStart('\uFEFF').ToString();
            if (line.Length == 0)
            {
                continue;
            }

            entries.Add(DictionaryLineParser.ParseUserLine(line, source, lineNumber));
        }

        Update(data =>
        {
            foreach (var (word, freq, tag) in entries)
            {
                AddWordCore(data, word, freq, tag);
            }
        });
    }

    private void Update(Action<LexiconData> change)
    {
        if (IsReadOnly)
        {
            throw new InvalidOperationException(
                "Lexicon.Default is shared and read-only. Use Lexicon.CreateDefaultCopy() (or Lexicon.Load) for a writable lexicon and new ChineseSegmenter(lexicon) to segment with it.");
        }

        lock (_writeLock)
        {
            LexiconData next = Data.CloneForWrite();
            change(next);
            Volatile.Write(ref _data, next);
        }
    }

    private static void AddWordCore(LexiconData data, string word, int? freq, string? tag)
    {
        int f = freq ?? SuggestJoin(data, word);
        data.SetWord(word, f, tag);
    }

    private static int SuggestJoin(LexiconData data, string word)
    {
        double ftotal = data.Total;
        double f = 1;
        var segments = new List<string>();
        ChineseSegmenter.AddTokens(data, word, hmm: false, segments);
        foreach (string seg in segments)
        {
            f *= (data.GetFrequency(seg) ?? 1) / ftotal;
        }

        long suggested = (long)(f * data.Total) + 1;
        long current = data.GetFrequency(word) ?? 1;
        return (int)Math.Min(int.MaxValue, Math.Max(suggested, current));
    }
}
