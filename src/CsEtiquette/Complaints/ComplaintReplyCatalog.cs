using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;

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

    private static ComplaintReplyCatalog LoadEmbedded()
    {
        using var stream = typeof(ComplaintReplyCatalog).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Embedded resource {ResourceName} is missing from the CsEtiquette assembly.");
        ComplaintReplyPack? pack;
        try
        {
            pack = JsonSerializer.Deserialize(stream, ComplaintJsonContext.Default.ComplaintReplyPack);
        }
        catch (JsonException ex)
        {
            throw new ComplaintSerializationException($"{ResourceName}: {ex.Message}", ex.Path ?? "$", ex);
        }

        if (pack is null || pack.SchemaVersion != 1)
        {
            throw new ComplaintSerializationException(
                $"{ResourceName}: schemaVersion must be 1.", "$.schemaVersion");
        }

        if (pack.Replies is null || pack.Replies.Count == 0)
        {
            throw new ComplaintSerializationException($"{ResourceName}: replies are missing.", "$.replies");
        }

        foreach (var (id, text) in pack.Replies)
        {
            var problem = CheckText(text);
            if (problem is not null)
            {
                throw new ComplaintSerializationException($"{ResourceName}: {problem}",
                    string.Create(CultureInfo.InvariantCulture, $"$.replies['{id}']"));
            }
        }

        return new ComplaintReplyCatalog(pack.Replies.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
