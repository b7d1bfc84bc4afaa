using System.Collections.Frozen;
using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;

namespace CsEtiquette.Templates;

/// <summary>
/// An immutable set of reply templates keyed by id, loaded from one or more template packs (JSON).
/// <see cref="Default"/> is the built-in zh-CN pack (话术模板库); user packs add templates or override them
/// by id (brand voice, agent persona) and set pack-wide slot defaults (shop policy such as <c>处理时限</c>).
/// </summary>
/// <remarks>
/// Thread-safe: every instance is immutable; <see cref="WithPack(TemplateLibrary)"/> returns a new library.
/// Lookups are ordinal and case-sensitive (ids are lower case).
/// </remarks>
public sealed class TemplateLibrary
{
    /// <summary>The manifest resource name of the default pack.</summary>
    internal const string DefaultResourceName = "CsEtiquette.Data.templates.zh-CN.json";
    private const string LiveStreamResourceName = "CsEtiquette.Data.templates.livestream.zh-CN.json";
    private static readonly Lazy<TemplateLibrary> LazyLiveStream = new(() => LoadEmbedded(LiveStreamResourceName), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<TemplateLibrary> LazyDefault = new(LoadDefaultUncached, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, ReplyTemplate> _byId;
    private readonly string[] _ids;

    private TemplateLibrary(IEnumerable<ReplyTemplate> templates, IReadOnlyDictionary<string, string> slotDefaults, string? locale, IReadOnlyList<string> sources)
    {
        // The shop facts ({处理时限}) come from ShopPolicy, their one home; a pack's slotDefaults override them.
        var merged = new Dictionary<string, string>(ShopPolicy.Default.FactSlots(), StringComparer.Ordinal);
        foreach (var (k, v) in slotDefaults)
        {
            merged[k] = v;
        }

        var frozenDefaults = merged.ToFrozenDictionary(StringComparer.Ordinal);
        var list = new List<ReplyTemplate>();
        foreach (var t in templates)
        {
            list.Add(t.WithPackDefaults(frozenDefaults));
        }

        list.Sort(static (a, b) => string.CompareOrdinal(a.Id, b.Id));
        _byId = list.ToFrozenDictionary(t => t.Id, StringComparer.Ordinal);
        _ids = list.ConvertAll(t => t.Id).ToArray();
        Templates = new ReadOnlyCollection<ReplyTemplate>(list);
        Ids = new ReadOnlyCollection<string>(_ids);
        SlotDefaults = frozenDefaults;
        Locale = locale;
        Sources = sources;
    }

    /// <summary>
    /// The built-in zh-CN pack (<c>Data/templates.zh-CN.json</c>, embedded), loaded once on first use;
    /// thread-safe. Its ids are listed in docs/templates.md.
    /// </summary>
    /// <exception cref="TemplatePackException">The embedded pack is malformed (a build defect).</exception>
    public static TemplateLibrary Default => LazyDefault.Value;

    /// <summary>
    /// The embedded live-stream templates (直播客服: livestream.promise-check, livestream.price-difference,
    /// livestream.flash-sale-ended, livestream.gift-missing). Not in <see cref="Default"/>; add them with
    /// <c>TemplateLibrary.Default.WithPack(TemplateLibrary.LiveStream)</c>. Loaded lazily; immutable and thread-safe.
    /// </summary>
    public static TemplateLibrary LiveStream => LazyLiveStream.Value;

    /// <summary>An empty library (no templates, no slot defaults), a starting point for fully custom packs.</summary>
    public static TemplateLibrary Empty { get; } = new([], FrozenDictionary<string, string>.Empty, null, []);

    /// <summary>All templates, sorted by id (ordinal).</summary>
    public IReadOnlyList<ReplyTemplate> Templates { get; }

    /// <summary>All ids, sorted (ordinal).</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>Number of templates.</summary>
    public int Count => _ids.Length;

    /// <summary>Pack-wide slot defaults (the merged <c>slotDefaults</c> of every pack; later packs win).</summary>
    public IReadOnlyDictionary<string, string> SlotDefaults { get; }

    /// <summary>The locale of the last pack that declared one (e.g. <c>zh-CN</c>), or null.</summary>
    public string? Locale { get; }

    /// <summary>The packs this library was built from, in load order (file paths or <c>embedded:…</c>).</summary>
    public IReadOnlyList<string> Sources { get; }

    /// <summary>Loads a pack from a JSON file (UTF-8). The library holds only that pack's templates; merge with <see cref="WithPack(TemplateLibrary)"/>.</summary>
    /// <param name="path">The pack file.</param>
    /// <returns>A new library.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="TemplatePackException">The file cannot be read or the pack is malformed (names the file, JSON path and problem).</exception>
    public static TemplateLibrary Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return TemplatePackReader.Format.ReadFile(path);
    }

    /// <summary>Loads a pack from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The pack; read to the end, not disposed.</param>
    /// <param name="sourceName">A name for messages, e.g. the file name.</param>
    /// <returns>A new library.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="TemplatePackException">The pack is malformed.</exception>
    public static TemplateLibrary Load(Stream utf8Json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(sourceName);
        return TemplatePackReader.Format.ReadStream(utf8Json, sourceName);
    }

    internal static TemplateLibrary FromPack(TemplatePackReader.Pack pack) =>
        new(pack.Templates, pack.SlotDefaults, pack.Locale, [pack.Source]);

    /// <summary>Parses a pack from a JSON string.</summary>
    /// <param name="json">The pack.</param>
    /// <param name="sourceName">A name for messages.</param>
    /// <returns>A new library.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="TemplatePackException">The pack is malformed.</exception>
    public static TemplateLibrary Parse(string json, string sourceName = "<string>")
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(sourceName);
        return TemplatePackReader.Format.ReadText(json, sourceName);
    }

