namespace CsEtiquette.Linting.Engine;

/// <summary>Recovers the text each element matched, for <c>{$N}</c> in replacements (rare, so not on the automaton).</summary>
internal static class PatternCapture
{
    public static string[]? TryCapture(PatternElement[] elements, ReadOnlySpan<char> text, int start, int end, in TextLayout layout)
    {
        var spans = new int[elements.Length * 2];
        if (!Match(elements, 0, text, start, end, layout, spans))
        {
            return null;
        }

        var result = new string[elements.Length];
        for (var i = 0; i < elements.Length; i++)
        {
            var s = text[spans[2 * i]..spans[(2 * i) + 1]].ToString();
            result[i] = elements[i].Kind == PatternElementKind.Number ? Numerals.Normalize(s) : s;
        }

        // "1周内" / "1个月内" read badly: one week or month is written 一周 / 一个月.
        for (var i = 0; i + 1 < elements.Length; i++)
        {
            if (elements[i].Kind == PatternElementKind.Number && result[i] == "1" && StartsWithLongUnit(result[i + 1]))
            {
                result[i] = "一";
            }
        }

        return result;
    }

    private static bool StartsWithLongUnit(string unit) =>
        unit.StartsWith('周') || unit.StartsWith("个月", StringComparison.Ordinal) || unit.StartsWith("个星期", StringComparison.Ordinal) || unit.StartsWith("星期", StringComparison.Ordinal);

    private static bool Match(PatternElement[] els, int i, ReadOnlySpan<char> text, int pos, int end, in TextLayout layout, int[] spans)
    {
        if (i == els.Length)
        {
            return pos == end;
        }

        var e = els[i];
        spans[2 * i] = pos;
        switch (e.Kind)
        {
            case PatternElementKind.Literal:
                foreach (var alt in e.Alternatives)
                {
                    if (pos + alt.Length <= end && text.Slice(pos, alt.Length).SequenceEqual(alt))
                    {
                        spans[(2 * i) + 1] = pos + alt.Length;
                        if (Match(els, i + 1, text, pos + alt.Length, end, layout, spans))
                        {
                            return true;
                        }
                    }
                }

                break;
            case PatternElementKind.Number:
                var run = 0;
                while (pos + run < end && TokenAutomaton.IsNumeral(text[pos + run]))
                {
                    run++;
                }

                for (var k = run; k >= 1; k--)
                {
                    spans[(2 * i) + 1] = pos + k;
                    if (Match(els, i + 1, text, pos + k, end, layout, spans))
                    {
                        return true;
                    }
                }

                break;
            default:
                var tokenEnd = layout.TokenEndAt(pos);
                if (tokenEnd > 0 && tokenEnd <= end && layout.IsWordToken(pos))
                {
                    spans[(2 * i) + 1] = tokenEnd;
                    if (Match(els, i + 1, text, tokenEnd, end, layout, spans))
                    {
                        return true;
                    }
                }

                break;
        }

        if (e.Optional)
        {
            spans[(2 * i) + 1] = pos;
            return Match(els, i + 1, text, pos, end, layout, spans);
        }

        return false;
    }
}
