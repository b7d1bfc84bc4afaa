using System.Text;

namespace CsEtiquette.Templates;

/// <summary>
/// Voice-channel clean-up: removes "~" (and its full-width forms) and emoticons, and counts spoken
/// characters for the speaking-time estimate. Pure functions over spans.
/// </summary>
internal static class VoiceFilter
{
    /// <summary>True for "~", "～" (U+FF5E) and "〜" (U+301C).</summary>
    public static bool IsTilde(char c) => c is '~' or '\uFF5E' or '\u301C';

    /// <summary>
    /// Literal template text for the voice channel: emoticons removed; a "~" run removed where punctuation,
    /// whitespace or the end of the reply follows, otherwise replaced by ","  (上午好~我是… → 上午好,我是…).
    /// </summary>
    public static string TransformLiteral(string literal, bool isLastPart)
    {
        if (!NeedsFiltering(literal))
        {
            return literal;
        }

        var sb = new StringBuilder(literal.Length);
        var i = 0;
        while (i < literal.Length)
        {
            var width = DroppedWidth(literal, i);
            if (width > 0)
            {
                i += width;
                continue;
            }

            var c = literal[i];
            if (!IsTilde(c))
            {
                sb.Append(c);
                i++;
                continue;
            }

            while (i < literal.Length && (IsTilde(literal[i]) || DroppedWidth(literal, i) > 0))
            {
                i += IsTilde(literal[i]) ? 1 : DroppedWidth(literal, i);
            }

            var atEnd = i >= literal.Length;
            var nextIsPause = !atEnd && (char.IsPunctuation(literal[i]) || char.IsWhiteSpace(literal[i]));
            var prevIsPause = sb.Length == 0 || char.IsPunctuation(sb[^1]) || char.IsWhiteSpace(sb[^1]);
            if (!nextIsPause && !prevIsPause && !(atEnd && isLastPart))
            {
                sb.Append('\uFF0C');
            }
        }

        return sb.ToString();
    }

    /// <summary>True when <paramref name="text"/> holds a "~" or an emoticon.</summary>
    public static bool NeedsFiltering(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsTilde(text[i]) || DroppedWidth(text, i) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Length of <paramref name="value"/> once "~" and emoticons are removed.</summary>
    public static int FilteredLength(ReadOnlySpan<char> value)
    {
        var length = 0;
        var i = 0;
        while (i < value.Length)
        {
            var width = IsTilde(value[i]) ? 1 : DroppedWidth(value, i);
            if (width == 0)
            {
                length++;
                i++;
            }
            else
            {
                i += width;
            }
        }

        return length;
    }

    /// <summary>Copies <paramref name="value"/> without "~" and emoticons; returns the characters written.</summary>
    public static int CopyFiltered(ReadOnlySpan<char> value, Span<char> destination)
    {
        var written = 0;
        var i = 0;
        while (i < value.Length)
        {
            var width = IsTilde(value[i]) ? 1 : DroppedWidth(value, i);
            if (width == 0)
            {
                destination[written++] = value[i];
                i++;
            }
            else
            {
                i += width;
            }
        }

        return written;
    }

    /// <summary>Number of characters a listener hears: letters (汉字 included) and digits.</summary>
    public static int CountSpoken(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>
    /// Width (1 or 2 chars) of an emoticon code point starting at <paramref name="i"/>, or 0. Covers the
    /// emoji planes U+1F000–U+1FAFF, misc symbols and dingbats U+2600–U+27BF, stars U+2B50/U+2B55,
    /// variation selectors, ZWJ and the keycap mark.
    /// </summary>
    private static int DroppedWidth(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            var cp = char.ConvertToUtf32(c, text[i + 1]);
            return cp is >= 0x1F000 and <= 0x1FAFF ? 2 : 0;
        }

        return c is (>= '\u2600' and <= '\u27BF') or '\u2B50' or '\u2B55' or '\uFE0E' or '\uFE0F' or '\u200D' or '\u20E3'
            ? 1
            : 0;
    }
}
