namespace CsEtiquette.Segmentation;

/// <summary>Parses jieba dictionary lines (<c>dict.txt</c>: <c>word freq [tag]</c>; user dictionaries: <c>word [freq] [tag]</c>).</summary>
internal static class DictionaryLineParser
{
    /// <summary>Python's <c>bytes.strip()</c> set: ASCII whitespace.</summary>
    internal static ReadOnlySpan<char> TrimPython(ReadOnlySpan<char> s)
    {
        int a = 0, b = s.Length;
        while (a < b && IsAsciiSpace(s[a]))
        {
            a++;
        }

        while (b > a && IsAsciiSpace(s[b - 1]))
        {
            b--;
        }

        return s[a..b];
    }

    /// <summary>
    /// A user-dictionary line as jieba's <c>re_userdict</c> <c>^(.+?)( [0-9]+)?( [a-z]+)?$</c> reads it, with our
    /// stricter checks (control characters, non-positive or signed/decimal frequencies, overflow).
    /// </summary>
    internal static (string Word, int? Freq, string? Tag) ParseUserLine(string line, string source, int lineNumber)
    {
        ReadOnlySpan<char> s = line;
        string? tag = null;
        int? freq = null;

        // Optional trailing " [a-z]+".
        int sp = s.LastIndexOf(' ');
        if (sp > 0 && IsLowerAscii(s[(sp + 1)..]))
        {
            tag = s[(sp + 1)..].ToString();
            s = s[..sp];
        }

        // Optional trailing " [0-9]+".
        sp = s.LastIndexOf(' ');
        if (sp > 0 && IsDigits(s[(sp + 1)..]))
        {
            ReadOnlySpan<char> digits = s[(sp + 1)..];
            if (!int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int f))
            {
                throw new LexiconFormatException(source, lineNumber, line, $"the frequency {digits} is too large (at most {int.MaxValue}).");
            }

            if (f <= 0)
            {
                throw new LexiconFormatException(source, lineNumber, line, "the frequency must be a positive integer (use DeleteWord to remove a word).");
            }

            freq = f;
            s = s[..sp];
        }
        else if (tag is null && sp > 0 && LooksNumeric(s[(sp + 1)..]))
        {
            throw new LexiconFormatException(source, lineNumber, line, $"the frequency '{s[(sp + 1)..]}' must be a positive integer.");
        }

        foreach (char c in s)
        {
            if (char.IsControl(c))
            {
                throw new LexiconFormatException(source, lineNumber, line,
                    "the word contains a control character (fields are separated by single spaces: word [freq] [tag]).");
            }
        }

        return (s.ToString(), freq, tag);
    }

    private static bool IsAsciiSpace(char c) => c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r';

    private static bool IsLowerAscii(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty)
        {
            return false;
        }

        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool LooksNumeric(ReadOnlySpan<char> s) =>
        s.Length > 1 && (s[0] is '-' or '+' || s.Contains('.')) && double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _);
}
