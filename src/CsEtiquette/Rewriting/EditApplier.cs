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
    /// Applies <paramref name="edits"/> already sorted by start, in bounds and non-overlapping (as chosen by
    /// the rewriter) in one allocation of the result string.
    /// </summary>
    public static string ApplySorted(string text, List<Edit> edits)
    {
        var length = text.Length;
        var pos = 0;
        foreach (var e in edits)
        {
            if (e.Start < pos || e.End > text.Length)
            {
                return Apply(text, edits); // not in the expected shape: the checked path sorts and validates
            }

            length += e.Replacement.Length - e.Length;
            pos = e.End;
        }

        return string.Create(length, (text, edits), static (dest, state) =>
        {
            var (src, list) = state;
            var p = 0;
            var w = 0;
            foreach (var e in list)
            {
                src.AsSpan(p, e.Start - p).CopyTo(dest[w..]);
                w += e.Start - p;
                e.Replacement.AsSpan().CopyTo(dest[w..]);
                w += e.Replacement.Length;
                p = e.End;
            }

            src.AsSpan(p).CopyTo(dest[w..]);
        });
    }

    /// <summary>
    /// Composes <paramref name="first"/> (edits of <paramref name="original"/> giving <paramref name="middle"/>)
    /// with <paramref name="second"/> (edits of <paramref name="middle"/>) into edits of the original that give
    /// the same final text. Edits that touch each other are merged into one. O((n + m) log n).
    /// </summary>
    public static List<Edit> Compose(string original, IReadOnlyList<Edit> first, string middle, IReadOnlyList<Edit> second)
    {
        var e1 = first.OrderBy(e => e.Start).ThenBy(e => e.Length).ToList();

        // Prefix sums of (replacement length - replaced length) over e1, for original → middle offsets.
        var prefix = new long[e1.Count + 1];
        for (var k = 0; k < e1.Count; k++)
        {
            prefix[k + 1] = prefix[k] + e1[k].Replacement.Length - e1[k].Length;
        }

        // Segments of the middle text: copied from the original (Edit = -1), or produced by e1[Edit].
        var segs = new List<Segment>();
        int pos = 0, t = 0;
        for (var k = 0; k < e1.Count; k++)
        {
            var e = e1[k];
            if (e.Start > pos)
            {
                segs.Add(new Segment(t, t + e.Start - pos, pos, e.Start, -1));
                t += e.Start - pos;
            }

            segs.Add(new Segment(t, t + e.Replacement.Length, e.Start, e.End, k));
            t += e.Replacement.Length;
            pos = e.End;
        }

        if (pos < original.Length)
        {
            segs.Add(new Segment(t, t + original.Length - pos, pos, original.Length, -1));
        }

        var items = new List<Item>(e1.Count + second.Count);
        for (var k = 0; k < e1.Count; k++)
        {
            items.Add(new Item(e1[k].Start, e1[k].End, 1, k));
        }

        for (var k = 0; k < second.Count; k++)
        {
            var (os, oe) = MapRange(segs, second[k].Start, second[k].End, original.Length);
            items.Add(new Item(os, oe, 2, k));
        }

        items.Sort(static (a, b) => a.S != b.S ? a.S.CompareTo(b.S) : a.E != b.E ? a.E.CompareTo(b.E) : a.Kind.CompareTo(b.Kind));
        var result = new List<Edit>();
        var i = 0;
        while (i < items.Count)
        {
            int gs = items[i].S, ge = items[i].E;
            var insertAtEnd = items[i].S == items[i].E;
            var j = i + 1;
            while (j < items.Count && Touches(ge, insertAtEnd, items[j].S, items[j].E))
            {
                if (items[j].E > ge)
                {
                    ge = items[j].E;
                    insertAtEnd = false;
                }

                insertAtEnd |= items[j].S == items[j].E && items[j].S == ge;
                j++;
            }

            if (j == i + 1)
            {
                var it = items[i];
                result.Add(it.Kind == 1 ? e1[it.Index] : second[it.Index] with { Start = it.S, Length = it.E - it.S });
            }
            else
            {
                result.Add(Merge(e1, prefix, middle, second, items.GetRange(i, j - i), gs, ge));
            }

            i = j;
        }

        return result;
    }

    private readonly record struct Segment(int C, int D, int A, int B, int Edit);

    private readonly record struct Item(int S, int E, int Kind, int Index);

    // An item joins the group when it overlaps it, or meets it at an insertion point (whose text either side may own).
    private static bool Touches(int ge, bool insertAtEnd, int s, int e) =>
        s < ge || (s == ge && (s == e || insertAtEnd));

    /// <summary>Index of the first segment with D &gt; p (or the last segment).</summary>
    private static int SegmentAt(List<Segment> segs, int p)
    {
        int lo = 0, hi = segs.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (segs[mid].D > p)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }

    private static (int, int) MapRange(List<Segment> segs, int s, int e, int originalLength)
    {
        if (segs.Count == 0)
        {
            return (0, 0);
        }

        if (s == e)
        {
            // An insertion: exact inside copied text, widened to the whole first edit when strictly inside it.
            var k = SegmentAt(segs, s);
            var g = segs[k];
            if (s >= g.D)
            {
                return (originalLength, originalLength);
            }

            if (g.Edit < 0 || s == g.C)
            {
                var o = g.Edit < 0 ? g.A + (s - g.C) : g.A;
                return (o, o);
            }

            return (g.A, g.B);
        }

        var first = segs[SegmentAt(segs, s)];
        var os = first.Edit < 0 ? first.A + (s - first.C) : first.A;
        var last = segs[SegmentAt(segs, e - 1)];
        var oe = last.Edit < 0 ? last.A + (e - last.C) : last.B;
        return (os, oe);
    }

    private static long ShiftBefore(List<Edit> e1, long[] prefix, int p)
    {
        // Sum of deltas of e1 edits with End <= p (Ends are non-decreasing).
        int lo = 0, hi = e1.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (e1[mid].End <= p)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return prefix[lo];
    }

    private static Edit Merge(List<Edit> e1, long[] prefix, string middle, IReadOnlyList<Edit> second, List<Item> group, int gs, int ge)
    {
        var ms = gs + ShiftBefore(e1, prefix, gs);
        foreach (var g in group)
        {
            if (g.Kind == 1 && e1[g.Index].End <= gs)
            {
                ms -= e1[g.Index].Replacement.Length - e1[g.Index].Length; // an insertion at gs belongs to the group
            }
        }

        var me = ge + ShiftBefore(e1, prefix, ge);
        var sb = new StringBuilder();
        var p = (int)ms;
        var ruleIds = new List<string>();
        var why = new List<string>();
        foreach (var g in group)
        {
            var e = g.Kind == 1 ? e1[g.Index] : second[g.Index];
            if (g.Kind == 2)
            {
                sb.Append(middle, p, e.Start - p).Append(e.Replacement);
                p = e.End;
            }

            if (!ruleIds.Contains(e.RuleId))
            {
                ruleIds.Add(e.RuleId);
            }

            if (!why.Contains(e.Explanation))
            {
                why.Add(e.Explanation);
            }
        }

        sb.Append(middle, p, (int)me - p);
        return new Edit(gs, ge - gs, sb.ToString(), ruleIds[0], string.Join("；", why));
    }
}
