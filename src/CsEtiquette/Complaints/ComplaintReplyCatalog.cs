using System.Collections.Frozen;
using System.Text;
using CsEtiquette.Packs;

namespace CsEtiquette.Complaints;

/// <summary>
/// The complaint-replies pack (投诉回复话术): the reply text of each step of <see cref="ComplaintWorkflow.PlanNextStep"/>
/// by reply id (schema: docs/schemas/complaint-replies.schema.json). <see cref="Default"/> is the embedded zh-CN pack;
/// replace it with <see cref="Load(string)"/> via <see cref="ComplaintOptions.ReplyCatalog"/>, or override single
/// replies with <see cref="ComplaintOptions.Replies"/>. Immutable and thread-safe.
/// </summary>
public sealed class ComplaintReplyCatalog
{
    internal const string ResourceName = "CsEtiquette.Data.complaint-replies.zh-CN.json";

    private static readonly string[] Slots = ["order", "orderNumber", "options", "chosen", "window", "target"];

    private static readonly Lazy<ComplaintReplyCatalog> LazyDefault = new(LoadEmbedded);

    private readonly FrozenDictionary<string, string> _replies;

    private ComplaintReplyCatalog(FrozenDictionary<string, string> replies) => _replies = replies;

    /// <summary>The embedded zh-CN pack (<c>complaint-replies.zh-CN.json</c>), loaded once, thread-safely.</summary>
    public static ComplaintReplyCatalog Default => LazyDefault.Value;

    /// <summary>The reply ids, e.g. <c>complaint.follow-up</c>.</summary>
    public IEnumerable<string> Ids => _replies.Keys;

    /// <summary>The reply text of <paramref name="id"/> with its <c>{slot}</c> placeholders.</summary>
    /// <param name="id">A reply id.</param>
    /// <returns>The text.</returns>
    /// <exception cref="KeyNotFoundException">No reply has that id.</exception>
    public string this[string id] => _replies[id];

    /// <summary>Reads a replacement pack from a JSON file; it must define every reply id of <see cref="Default"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ComplaintReplyPackException">The file cannot be read or is not a valid pack (names the file and JSON path).</exception>
    public static ComplaintReplyCatalog Load(string path) => Format.ReadFile(path);

    /// <summary>Parses a replacement pack from JSON text; it must define every reply id of <see cref="Default"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">A name for error messages.</param>
    /// <returns>The catalog.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ComplaintReplyPackException">The JSON is not a valid pack (names the source and JSON path).</exception>
    public static ComplaintReplyCatalog Parse(string json, string sourceName) => Format.ReadText(json, sourceName);

    internal ComplaintReplyCatalog With(IEnumerable<KeyValuePair<string, string>> overrides)
    {
        var d = new Dictionary<string, string>(_replies, StringComparer.Ordinal);
        var any = false;
        foreach (var (id, text) in overrides)
        {
            d[id] = text;
            any = true;
        }

        return any ? new ComplaintReplyCatalog(d.ToFrozenDictionary(StringComparer.Ordinal)) : this;
    }

    /// <summary>Null when <paramref name="text"/> is a valid reply for <paramref name="id"/>, else the problem.</summary>
    internal static string? Check(string id, string? text)
    {
        if (!Default._replies.ContainsKey(id))
        {
            return $"unknown reply id; known ids: {string.Join(", ", Default._replies.Keys.Order(StringComparer.Ordinal))}.";
        }

        return CheckText(text);
    }

    private static string? CheckText(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "the reply text is blank.";
        }

        var i = 0;
        while ((i = text.IndexOf('{', i)) >= 0)
        {
            var end = text.IndexOf('}', i);
            if (end < 0)
            {
                return $"unclosed slot at character {i}.";
            }

            var slot = text[(i + 1)..end];
            if (Array.IndexOf(Slots, slot) < 0)
            {
                return $"unknown slot '{{{slot}}}'; slots are {{{string.Join("}, {", Slots)}}}.";
            }

            i = end + 1;
        }

        return null;
    }

    internal string Render(string id, Func<string, string> slotValue)
    {
        var text = _replies[id];
        var sb = new StringBuilder(text.Length + 32);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(text, i, text.Length - i);
                break;
            }

            var close = text.IndexOf('}', open);
            sb.Append(text, i, open - i).Append(slotValue(text[(open + 1)..close]));
            i = close + 1;
        }

        return sb.ToString();
    }

    private static readonly string[] Body = ["replies"];

    private static readonly PackFormat<ComplaintReplyCatalog> EmbeddedFormat = new((s, p, m, e) => new ComplaintReplyPackException(s, p, m, e), d => Read(d, replacement: false));
    private static readonly PackFormat<ComplaintReplyCatalog> Format = new((s, p, m, e) => new ComplaintReplyPackException(s, p, m, e), d => Read(d, replacement: true));

    private static ComplaintReplyCatalog LoadEmbedded() => EmbeddedFormat.ReadEmbedded(typeof(ComplaintReplyCatalog), ResourceName);

    private static ComplaintReplyCatalog Read(PackDocument pack, bool replacement)
    {
        var root = pack.ReadRoot(Body, out _);
        var replies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var reply in root.Required("replies").AsMap().Members())
        {
            var text = reply.Value.AsText();
            if (CheckText(text) is { } problem)
            {
                throw reply.Value.Fail(problem);
            }

            replies[reply.Name] = text;
        }

        if (replies.Count == 0)
        {
            throw root.Required("replies").Fail("needs at least one reply");
        }

        if (replacement)
        {
            foreach (var id in Default._replies.Keys)
            {
                if (!replies.ContainsKey(id))
                {
                    throw root.Required("replies").Fail($"reply '{id}' is missing (a replacement pack defines every reply of the embedded pack)");
                }
            }

            foreach (var id in replies.Keys)
            {
                if (!Default._replies.ContainsKey(id))
                {
                    throw root.Required("replies").Fail($"unknown reply id '{id}' (known: {string.Join(", ", Default._replies.Keys.Order(StringComparer.Ordinal))})");
                }
            }
        }

        return new ComplaintReplyCatalog(replies.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
