using System.Collections.Frozen;
using System.Text;
using CsEtiquette.Packs;

namespace CsEtiquette.Complaints;

/// <summary>
/// The suggested replies of <see cref="ComplaintWorkflow.PlanNextStep"/>: the embedded zh-CN pack, optionally overridden
/// by <see cref="ComplaintOptions.Replies"/>. Immutable and thread-safe.
/// </summary>
internal sealed class ComplaintReplyCatalog
{
    internal const string ResourceName = "CsEtiquette.Data.complaint-replies.zh-CN.json";

    private static readonly string[] Slots = ["order", "orderNumber", "options", "chosen", "window", "target"];

    private static readonly Lazy<ComplaintReplyCatalog> LazyDefault = new(LoadEmbedded);

    private readonly FrozenDictionary<string, string> _replies;

    private ComplaintReplyCatalog(FrozenDictionary<string, string> replies) => _replies = replies;

    public static ComplaintReplyCatalog Default => LazyDefault.Value;

    public IEnumerable<string> Ids => _replies.Keys;

    public ComplaintReplyCatalog With(IEnumerable<KeyValuePair<string, string>> overrides)
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
    public static string? Check(string id, string? text)
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

    public string Render(string id, Func<string, string> slotValue)
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

    private static readonly PackFormat<ComplaintReplyCatalog> Format = new((s, p, m, e) => new ComplaintReplyPackException(s, p, m, e), Read);

    private static ComplaintReplyCatalog LoadEmbedded() => Format.ReadEmbedded(typeof(ComplaintReplyCatalog), ResourceName);

    private static ComplaintReplyCatalog Read(PackDocument pack)
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

        return new ComplaintReplyCatalog(replies.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
