using System.Text;

namespace CsEtiquette.Rewriting;

/// <summary>Applies and composes non-overlapping edits.</summary>
internal static class EditApplier
{
    /// <summary>Applies <paramref name="edits"/> (any order) to <paramref name="text"/>.</summary>
    /// <exception cref="ArgumentException">An edit lies outside the text or two edits overlap.</exception>
    public static string Apply(string text, IEnumerable<Edit> edits)
    {
        var list = edits.ToList();
        list.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Length.CompareTo(b.Length));
        var sb = new StringBuilder(text.Length + 16);
        var pos = 0;
        foreach (var e in list)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(edits));
            if (e.Start < 0 || e.Length < 0 || e.End > text.Length)
            {
                throw new ArgumentException($"edit [{e.Start}, {e.End}) of {e.RuleId} lies outside the text (length {text.Length}).", nameof(edits));
            }

            if (e.Start < pos)
            {
                throw new ArgumentException($"edit [{e.Start}, {e.End}) of {e.RuleId} overlaps an earlier edit.", nameof(edits));
            }

            sb.Append(text, pos, e.Start - pos).Append(e.Replacement);
            pos = e.End;
        }

        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }

    /// <summary>
    /// Composes <paramref name="first"/> (edits of <paramref name="original"/> giving <paramref name="middle"/>)
    /// with <paramref name="second"/> (edits of <paramref name="middle"/>) into edits of the original that give
    /// the same final text. Edits that touch each other are merged into one.
    /// </summary>
    public static List<Edit> Compose(string original, IReadOnlyList<Edit> first, string middle, IReadOnlyList<Edit> second)
    {
        var e1 = first.OrderBy(e => e.Start).ThenBy(e => e.Length).ToList();

        // Segments of the middle text: copied from the original, or produced by an edit of `first`.
        var segs = new List<(int C, int D, int A, int B, int Edit)>();
        int pos = 0, t = 0;
        for (var k = 0; k < e1.Count; k++)
        {
            var e = e1[k];
            if (e.Start > pos)
            {
                segs.Add((t, t + e.Start - pos, pos, e.Start, -1));
                t += e.Start - pos;
            }

            segs.Add((t, t + e.Replacement.Length, e.Start, e.End, k));
            t += e.Replacement.Length;
            pos = e.End;
        }

        if (pos < original.Length)
        {
            segs.Add((t, t + original.Length - pos, pos, original.Length, -1));
        }

        var items = new List<(int S, int E, int Kind, int Index)>(); // Kind 1 = first, 2 = second
        for (var k = 0; k < e1.Count; k++)
        {
            items.Add((e1[k].Start, e1[k].End, 1, k));
        }

        for (var k = 0; k < second.Count; k++)
        {
            var (os, oe) = MapRange(segs, second[k].Start, second[k].End, original.Length);
            items.Add((os, oe, 2, k));
        }

        items.Sort(static (a, b) => a.S != b.S ? a.S.CompareTo(b.S) : a.E.CompareTo(b.E));
        var result = new List<Edit>();
        var i = 0;
        while (i < items.Count)
        {
            int gs = items[i].S, ge = items[i].E;
            var j = i + 1;
            while (j < items.Count && Touches(gs, ge, items[j].S, items[j].E))
            {
                ge = Math.Max(ge, items[j].E);
                j++;
            }

            if (j == i + 1)
            {
                var it = items[i];
                result.Add(it.Kind == 1 ? e1[it.Index] : second[it.Index] with { Start = it.S, Length = it.E - it.S });
            }
            else
            {
                result.Add(Merge(original, e1, middle, second, items.GetRange(i, j - i), gs, ge));
            }

            i = j;
        }

        return result;
    }

    private static bool Touches(int gs, int ge, int s, int e) =>
        s < ge || (s == ge && (s == e || gs == ge));

    private static (int, int) MapRange(List<(int C, int D, int A, int B, int Edit)> segs, int s, int e, int originalLength)
    {
        int os = originalLength, oe = originalLength;
        var foundStart = false;
        foreach (var g in segs)
        {
            if (!foundStart && (s < g.D || (s == g.D && s == e && g.Edit < 0 && g.C <= s)))
            {
                os = g.Edit < 0 ? g.A + (s - g.C) : g.A;
                foundStart = true;
                if (s == e)
                {
                    oe = g.Edit < 0 ? os : g.B;
                    return (os, oe);
                }
            }

            if (foundStart && e <= g.D && e > g.C)
            {
                oe = g.Edit < 0 ? g.A + (e - g.C) : g.B;
                return (os, oe);
            }
        }

        return (foundStart ? os : originalLength, originalLength);
    }

    private static Edit Merge(string original, List<Edit> e1, string middle, IReadOnlyList<Edit> second, List<(int S, int E, int Kind, int Index)> group, int gs, int ge)
    {
        // Middle-text range of [gs, ge): shift by the first edits entirely before it.
        int ms = gs, me = ge;
        foreach (var e in e1)
        {
            var delta = e.Replacement.Length - e.Length;
            if (e.End <= gs && !(e.Length == 0 && e.Start == gs && group.Exists(g => g.Kind == 1 && e1[g.Index] == e)))
            {
                ms += delta;
            }

            if (e.End <= ge)
            {
                me += delta;
            }
        }

        var sb = new StringBuilder();
        var p = ms;
        foreach (var e in second.Where((_, k) => group.Exists(g => g.Kind == 2 && g.Index == k)).OrderBy(e => e.Start))
        {
            sb.Append(middle, p, e.Start - p).Append(e.Replacement);
            p = e.End;
        }

        sb.Append(middle, p, me - p);
        var ruleIds = new List<string>();
        var why = new List<string>();
        foreach (var g in group)
        {
            var e = g.Kind == 1 ? e1[g.Index] : second[g.Index];
            if (!ruleIds.Contains(e.RuleId))
            {
                ruleIds.Add(e.RuleId);
            }

            if (!why.Contains(e.Explanation))
            {
                why.Add(e.Explanation);
            }
        }

        _ = original;
        return new Edit(gs, ge - gs, sb.ToString(), ruleIds[0], string.Join("；", why));
    }
}