    /// <summary>
    /// A new library with <paramref name="pack"/>'s templates added; a template with an id that already
    /// exists replaces it whole. Slot defaults merge by name, <paramref name="pack"/>'s winning, and apply to
    /// every template (so a shop-policy pack with only <c>slotDefaults</c> changes the built-in replies).
    /// </summary>
    /// <param name="pack">The pack to lay over this library.</param>
    /// <returns>A new library; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pack"/> is null.</exception>
    public TemplateLibrary WithPack(TemplateLibrary pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        var merged = new Dictionary<string, ReplyTemplate>(_byId, StringComparer.Ordinal);
        foreach (var t in pack.Templates)
        {
            merged[t.Id] = t;
        }

        var defaults = new Dictionary<string, string>(SlotDefaults, StringComparer.Ordinal);
        foreach (var (k, v) in pack.SlotDefaults)
        {
            defaults[k] = v;
        }

        var sources = new List<string>(Sources);
        sources.AddRange(pack.Sources);
        return new TemplateLibrary(merged.Values, defaults, pack.Locale ?? Locale, sources);
    }

    /// <summary>Loads the pack at <paramref name="path"/> and lays it over this library (see <see cref="WithPack(TemplateLibrary)"/>).</summary>
    /// <param name="path">The pack file.</param>
    /// <returns>A new library.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="TemplatePackException">The pack is malformed.</exception>
    public TemplateLibrary WithPack(string path) => WithPack(Load(path));

    /// <summary>The template with the given id.</summary>
    /// <param name="id">The id, e.g. <c>empathy.damaged-item</c>.</param>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="TemplateNotFoundException">No template has that id; the message lists close matches.</exception>
    public ReplyTemplate Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out var t) ? t : throw new TemplateNotFoundException(id, SuggestIds(id));
    }

    /// <summary>Looks up a template without throwing.</summary>
    /// <param name="id">The id.</param>
    /// <param name="template">The template, or null.</param>
    /// <returns>True when found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool TryGet(string id, [NotNullWhen(true)] out ReplyTemplate? template)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out template);
    }

    /// <summary>True when a template has the id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>Whether it exists.</returns>
    public bool Contains(string id) => id is not null && _byId.ContainsKey(id);

    /// <summary>Known ids close to <paramref name="id"/> (edit distance, then prefix/containment), best first.</summary>
    /// <param name="id">Any text.</param>
    /// <param name="max">Most suggestions to return.</param>
    /// <returns>Up to <paramref name="max"/> ids; empty when nothing is close.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public IReadOnlyList<string> SuggestIds(string id, int max = 5)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        return IdSuggester.Suggest(id, _ids, max);
    }

    private static TemplateLibrary LoadEmbedded(string resource) => TemplatePackReader.Format.ReadEmbedded(typeof(TemplateLibrary), resource);

    /// <summary>Loads the embedded default pack, bypassing the cache (benchmarks and tests).</summary>
    internal static TemplateLibrary LoadDefaultUncached() => LoadEmbedded(DefaultResourceName);
}
