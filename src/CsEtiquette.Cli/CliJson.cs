using System.Globalization;
using System.Text;

namespace CsEtiquette.Cli;

/// <summary>Hand-written JSON output shared by the sub-commands: CJK and emoji stay unescaped.</summary>
internal static class CliJson
{
    /// <summary>
    /// Appends <paramref name="s"/> as a JSON string literal. Quotes, backslashes, control characters, DEL,
    /// U+2028/U+2029 and lone surrogates are escaped; every other character (CJK, emoji pairs) is written as is.
    /// </summary>
    public static void AppendString(StringBuilder sb, ReadOnlySpan<char> s)
    {
        sb.Append('"');
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            switch (c)
            {
                case '"':
                    sb.Append("\\\"");
                    break;
                case '\\':
                    sb.Append("\\\\");
                    break;
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                case '\b':
                    sb.Append("\\b");
                    break;
                case '\f':
                    sb.Append("\\f");
                    break;
                default:
                    if (c < ' ' || c == '\u007f' || c is '\u2028' or '\u2029' || IsLoneSurrogate(s, i))
                    {
                        // Control characters must be escaped; DEL, the JS line separators and lone surrogates (not
                        // encodable as UTF-8) are escaped too so the output is valid UTF-8 JSON in any consumer.
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        sb.Append('"');
    }

    private static bool IsLoneSurrogate(ReadOnlySpan<char> s, int i)
    {
        var c = s[i];
        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]);
        }

        return char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(s[i - 1]));
    }
}
