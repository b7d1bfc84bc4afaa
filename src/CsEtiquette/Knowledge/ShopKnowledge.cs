using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using CsEtiquette.Segmentation;

namespace CsEtiquette.Knowledge;

/// <summary>
/// A shop's knowledge pack (常见问题速查): FAQ entries and policy facts, loaded from JSON (schema in
/// docs/assistant.md), with retrieval over jieba tokens (BM25, synonym groups, question-form words, character
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
    public const long MaxPackBytes = 16L * 1024 * 1024;

    /// <summary>The most entries a pack may hold.</summary>
    public const int MaxEntries = 20_000;

    internal const string ExampleResourceName = "CsEtiquette.Data.knowledge.example.zh-CN.json";

    private static readonly Lazy<ShopKnowledge> LazyExample = new(LoadExample, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    private readonly KnowledgeIndex _index;
    private readonly Dictionary<string, KnowledgeEntry> _byId;

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

    /// <summary>Builds the knowledge with explicit retrieval constants (tuning on the development set).</summary>
    internal ShopKnowledge(string name, IEnumerable<KnowledgeEntry> entries, KnowledgePolicy? policy, double threshold, IEnumerable<IReadOnlyList<string>>? synonyms, KnowledgeIndexOptions options)
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

        foreach (var generated in PolicyEntries(Policy, KnowledgeLexicon.Default))
        {
            if (_byId.TryAdd(generated.Id, generated))
            {
                list.Add(generated);
            }
        }

        Entries = list.ToImmutable();
        _index = new KnowledgeIndex(Entries, KnowledgeLexicon.Default, synonyms ?? [], ChineseSegmenter.Default, options);
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
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                throw new KnowledgePackException(path, "$", "the file does not exist.");
            }

            if (info.Length > MaxPackBytes)
            {
                throw new KnowledgePackException(path, "$", string.Create(CultureInfo.InvariantCulture, $"the file is {info.Length} bytes; packs are limited to {MaxPackBytes} bytes."));
            }

            using var stream = File.OpenRead(path);
            return Load(stream, path);
        }
        catch (IOException ex)
        {
            throw new KnowledgePackException(path, "$", "the file cannot be read: " + ex.Message, ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new KnowledgePackException(path, "$", "the file cannot be read: " + ex.Message, ex);
        }
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
        var source = sourceName ?? "knowledge pack";
        try
        {
            using var doc = JsonDocument.Parse(stream, DocumentOptions);
            return FromJson(doc.RootElement, source, KnowledgeIndexOptions.Default);
        }
        catch (JsonException ex)
        {
            throw new KnowledgePackException(source, ex.Path ?? "$", "invalid JSON: " + ex.Message, ex);
        }
    }

    /// <summary>Parses a pack from a JSON string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <returns>The knowledge.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="KnowledgePackException">The JSON is malformed or does not follow the schema.</exception>
    public static ShopKnowledge Parse(string json, string? sourceName = null) => Parse(json, sourceName, KnowledgeIndexOptions.Default);

    /// <summary><see cref="Parse(string, string?)"/> with explicit retrieval constants (tuning).</summary>
    internal static ShopKnowledge Parse(string json, string? sourceName, KnowledgeIndexOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        var source = sourceName ?? "knowledge pack";
        try
        {
            using var doc = JsonDocument.Parse(json, DocumentOptions);
            return FromJson(doc.RootElement, source, options);
        }
        catch (JsonException ex)
        {
            throw new KnowledgePackException(source, ex.Path ?? "$", "invalid JSON: " + ex.Message, ex);
        }
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
        if (n == 0 || question.Length == 0 || KnowledgeLexicon.Default.IsChat(question.AsSpan(0, Math.Min(question.Length, KnowledgeIndex.MaxQueryChars))))
        {
            return [];
        }

        var scores = ArrayPool<float>.Shared.Rent(n);
        try
        {
            if (!_index.Search(question, scores.AsSpan(0, n)))
            {
                return [];
            }

            // Top-k by insertion (k is small); ties keep pack order.
            var k = Math.Min(top, n);
            Span<int> best = k <= 64 ? stackalloc int[k] : new int[k];
            var found = 0;
            var cut = (float)threshold;
            for (var e = 0; e < n; e++)
            {
                var s = scores[e];
                if (s < cut || s <= 0 || (found == k && s <= scores[best[found - 1]]))
                {
                    continue;
                }

                var at = found == k ? k - 1 : found++;
                while (at > 0 && scores[best[at - 1]] < s)
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
            ArrayPool<float>.Shared.Return(scores);
        }
    }

    internal string Explain(string question) => _index.Explain(question);

    private static ShopKnowledge LoadExample()
    {
        using var stream = typeof(ShopKnowledge).Assembly.GetManifestResourceStream(ExampleResourceName)
            ?? throw new InvalidOperationException($"The embedded resource '{ExampleResourceName}' is missing from the CsEtiquette assembly.");
        return Load(stream, ExampleResourceName);
    }

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

    private static readonly string[] RootProperties = ["schemaVersion", "locale", "name", "description", "policy", "synonyms", "threshold", "entries"];
    private static readonly string[] EntryProperties = ["id", "questions", "answer", "keywords"];
    private static readonly string[] PolicyProperties =
        ["returnWindowDays", "afterSalesDays", "warrantyDays", "shippingHours", "freeShippingThreshold", "deliveryTime", "refundTime", "processingTime"];

    private static ShopKnowledge FromJson(JsonElement root, string source, KnowledgeIndexOptions options)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new KnowledgePackException(source, "$", "the pack must be a JSON object.");
        }

        CheckProperties(root, RootProperties, "$", source);
        var version = RequiredInt(root, "schemaVersion", "$", source);
        if (version != 1)
        {
            throw new KnowledgePackException(source, "$.schemaVersion", string.Create(CultureInfo.InvariantCulture, $"schema version {version} is not supported (this library reads version 1)."));
        }

        var locale = RequiredString(root, "locale", "$", source);
        if (!string.Equals(locale, "zh-CN", StringComparison.OrdinalIgnoreCase))
        {
            throw new KnowledgePackException(source, "$.locale", $"locale '{locale}' is not supported (zh-CN only).");
        }

        var name = RequiredString(root, "name", "$", source);
        var description = root.TryGetProperty("description", out var d) ? StringValue(d, "$.description", source) : null;
        var policy = root.TryGetProperty("policy", out var p) ? ReadPolicy(p, source) : new KnowledgePolicy();
        var threshold = DefaultThreshold;
        if (root.TryGetProperty("threshold", out var t))
        {
            if (t.ValueKind != JsonValueKind.Number || !t.TryGetDouble(out threshold) || threshold is < 0 or > 1)
            {
                throw new KnowledgePackException(source, "$.threshold", "must be a number in 0..1.");
            }
        }

        var synonyms = new List<IReadOnlyList<string>>();
        if (root.TryGetProperty("synonyms", out var syn))
        {
            if (syn.ValueKind != JsonValueKind.Array)
            {
                throw new KnowledgePackException(source, "$.synonyms", "must be an array of arrays of words.");
            }

            var gi = 0;
            foreach (var group in syn.EnumerateArray())
            {
                synonyms.Add(StringArray(group, string.Create(CultureInfo.InvariantCulture, $"$.synonyms[{gi}]"), source, minCount: 2));
                gi++;
            }
        }

        if (!root.TryGetProperty("entries", out var entriesElement) || entriesElement.ValueKind != JsonValueKind.Array)
        {
            throw new KnowledgePackException(source, "$.entries", "must be an array of entries.");
        }

        if (entriesElement.GetArrayLength() > MaxEntries)
        {
            throw new KnowledgePackException(source, "$.entries", string.Create(CultureInfo.InvariantCulture, $"holds {entriesElement.GetArrayLength()} entries; at most {MaxEntries} are allowed."));
        }

        var entries = new List<KnowledgeEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var e in entriesElement.EnumerateArray())
        {
            var path = string.Create(CultureInfo.InvariantCulture, $"$.entries[{i}]");
            if (e.ValueKind != JsonValueKind.Object)
            {
                throw new KnowledgePackException(source, path, "must be an object with id, questions and answer.");
            }

            CheckProperties(e, EntryProperties, path, source);
            var id = RequiredString(e, "id", path, source);
            if (!ids.Add(id))
            {
                throw new KnowledgePackException(source, path + ".id", $"the id '{id}' is used by an earlier entry.");
            }

            if (!e.TryGetProperty("questions", out var qs))
            {
                throw new KnowledgePackException(source, path + ".questions", "is required (an array of at least one question).");
            }

            var questions = StringArray(qs, path + ".questions", source, minCount: 1);
            var answer = RequiredString(e, "answer", path, source);
            var keywords = e.TryGetProperty("keywords", out var kw) ? StringArray(kw, path + ".keywords", source, minCount: 0) : [];
            entries.Add(new KnowledgeEntry(id, questions, answer) { Keywords = keywords });
            i++;
        }

        return new ShopKnowledge(name, entries, policy, threshold, synonyms, options) { Description = description };
    }

    private static KnowledgePolicy ReadPolicy(JsonElement p, string source)
    {
        if (p.ValueKind != JsonValueKind.Object)
        {
            throw new KnowledgePackException(source, "$.policy", "must be an object.");
        }

        CheckProperties(p, PolicyProperties, "$.policy", source);
        return new KnowledgePolicy
        {
            ReturnWindowDays = OptionalDays(p, "returnWindowDays", source),
            AfterSalesDays = OptionalDays(p, "afterSalesDays", source),
            WarrantyDays = OptionalDays(p, "warrantyDays", source),
            ShippingHours = OptionalDays(p, "shippingHours", source),
            FreeShippingThreshold = p.TryGetProperty("freeShippingThreshold", out var f)
                ? f.ValueKind == JsonValueKind.Number && f.TryGetDecimal(out var m) && m >= 0
                    ? m
                    : throw new KnowledgePackException(source, "$.policy.freeShippingThreshold", "must be a non-negative number (yuan).")
                : null,
            DeliveryTime = p.TryGetProperty("deliveryTime", out var dt) ? StringValue(dt, "$.policy.deliveryTime", source) : null,
            RefundTime = p.TryGetProperty("refundTime", out var rt) ? StringValue(rt, "$.policy.refundTime", source) : null,
            ProcessingTime = p.TryGetProperty("processingTime", out var pt) ? StringValue(pt, "$.policy.processingTime", source) : null,
        };
    }

    private static int? OptionalDays(JsonElement p, string name, string source)
    {
        if (!p.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n is > 0 and <= 36500
            ? n
            : throw new KnowledgePackException(source, "$.policy." + name, "must be a whole number from 1 to 36500.");
    }

    private static void CheckProperties(JsonElement obj, string[] allowed, string path, string source)
    {
        foreach (var prop in obj.EnumerateObject())
        {
            if (Array.IndexOf(allowed, prop.Name) < 0)
            {
                throw new KnowledgePackException(source, path + "." + prop.Name, $"unknown property (allowed: {string.Join(", ", allowed)}).");
            }
        }
    }

    private static int RequiredInt(JsonElement obj, string name, string path, string source) =>
        obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n)
            ? n
            : throw new KnowledgePackException(source, path + "." + name, "is required and must be a whole number.");

    private static string RequiredString(JsonElement obj, string name, string path, string source) =>
        obj.TryGetProperty(name, out var v)
            ? StringValue(v, path + "." + name, source)
            : throw new KnowledgePackException(source, path + "." + name, "is required (a non-blank string).");

    private static string StringValue(JsonElement v, string path, string source) =>
        v.ValueKind == JsonValueKind.String && v.GetString() is { } s && !string.IsNullOrWhiteSpace(s)
            ? s.Trim()
            : throw new KnowledgePackException(source, path, "must be a non-blank string.");

    private static ImmutableArray<string> StringArray(JsonElement v, string path, string source, int minCount)
    {
        if (v.ValueKind != JsonValueKind.Array)
        {
            throw new KnowledgePackException(source, path, "must be an array of strings.");
        }

        var list = ImmutableArray.CreateBuilder<string>();
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            list.Add(StringValue(item, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), source));
            i++;
        }

        if (list.Count < minCount)
        {
            throw new KnowledgePackException(source, path, string.Create(CultureInfo.InvariantCulture, $"needs at least {minCount} item(s)."));
        }

        return list.ToImmutable();
    }
}
