using System.Runtime.CompilerServices;

namespace CsEtiquette.Segmentation;

/// <summary>
/// The character classes of jieba's regular expressions, as exact predicates (no Regex on the hot path).
/// </summary>
internal static class CharClass
{
    /// <summary>First and last code unit of jieba's Han range <c>\u4E00-\u9FD5</c>.</summary>
    internal const char HanFirst = '\u4E00';

    /// <summary>Last code unit of jieba's Han range.</summary>
    internal const char HanLast = '\u9FD5';

    // ASCII part of re_han_default: a-zA-Z0-9+#&._%-
    private const ulong HanDefaultAsciiLow =
        (1UL << '#') | (1UL << '%') | (1UL << '&') | (1UL << '+') | (1UL << '-') | (1UL << '.')
        | (0x3FFUL << '0');

    private const ulong HanDefaultAsciiHigh = (0x3FFFFFFUL << ('A' - 64)) | (1UL << ('_' - 64)) | (0x3FFFFFFUL << ('a' - 64));

    /// <summary>jieba's <c>re_han_default</c> class <c>[\u4E00-\u9FD5a-zA-Z0-9+#&amp;\._%\-]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsHanDefault(char c)
    {
        if (c < 64)
        {
            return ((HanDefaultAsciiLow >> c) & 1) != 0;
        }

        if (c < 128)
        {
            return ((HanDefaultAsciiHigh >> (c - 64)) & 1) != 0;
        }

        return (uint)(c - HanFirst) <= HanLast - HanFirst;
    }

    /// <summary>finalseg's <c>re_han</c> class <c>[\u4E00-\u9FD5]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsHan(char c) => (uint)(c - HanFirst) <= HanLast - HanFirst;

    /// <summary>jieba's <c>re_eng</c> class <c>[a-zA-Z0-9]</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsAsciiAlphanumeric(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>
    /// Python's <c>\s</c> under <c>re.U</c> for <c>str</c> patterns (enumerated from CPython 3.11 over all code points:
    /// U+0009–U+000D, U+001C–U+001F, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
    /// U+205F, U+3000). Note that this differs from <see cref="char.IsWhiteSpace(char)"/>.
    /// </summary>
    internal static bool IsPythonWhitespace(char c)
    {
        if (c <= ' ')
        {
            return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
        }

        if (c < '\u0085')
        {
            return false;
        }

        return c switch
        {
            '\u0085' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' => true,
            >= '\u2000' and <= '\u200A' => true,
            _ => false,
        };
    }

    /// <summary>
    /// Length in code units of the unit jieba yields at <paramref name="index"/> of a non-Han block:
    /// 2 for <c>\r\n</c> and for a valid surrogate pair (one Python code point), otherwise 1
    /// (including a lone surrogate).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int OtherUnitLength(ReadOnlySpan<char> text, int index)
    {
        char c = text[index];
        if ((uint)(index + 1) < (uint)text.Length)
        {
            char next = text[index + 1];
            if ((c == '\r' && next == '\n') || (char.IsHighSurrogate(c) && char.IsLowSurrogate(next)))
            {
                return 2;
            }
        }

        return 1;
    }
}
