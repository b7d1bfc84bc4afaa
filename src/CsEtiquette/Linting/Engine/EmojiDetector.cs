using System.Text;

namespace CsEtiquette.Linting.Engine;

/// <summary>
/// CSE011: emoji (Unicode pictographs, with skin tones, variation selectors and ZWJ sequences), bracket
/// emoticon codes such as [微笑], and the text emoticons of <c>settings.emoticons</c>. Any is flagged when the
/// customer used none or the channel is voice; otherwise those beyond <c>maxWhenCustomerUsed</c>. Fix: delete.
/// </summary>
internal sealed class EmojiDetector : RuleDetector
{
    private static readonly string[] Delete = [string.Empty];
    private readonly int _maxWhenCustomerUsed;
    private readonly string[] _emoticons;
    private readonly System.Buffers.SearchValues<char> _emoticonStarts;
    private readonly string[] _codePrefixes;

    public EmojiDetector(RuleDefinition rule, int ruleIndex)
        : base(rule, ruleIndex)
    {
        _maxWhenCustomerUsed = rule.Settings.GetNumber("maxWhenCustomerUsed", 1, 0, 100);
        _emoticons = rule.Settings.GetList("emoticons").Where(e => e.Length > 0).OrderByDescending(e => e.Length).ToArray();
        _codePrefixes = rule.Settings.GetList("codePrefixes").Where(e => e.Length > 0).ToArray();
        _emoticonStarts = System.Buffers.SearchValues.Create(string.Concat(_emoticons.Select(e => e[0]).Concat(_codePrefixes.Select(e => e[0])).Distinct()) + "[");
    }

    public override void Detect(ref LintRun run)
    {
        var allowed = run.Context.CustomerUsedEmoji && run.Context.Channel == ReplyChannel.Text ? _maxWhenCustomerUsed : 0;
        var text = run.Text.AsSpan();
        var seen = 0;
        var i = 0;
        while (i < text.Length)
        {
            var len = MatchAt(text, i);
            if (len == 0)
            {
                i++;
                continue;
            }

            if (!(Rule.IgnoreQuoted && run.Layout.IsQuoted(i, i + len)))
            {
                seen++;
                if (seen > allowed)
                {
                    run.Add(Rule, i, len, Delete, string.Empty);
                }
            }

            i += len;
        }
    }

    /// <inheritdoc />
    public override bool MayFire(string text, LintContext context, int stepMarkers)
    {
        // Fires only when it sees an emoji/emoticon at all.
        var span = text.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            if (MatchAt(span, i) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Length of the emoji or emoticon starting at <paramref name="i"/>, or 0.</summary>
    private int MatchAt(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (IsPlainText(c) && !_emoticonStarts.Contains(c))
        {
            return 0;
        }

        if (c == '[')
        {
            var j = i + 1;
            while (j < text.Length && j - i <= 5 && text[j] is >= '\u4E00' and <= '\u9FFF')
            {
                j++;
            }

            if (j > i + 1 && j < text.Length && text[j] == ']' && j - i <= 5)
            {
                return j - i + 1;
            }
        }

        var len = IsPlainText(c) ? 0 : EmojiLength(text, i);
        if (len > 0)
        {
            return len;
        }

        if (!_emoticonStarts.Contains(c))
        {
            return 0;
        }

        foreach (var prefix in _codePrefixes)
        {
            if (text[i..].StartsWith(prefix, StringComparison.Ordinal) && CodeLength(text, i + prefix.Length) is > 0 and var code)
            {
                return prefix.Length + code;
            }
        }

        foreach (var e in _emoticons)
        {
            if (text[i..].StartsWith(e, StringComparison.Ordinal))
            {
                return e.Length;
            }
        }

        return 0;
    }

    /// <summary>Length of an emoticon code body (0–2 ASCII letters then 1–3 digits) at <paramref name="i"/>, or 0.</summary>
    private static int CodeLength(ReadOnlySpan<char> text, int i)
    {
        var j = i;
        while (j < text.Length && j - i < 2 && char.IsAsciiLetter(text[j]))
        {
            j++;
        }

        var digits = j;
        while (j < text.Length && j - digits < 3 && char.IsAsciiDigit(text[j]))
        {
            j++;
        }

        return j > digits && (j == text.Length || !char.IsAsciiLetterOrDigit(text[j])) ? j - i : 0;
    }

    /// <summary>True for characters that can never start an emoji (ASCII, CJK ideographs and punctuation, fullwidth forms).</summary>
    private static bool IsPlainText(char c) =>
        c < 0x2000 || c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3000' and <= '\u302F') or (>= '\u3040' and <= '\u3296') or (>= '\uFF00' and <= '\uFFEF');

    internal static bool IsPictograph(int cp) =>
        cp is (>= 0x1F000 and <= 0x1FAFF) or (>= 0x2600 and <= 0x27BF) or 0x2B50 or 0x2B55 or 0x2B06 or 0x2B07 or 0x2B05
            or 0x2B1B or 0x2B1C or 0x3030 or 0x303D or 0x3297 or 0x3299 or 0x203C or 0x2049 or 0x231A or 0x231B or 0x23F0 or 0x23F3;

    private static int EmojiLength(ReadOnlySpan<char> text, int i)
    {
        if (Rune.DecodeFromUtf16(text[i..], out var r, out var n) != System.Buffers.OperationStatus.Done || !IsPictograph(r.Value))
        {
            return 0;
        }

        var end = i + n;
        while (end < text.Length)
        {
            if (Rune.DecodeFromUtf16(text[end..], out var next, out var m) != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            var v = next.Value;
            if (v is 0xFE0F or 0xFE0E or 0x20E3 or (>= 0x1F3FB and <= 0x1F3FF) or (>= 0xE0020 and <= 0xE007F))
            {
                end += m;
            }
            else if (v == 0x200D && end + m < text.Length
                && Rune.DecodeFromUtf16(text[(end + m)..], out var joined, out var k) == System.Buffers.OperationStatus.Done
                && IsPictograph(joined.Value))
            {
                end += m + k;
            }
            else if (v is >= 0x1F1E6 and <= 0x1F1FF && r.Value is >= 0x1F1E6 and <= 0x1F1FF && end == i + n)
            {
                end += m; // regional-indicator flag pair
            }
            else
            {
                break;
            }
        }

        return end - i;
    }
}
