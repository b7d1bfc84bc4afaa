namespace CsEtiquette.Rewriting;

/// <summary>
/// Fits a rule's replacement into the clause around it before it is applied (子句衔接): a replacement that ends a
/// sentence (…您看可以吗？) takes the sentence-final particles and the vocative 亲 that followed the replaced words
/// with it (no "？哦", no "？ 亲"), an apology left behind moves in front, a closing question before more content is
/// dropped so the clauses merge; a replacement that opens with 这款商品/这个 loses it when the draft already names
/// the thing right before (这款黑色的 + 这款商品目前… → 这款黑色的目前…); an emoji deleted at the end takes the spaces
/// before it. Pure functions over the text being rewritten.
/// </summary>
internal static class EditRepair
{
    private const string Particles = "哦呢哈吧啊呀啦嘛哟噢喔";
    private const string ClosingQuestion = "您看可以吗？";
    private static readonly string[] Demonstratives = ["这款商品", "这个问题", "这款", "这个"];
    private static readonly string[] Apologies = ["不好意思", "抱歉", "非常抱歉", "很抱歉"];

    public static Edit Repair(string text, Edit e)
    {
        var r = e.Replacement;
        int start = e.Start, end = e.End;
        if (r.Length == 0)
        {
            return e.Length == 0 ? e : RepairDeletion(text, e);
        }

        // The thing is already named right before the replacement: drop the replacement's own demonstrative.
        if (start > 0 && IsContentChar(text[start - 1]) && text[start - 1] != '亲')
        {
            foreach (var d in Demonstratives)
            {
                if (r.Length > d.Length + 1 && r.StartsWith(d, StringComparison.Ordinal) && !IsPunct(r[d.Length]))
                {
                    r = r[d.Length..];
                    break;
                }
            }
        }

        var terminal = IsTerminal(r[^1]);
        var q = SkipIgnorable(text, end);
        var k = q;
        while (k < text.Length && Particles.Contains(text[k], StringComparison.Ordinal))
        {
            k++;
        }

        if (terminal && k > q && k - q <= 2 && (k == text.Length || IsTerminal(text[k]) || IsSeparator(text[k])))
        {
            // "…您看可以吗？哦" → swallow the particles (and their punctuation, and trailing spaces at the end).
            end = k < text.Length && IsTerminal(text[k]) ? k + 1 : k;
            if (SkipIgnorable(text, end) == text.Length)
            {
                end = text.Length;
            }
        }
        else if (k < text.Length && text[k] == '亲' && IsTailOnly(text, k + 1) && (terminal || (k == end && r.Length >= 8)))
        {
            // The vocative 亲 after the replacement: "…您看可以吗？亲" → "…您看可以吗，亲？"; "…联系处理亲" → "…联系处理，亲".
            r = terminal ? string.Concat(r.AsSpan(0, r.Length - 1), "，亲", r.AsSpan(r.Length - 1)) : r + "，亲";
            end = SkipIgnorable(text, k + 1) == text.Length ? text.Length : k + 1;
        }
        else if (q < text.Length && StartsWithApology(text, q, out var apologyEnd) && IsTailOnly(text, apologyEnd))
        {
            // "…没货了 不好意思哈" → "不好意思，…": the apology opens the clause instead of trailing after it.
            var clause = ClauseStart(text, start);
            r = string.Concat("不好意思，", text.AsSpan(clause, start - clause), r);
            start = clause;
            end = text.Length;
        }
        else if (terminal && q < text.Length && r.Length > ClosingQuestion.Length && r.EndsWith(ClosingQuestion, StringComparison.Ordinal)
            && r[^(ClosingQuestion.Length + 1)] == '，' && IsContentChar(text[q]) && !Particles.Contains(text[q], StringComparison.Ordinal))
        {
            // More of the agent's own words follow: drop the closing question so the clauses merge.
            r = r[..^ClosingQuestion.Length];
            end = q;
        }

        return start == e.Start && end == e.End && ReferenceEquals(r, e.Replacement)
            ? e
            : e with { Start = start, Length = end - start, Replacement = r };
    }

