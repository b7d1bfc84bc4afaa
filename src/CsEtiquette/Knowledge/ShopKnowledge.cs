using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using CsEtiquette.Packs;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Knowledge;

/// <summary>
/// A shop's knowledge pack (常见问题速查): FAQ entries and policy facts, loaded from JSON (schema:
/// docs/schemas/knowledge-pack.schema.json), with retrieval over jieba tokens (BM25, synonym groups, question-form words, character
/// bigrams). Below <see cref="Threshold"/> nothing is returned: the assistant asks or hands over instead of guessing;
/// chat turns (收到, 好的) and chit-chat (你是机器人吗, 讲个笑话) from the retrieval lexicon never match.
/// Immutable and thread-safe; build once and share.
/// </summary>
/// <remarks>
/// For every policy fact the pack states (<c>returnWindowDays</c>, <c>afterSalesDays</c>, <c>warrantyDays</c>,
/// <c>shippingHours</c>, <c>freeShippingThreshold</c>) and has no entry of its own for, a built-in entry is added
/// (<c>policy.return-window</c>, <c>policy.after-sales</c>, <c>policy.warranty</c>, <c>policy.shipping</c>,
/// <c>policy.free-shipping</c>) whose answer quotes the figure.
/// </remarks>
public sealed class ShopKnowledge : IShopKnowledge
{
    /// <summary>The default confidence threshold (measured on the example pack's development questions; docs/assistant.md).</summary>
    public const double DefaultThreshold = 0.5;

    /// <summary>The largest pack file accepted (16 MiB).</summary>
    public const long MaxPackBytes = Internal.PackFile.MaxBytes;

    /// <summary>The most entries a pack may hold.</summary>
    public const int MaxEntries = 20_000;

    internal const string ExampleResourceName = "CsEtiquette.Data.knowledge.example.zh-CN.json";

    private static readonly Lazy<ShopKnowledge> LazyExample = new(LoadExample, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly KnowledgeIndex _index;
    private readonly Dictionary<string, KnowledgeEntry> _byId;
    private readonly KnowledgeIndexOptions _options;
    private readonly int _ownCount;
    private readonly IReadOnlyList<string>[] _extraSynonyms;

    /// <summary>Builds the knowledge from entries in code (no JSON).</summary>
    /// <param name="name">The pack name; not blank.</param>
    /// <param name="entries">The FAQ entries; ids unique and not blank, each with a question and an answer.</param>
    /// <param name="policy">The policy facts (policy entries are generated from them); null for none.</param>
    /// <param name="threshold">The confidence threshold in 0..1.</param>
    /// <param name="synonyms">Extra synonym groups (the first word of each is the canonical one); null for none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">A name, id, question or answer is blank, an id repeats, or the threshold is outside 0..1.</exception>
    public ShopKnowledge(string name, IEnumerable<KnowledgeEntry> entries, KnowledgePolicy? policy = null, double threshold = DefaultThreshold, IEnumerable<IReadOnlyList<string>>? synonyms = null)
        : this(name, entries, policy, threshold, synonyms, KnowledgeIndexOptions.Default)
    {
    }

    /// <summary>Builds the knowledge with explicit retrieval constants (tuning on the development set) and the default lexicon.</summary>
    internal ShopKnowledge(string name, IEnumerable<KnowledgeEntry> entries, KnowledgePolicy? policy, double threshold, IEnumerable<IReadOnlyList<string>>? synonyms, KnowledgeIndexOptions options)
        : this(name, entries, policy, threshold, synonyms, options, KnowledgeLexicon.Default)
    {
    }

    private ShopKnowledge(string name, IEnumerable<KnowledgeEntry> entries, KnowledgePolicy? policy, double threshold, IEnumerable<IReadOnlyList<string>>? synonyms, KnowledgeIndexOptions options,
        KnowledgeLexicon lexicon)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(entries);
        if (!(threshold is >= 0 and <= 1))
        {
            throw new ArgumentException($"The threshold must be in 0..1, not {threshold}.", nameof(threshold));
        }

        Name = name;
        Policy = policy ?? new KnowledgePolicy();
        Threshold = threshold;
        Lexicon = lexicon;
        _options = options;
        _extraSynonyms = synonyms is null ? [] : [.. synonyms];
        _byId = new Dictionary<string, KnowledgeEntry>(StringComparer.Ordinal);
        var list = ImmutableArray.CreateBuilder<KnowledgeEntry>();
        foreach (var e in entries)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(entries));
            if (string.IsNullOrWhiteSpace(e.Id) || string.IsNullOrWhiteSpace(e.Answer) || e.Questions.IsDefaultOrEmpty)
            {
                throw new ArgumentException($"Entry '{e.Id}' needs a non-blank id, an answer and at least one question.", nameof(entries));
            }

