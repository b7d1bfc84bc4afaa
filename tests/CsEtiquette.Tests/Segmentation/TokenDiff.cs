using System.Globalization;
using System.Text;

namespace CsEtiquette.Tests.Segmentation;

/// <summary>Readable token-list differences for the fidelity tests' failure messages.</summary>
internal static class TokenDiff
{
    public static void AppendMismatch(StringBuilder sb, string where, string text, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var first = 0;
        while (first < expected.Count && first < actual.Count && string.Equals(expected[first], actual[first], StringComparison.Ordinal))
        {
            first++;
        }

        sb.Append(CultureInfo.InvariantCulture, $"--- {where} (first difference at token {first}): {Escape(text)}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  jieba: {Join(expected, first)}\n");
        sb.Append(CultureInfo.InvariantCulture, $"  ours : {Join(actual, first)}\n");
    }

    // Long lines: show a window around the first difference so the message stays readable.
    private static string Join(IReadOnlyList<string> tokens, int first)
    {
        var from = Math.Max(0, first - 4);
        var to = Math.Min(tokens.Count, first + 12);
        var body = string.Join(" / ", tokens.Skip(from).Take(to - from).Select(t => "⟦" + Escape(t) + "⟧"));
        return (from > 0 ? $"…({from}) " : string.Empty) + body + (to < tokens.Count ? $" …(+{tokens.Count - to})" : string.Empty)
            + $"  [{tokens.Count} tokens]";
    }

    public static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var paired = char.IsHighSurrogate(c) ? i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
                : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(s[i - 1]);
            if (char.IsControl(c) || char.IsWhiteSpace(c) && c != ' ' || c is '\u200b' or '\u200c' or '\u200d' or '\ufeff'
                || char.IsSurrogate(c) && !paired)
            {
                sb.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }
}