    private static Edit RepairDeletion(string text, Edit e)
    {
        int start = e.Start, end = e.End;
        var tail = SkipSpaces(text, end);
        if (tail < text.Length && SkipIgnorable(text, end) == text.Length)
        {
            // More emoji follow to the end (and are deleted too): the spaces before this one go.
            while (start > 0 && IsSpace(text[start - 1]))
            {
                start--;
            }
        }
        else if (tail == text.Length)
        {
            // Deleted at the end: the spaces before it go too ("您好 #E-s49" → "您好").
            while (start > 0 && IsSpace(text[start - 1]))
            {
                start--;
            }

            end = tail;
        }
        else if (start == 0 && end < text.Length && IsSpace(text[end]))
        {
            end = tail;
        }
        else if (start > 0 && IsSpace(text[start - 1]) && end < text.Length && IsSpace(text[end]))
        {
            end++;
        }

        return start == e.Start && end == e.End ? e : e with { Start = start, Length = end - start };
    }

    private static bool StartsWithApology(string text, int q, out int end)
    {
        foreach (var a in Apologies)
        {
            if (string.CompareOrdinal(text, q, a, 0, a.Length) == 0)
            {
                end = q + a.Length;
                return true;
            }
        }

        end = q;
        return false;
    }

    /// <summary>Only particles, spaces and punctuation from <paramref name="p"/> to the end.</summary>
    private static bool IsTailOnly(string text, int p)
    {
        for (var i = p; i < text.Length; i++)
        {
            var c = text[i];
            if (Particles.Contains(c, StringComparison.Ordinal) || IsSpace(c) || IsPunct(c))
            {
                continue;
            }

            var skip = IgnorableLength(text, i);
            if (skip == 0)
            {
                return false;
            }

            i += skip - 1;
        }

        return true;
    }

    private static int ClauseStart(string text, int p)
    {
        while (p > 0 && !IsSeparator(text[p - 1]) && !IsTerminal(text[p - 1]))
        {
            p--;
        }

        return p;
    }

    private static int SkipSeparators(string text, int p)
    {
        while (p < text.Length && IsSeparator(text[p]))
        {
            p++;
        }

        return p;
    }

    /// <summary>Skips separators and emoticons (emoji, JD codes such as #E-s49, bracket codes such as [微笑]).</summary>
    private static int SkipIgnorable(string text, int p)
    {
        while (p < text.Length)
        {
            if (IsSeparator(text[p]))
            {
                p++;
                continue;
            }

            var n = IgnorableLength(text, p);
            if (n == 0)
            {
                break;
            }

            p += n;
        }

        return p;
    }

    private static int IgnorableLength(string text, int p)
    {
        var c = text[p];
        if (char.IsSurrogate(c) || c is '\u200D' or '\uFE0F' || (char.IsSymbol(c) && c > 0x2000))
        {
            return 1;
        }

        if (c == '#' && p + 3 < text.Length && text[p + 1] == 'E' && text[p + 2] == '-')
        {
            var j = p + 3;
            while (j < text.Length && char.IsAsciiLetterOrDigit(text[j]))
            {
                j++;
            }

            return j > p + 3 ? j - p : 0;
        }

        if (c == '[')
        {
            var close = text.IndexOf(']', p + 1, Math.Min(6, text.Length - p - 1));
            return close > p + 1 ? close - p + 1 : 0;
        }

        return 0;
    }

    private static int SkipSpaces(string text, int p)
    {
        while (p < text.Length && IsSpace(text[p]))
        {
            p++;
        }

        return p;
    }

    internal static bool IsSpace(char c) => c is ' ' or '\u3000' or '\t';

    internal static bool IsTerminal(char c) => c is '？' or '。' or '！' or '?' or '!';

    internal static bool IsSeparator(char c) => IsSpace(c) || c is '，' or ',' or '、' or '~' or '～' or '；' or ';';

    internal static bool IsPunct(char c) => IsTerminal(c) || IsSeparator(c) || char.IsPunctuation(c) || char.IsSymbol(c);

    internal static bool IsContentChar(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c);
}