            if (!_byId.TryAdd(e.Id, e))
            {
                throw new ArgumentException($"The entry id '{e.Id}' is used twice.", nameof(entries));
            }

            list.Add(e);
        }

        _ownCount = list.Count;
        foreach (var generated in PolicyEntries(Policy, lexicon))
        {
            if (_byId.TryAdd(generated.Id, generated))
            {
                list.Add(generated);
            }
        }

        Entries = list.ToImmutable();
        _index = new KnowledgeIndex(Entries, lexicon, _extraSynonyms, ChineseSegmenter.Default, options);
    }

    /// <summary>The retrieval lexicon in use (<see cref="KnowledgeLexicon.Default"/> unless replaced with <see cref="WithLexicon"/>).</summary>
    public KnowledgeLexicon Lexicon { get; }

    /// <summary>
    /// The same pack (name, description, entries, policy, threshold, extra synonyms) over another retrieval lexicon: its
    /// synonyms, stop words, chat turns and generated policy entries replace the embedded ones. This instance is unchanged.
    /// </summary>
    /// <param name="lexicon">The lexicon, e.g. from <see cref="KnowledgeLexicon.Load(string)"/>.</param>
    /// <returns>A new knowledge (the index is rebuilt).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="lexicon"/> is null.</exception>
    public ShopKnowledge WithLexicon(KnowledgeLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        return new ShopKnowledge(Name, Entries.AsSpan(0, _ownCount).ToArray(), Policy, Threshold, _extraSynonyms, _options, lexicon) { Description = Description };
    }

    /// <summary>The example pack for a generic shop (家居日用), embedded in the library; built once.</summary>
    public static ShopKnowledge Example => LazyExample.Value;

    /// <summary>The pack name (<c>$.name</c>).</summary>
    public string Name { get; }

    /// <summary>The pack description, or null.</summary>
    public string? Description { get; private init; }

    /// <inheritdoc />
    public KnowledgePolicy Policy { get; }

    /// <summary>Every entry: the pack's own, then the generated policy entries.</summary>
    public ImmutableArray<KnowledgeEntry> Entries { get; }

    /// <summary>The confidence threshold: matches below it are not returned (<c>$.threshold</c>, default <see cref="DefaultThreshold"/>).</summary>
    public double Threshold { get; }

    /// <summary>Loads a pack from a JSON file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The knowledge.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="KnowledgePackException">The file cannot be read, is too large, or is malformed (the message names the file and JSON path).</exception>
    public static ShopKnowledge Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Format.ReadFile(path);
    }

    /// <summary>Loads a pack from a stream of UTF-8 JSON.</summary>
    /// <param name="stream">The stream (read to the end, not disposed).</param>
    /// <param name="sourceName">A name for messages (e.g. the file name).</param>
    /// <returns>The knowledge.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="KnowledgePackException">The JSON is malformed or does not follow the schema.</exception>
    public static ShopKnowledge Load(Stream stream, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Format.ReadStream(stream, sourceName ?? "knowledge pack");
    }

    /// <summary>Parses a pack from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <returns>The knowledge.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="KnowledgePackException">The JSON is malformed or does not follow the schema.</exception>
    public static ShopKnowledge Parse(string json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Format.ReadText(json, sourceName ?? "knowledge pack");
    }

    /// <summary>The entry with <paramref name="id"/>, if any.</summary>
    /// <param name="id">The entry id.</param>
    /// <param name="entry">The entry when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGetEntry(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out KnowledgeEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out entry);
    }

    /// <inheritdoc />
    /// <remarks>Only the first 256 characters of <paramref name="question"/> are read (bounded time for any input).</remarks>
    public IReadOnlyList<KnowledgeMatch> Find(string question, int top = 1) => Find(question, top, Threshold);

    /// <summary><see cref="Find(string, int)"/> with another threshold (tests and tuning).</summary>
    internal IReadOnlyList<KnowledgeMatch> Find(string question, int top, double threshold)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        var n = Entries.Length;
        if (n == 0 || question.Length == 0 || Lexicon.IsChat(question.AsSpan(0, Math.Min(question.Length, KnowledgeIndex.MaxQueryChars))))
        {
            return [];
        }

        // Packs of up to StackEntries entries score on the stack (zeroed by stackalloc); larger ones rent.
        float[]? rentedScores = null;
        int[]? rentedReached = null;
        var scores = n <= StackEntries ? stackalloc float[n] : (rentedScores = ArrayPool<float>.Shared.Rent(n)).AsSpan(0, n);
        var reached = n <= StackEntries ? stackalloc int[n] : (rentedReached = ArrayPool<int>.Shared.Rent(n)).AsSpan(0, n);
        try
        {
            if (rentedScores is not null)
            {
                scores.Clear();
            }

            var m = _index.Search(question, scores, reached);
            if (m <= 0)
            {
                return [];
            }

            // Top-k by insertion (k is small) over the reached entries only; ties keep pack order.
            var k = Math.Min(top, n);
            Span<int> best = k <= 64 ? stackalloc int[k] : new int[k];
            var found = 0;
            var cut = (float)threshold;
            for (var i = 0; i < m; i++)
            {
                var e = reached[i];
                var s = scores[e];
                if (s < cut || s <= 0 || (found == k && !Before(s, e, scores[best[found - 1]], best[found - 1])))
                {
                    continue;
                }

                var at = found == k ? k - 1 : found++;
                while (at > 0 && Before(s, e, scores[best[at - 1]], best[at - 1]))
                {
                    best[at] = best[at - 1];
                    at--;
                }

                best[at] = e;
            }

            if (found == 0)
            {
                return [];
            }

            var result = new KnowledgeMatch[found];
            for (var i = 0; i < found; i++)
            {
                result[i] = new KnowledgeMatch(Entries[best[i]], Math.Round(scores[best[i]], 4));
            }

            return result;
        }
        finally
        {
            if (rentedScores is not null)
            {
                ArrayPool<float>.Shared.Return(rentedScores);
                ArrayPool<int>.Shared.Return(rentedReached!);
            }
        }
    }

    private const int StackEntries = 1024;

    // Best first: the higher score, and on a tie the entry earlier in the pack.
    private static bool Before(float score, int entry, float otherScore, int otherEntry) =>
        score > otherScore || (score == otherScore && entry < otherEntry);

    internal string Explain(string question) => _index.Explain(question);

    private static ShopKnowledge LoadExample() => Format.ReadEmbedded(typeof(ShopKnowledge), ExampleResourceName);

    private static IEnumerable<KnowledgeEntry> PolicyEntries(KnowledgePolicy policy, KnowledgeLexicon lexicon)
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (var p in lexicon.PolicyEntries)
        {
            string? answer = p.Fact switch
            {
                "returnWindowDays" when policy.ReturnWindowDays is { } d => p.Answer.Replace("{天数}", d.ToString(inv), StringComparison.Ordinal),
                "afterSalesDays" when policy.AfterSalesDays is { } d => p.Answer.Replace("{天数}", d.ToString(inv), StringComparison.Ordinal),
                "warrantyDays" when policy.WarrantyDays is { } d => p.Answer.Replace("{天数}", d.ToString(inv), StringComparison.Ordinal),
                "shippingHours" when policy.ShippingHours is { } h => p.Answer.Replace("{小时}", h.ToString(inv), StringComparison.Ordinal),
                "freeShippingThreshold" when policy.FreeShippingThreshold is { } m => p.Answer.Replace("{金额}", m.ToString("0.##", inv), StringComparison.Ordinal),
                _ => null,
            };
            if (answer is not null)
            {
                yield return new KnowledgeEntry(p.Id, p.Questions, answer) { FromPolicy = true };
            }
        }
    }

    private static readonly PackFormat<ShopKnowledge> Format = new((s, p, m, e) => new KnowledgePackException(s, p, m, e), pack => FromPack(pack, KnowledgeIndexOptions.Default));

    /// <summary><see cref="Parse(string, string?)"/> with explicit retrieval constants (tuning on the development set).</summary>
    internal static ShopKnowledge Parse(string json, string? sourceName, KnowledgeIndexOptions options) =>
        new PackFormat<ShopKnowledge>((s, p, m, e) => new KnowledgePackException(s, p, m, e), pack => FromPack(pack, options)).ReadText(json, sourceName ?? "knowledge pack");
    private static readonly string[] Body = ["policy", "synonyms", "threshold", "entries"];
    private static readonly string[] EntryProperties = ["id", "questions", "answer", "keywords"];
    private static readonly string[] PolicyProperties =
        ["returnWindowDays", "afterSalesDays", "warrantyDays", "shippingHours", "freeShippingThreshold", "deliveryTime", "refundTime", "processingTime", "lookupTime"];

    private static ShopKnowledge FromPack(PackDocument pack, KnowledgeIndexOptions options)
    {
        var root = pack.ReadRoot(Body, out var header);
        var policy = root.TryGet("policy", out var p) ? ReadPolicy(p) : new KnowledgePolicy();
        var threshold = root.TryGet("threshold", out var t) ? t.AsNumber(0, 1) : DefaultThreshold;
        var synonyms = new List<IReadOnlyList<string>>();
        if (root.TryGet("synonyms", out var syn))
        {
            foreach (var group in syn.AsArray())
            {
                synonyms.Add(Texts(group, minCount: 2));
            }
        }

        var entriesValue = root.Required("entries");
        var entryValues = entriesValue.AsArray();
        if (entryValues.Length > MaxEntries)
        {
            throw entriesValue.Fail(string.Create(CultureInfo.InvariantCulture, $"holds {entryValues.Length} entries; at most {MaxEntries} are allowed."));
        }

        var entries = new List<KnowledgeEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var value in entryValues)
        {
            var e = value.AsObject(EntryProperties);
            var id = e.RequiredText("id").Trim();
            if (!ids.Add(id))
            {
                throw e.Required("id").Fail($"the id '{id}' is used by an earlier entry.");
            }

            var questions = Texts(e.Required("questions"), minCount: 1);
            var answer = e.RequiredText("answer").Trim();
            var keywords = e.TryGet("keywords", out var kw) ? Texts(kw, minCount: 0) : [];
            entries.Add(new KnowledgeEntry(id, questions, answer) { Keywords = keywords });
        }

        return new ShopKnowledge(header.Name.Trim(), entries, policy, threshold, synonyms, options) { Description = header.Description };
    }

    private static KnowledgePolicy ReadPolicy(PackValue value)
    {
        var p = value.AsObject(PolicyProperties);
        return new KnowledgePolicy
        {
            ReturnWindowDays = OptionalDays(p, "returnWindowDays"),
            AfterSalesDays = OptionalDays(p, "afterSalesDays"),
            WarrantyDays = OptionalDays(p, "warrantyDays"),
            ShippingHours = OptionalDays(p, "shippingHours"),
            FreeShippingThreshold = p.TryGet("freeShippingThreshold", out var f) ? f.AsDecimal(0) : null,
            DeliveryTime = p.OptionalText("deliveryTime")?.Trim(),
            RefundTime = p.OptionalText("refundTime")?.Trim(),
            ProcessingTime = p.OptionalText("processingTime")?.Trim(),
            LookupTime = p.OptionalText("lookupTime")?.Trim(),
        };
    }

    private static int? OptionalDays(PackObject p, string name) => p.TryGet(name, out var v) ? v.AsInt(1, 36500) : null;

    private static ImmutableArray<string> Texts(PackValue v, int minCount)
    {
        var items = v.AsStrings(minCount);
        var list = ImmutableArray.CreateBuilder<string>(items.Length);
        foreach (var item in items)
        {
            list.Add(item.Trim());
        }

        return list.MoveToImmutable();
    }
}
