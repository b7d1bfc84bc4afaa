using CsEtiquette.Linting;

namespace CsEtiquette.Rewriting;

/// <summary>
/// Checks an automatic rewrite before it is offered (改写校验) and names the edits that would leave broken text:
/// a clause repeated next to itself, a word doubled across an edit boundary (已经已签收, 3天内左右, 您这个情况您的问题),
/// a sentence-final particle stranded after the replacement's final punctuation (…您看可以吗？哦), a promise next
/// to a deflection or refusal that survives (…24小时内与您联系处理，您找快递公司吧), a fixable finding the edit left
/// or caused, an edit boundary inside a quote, link, number or product name, or a splice the fluency score rejects.
/// Works on spans and characters of the one rewritten text (no regular expressions). Stateless and thread-safe.
/// </summary>
internal static class RewriteVerifier
{
    internal const string RepeatedClause = "repeated clause";
    internal const string DoubledWord = "doubled word";
    internal const string StrayParticle = "stray particle after final punctuation";
    internal const string Contradiction = "contradicts what it replaced";
    internal const string FindingRemains = "a fixable finding remains";
    internal const string Protected = "inside a quote, link, number or product name";
    internal const string Disfluent = "fluency check";
    internal const string Spliced = "a whole-clause wording spliced into a clause";
    internal const string NothingLeft = "nothing would be left of the reply";

    private const string Particles = "哦呢哈吧啊呀啦嘛哟噢喔";

    private static readonly string[] Promises =
        ["会在", "第一时间", "马上帮您", "马上为您", "给您答复", "与您联系", "为您办理", "为您处理", "帮您联系", "帮您转", "帮您反馈", "帮您申请", "为您核实", "核实并跟进"];

    private static readonly string[] Deflections =
        ["你找", "您找", "你去找", "您去找", "你去问", "您去问", "你问问", "您问问", "问问别人", "问别人", "不会再", "你自己", "您自己去", "您自己查", "您自己看", "没办法", "做不了", "解决不了", "处理不了"];

    // (left suffix, right prefix) pairs that are one word said twice across an edit boundary.
    private static readonly (string Left, string Right)[] DoubledPairs =
    [
        ("已经", "已"), ("已", "已经"), ("已", "已"), ("内", "左右"), ("内", "以内"), ("内", "之内"), ("内", "内"), ("左右", "内"),
        ("预计", "预计"), ("预计", "大概"), ("预计", "估计"), ("预计", "可能"), ("大概", "预计"), ("估计", "预计"), ("可能", "预计"),
        ("您", "您"), ("的", "的"), ("会", "会"), ("被", "被"), ("把", "把"), ("给", "给您"), ("为", "为您"),
        ("马上", "马上"), ("马上", "立即"), ("立即", "马上"), ("我们", "我们"), ("我", "我这边"), ("我这边", "我"),
        ("请您", "请您"), ("麻烦您", "请"), ("麻烦", "麻烦"), ("这边", "这边"),
    ];

    private static readonly string[] Topics =
        ["您这个情况", "您这种情况", "您的情况", "这种情况", "这个情况", "您的问题", "您这个问题", "这个问题", "这款商品", "这款", "这个", "这件"];

    /// <summary>
    /// Returns the indices of <paramref name="edits"/> (original offsets, sorted, non-overlapping) that must not be
    /// applied automatically, each with the reason; null when every edit passes.
    /// </summary>
    public static List<(int Index, string Reason)>? Check(string original, IReadOnlyList<Edit> edits, string text, IReadOnlyList<Finding>? findings, FluencyScorer? fluency)
    {
        if (edits.Count == 0)
        {
            return null;
        }

        if (!HasContent(text) && HasContent(original))
        {
            // 么么哒 / 哒~ alone: deleting the slang would send an empty reply; the agent rewrites it instead.
            var all = new List<(int, string)>(edits.Count);
            for (var i = 0; i < edits.Count; i++)
            {
                all.Add((i, NothingLeft));
            }

            return all;
        }

        Span<int> ts = edits.Count <= 64 ? stackalloc int[edits.Count] : new int[edits.Count];
        Span<int> te = edits.Count <= 64 ? stackalloc int[edits.Count] : new int[edits.Count];
        var shift = 0;
        for (var i = 0; i < edits.Count; i++)
        {
            ts[i] = edits[i].Start + shift;
            te[i] = ts[i] + edits[i].Replacement.Length;
            shift += edits[i].Replacement.Length - edits[i].Length;
        }

        List<(int, string)>? rejected = null;
        var regions = ProtectedRegions(original);
        for (var i = 0; i < edits.Count; i++)
        {
            var e = edits[i];
            var reason = ProtectedBoundary(original, e, regions)
                ?? Doubled(text, ts[i], te[i], e)
                ?? Stray(text, te[i])
                ?? Splice(text, ts[i], te[i], e)
                ?? Repeated(text, ts[i], te[i])
                ?? Contradicts(text, ts[i], te[i], e, ts, te, findings)
                ?? Remains(findings, ts[i], te[i])
                ?? (fluency is not null && e.Replacement.Length > 0 && !fluency.AcceptsSplice(text, ts[i], te[i]) ? Disfluent : null);
            if (reason is not null)
            {
                (rejected ??= []).Add((i, reason));
            }
        }

        return rejected;
    }

    private static string? ProtectedBoundary(string o, Edit e, List<(int S, int E)>? regions)
    {
        if (InsideRun(o, e.Start) || (e.Length > 0 && InsideRun(o, e.End)))
        {
            return Protected;
        }

        if (regions is not null)
        {
            var end = Math.Max(e.End, e.Start + 1);
            foreach (var (rs, re) in regions)
            {
                if (e.Start < re && end > rs)
                {
                    return Protected;
                }
            }
        }

        return null;
    }

    // A boundary between two ASCII letters/digits (a number, a model name such as iPhone15) or two digits of any width.
    private static bool InsideRun(string o, int p) =>
        p > 0 && p < o.Length && IsRunChar(o[p - 1]) && IsRunChar(o[p]);

    private static bool IsRunChar(char c) => char.IsAsciiLetterOrDigit(c) || c is >= '０' and <= '９' || c is '.' or '/' or '-' or '_' or '%' or '=' or '?' or '&' or ':';

    /// <summary>Quoted regions (“…”, 「…」, 『…』, "…", quote marks included) and links (http…/www. up to a space or CJK); null when none.</summary>
    private static List<(int S, int E)>? ProtectedRegions(string o)
    {
        if (o.AsSpan().IndexOfAny("“「『\"") < 0 && o.IndexOf("http", StringComparison.Ordinal) < 0 && o.IndexOf("www.", StringComparison.Ordinal) < 0)
        {
            return null;
        }

        var list = new List<(int, int)>();
        for (var i = 0; i < o.Length; i++)
        {
            var c = o[i];
            if (c is '“' or '「' or '"' or '『')
            {
                var close = c switch { '“' => '”', '「' => '」', '『' => '』', _ => '"' };
                var j = o.IndexOf(close, i + 1);
                if (j < 0)
                {
                    continue;
                }

                list.Add((i, j + 1));
                i = j;
            }
            else if ((c == 'h' && string.CompareOrdinal(o, i, "http", 0, 4) == 0) || (c == 'w' && string.CompareOrdinal(o, i, "www.", 0, 4) == 0))
            {
                var j = i;
                while (j < o.Length && o[j] < 0x2E80 && !char.IsWhiteSpace(o[j]))
                {
                    j++;
                }

                list.Add((i, j));
                i = j - 1;
            }
        }

        return list.Count == 0 ? null : list;
    }

    private static string? Doubled(string t, int s, int e, Edit edit)
    {
        if (edit.Replacement.Length == 0)
        {
            return DoubledAt(t, s) ? DoubledWord : null;
        }

        return DoubledAt(t, s) || DoubledAt(t, e) ? DoubledWord : null;
    }

    private static bool DoubledAt(string t, int p)
    {
        if (p <= 0 || p >= t.Length)
        {
            return false;
        }

        foreach (var (l, r) in DoubledPairs)
        {
            if (EndsAt(t, p, l) && StartsAt(t, p, r))
            {
                return true;
            }
        }

        var leftTopic = false;
        foreach (var w in Topics)
        {
            if (EndsAt(t, p, w))
            {
                leftTopic = true;
                break;
            }
        }

        if (leftTopic)
        {
            foreach (var w in Topics)
            {
                if (StartsAt(t, p, w))
                {
                    return true;
                }
            }
        }

        // The same two-character word on both sides (我们我们), not a reduplication (看看, 等等: AA).
        return p >= 2 && p + 2 <= t.Length && t[p - 2] == t[p] && t[p - 1] == t[p + 1] && t[p] != t[p + 1] && IsHan(t[p]) && IsHan(t[p + 1]);
    }

    /// <summary>
    /// A replacement of several clauses (it carries its own subject and a comma: 您的订单暂时还没能发出，我马上…) is a
    /// whole clause: it must stand where a clause starts and ends. Spliced after a topic or subject the draft kept
    /// (这款|您的订单…, 客服这边|我这边…) or before words of the replaced clause (…给您答复|顺丰哦) it is broken Chinese.
    /// A vocative or an apology before it and sentence-final particles after it are clause edges.
    /// </summary>
    private static string? Splice(string t, int s, int e, Edit edit)
    {
        var r = edit.Replacement;
        if (edit.Length == 0 || r.Length < 8 || r.AsSpan().IndexOfAny("，,") < 0)
        {
            return null;
        }

        if (EditRepair.IsSeparator(r[^1]))
        {
            // A clause that now runs on into what follows (…其他的解决办法，|…): what follows must be a clause of its
            // own, not the replaced clause's leftovers (…解决办法，|了哦).
            var k = e;
            while (k < t.Length && EditRepair.IsSpace(t[k]))
            {
                k++;
            }

            if (k < t.Length && (t[k] == '了' || Particles.Contains(t[k], StringComparison.Ordinal)))
            {
                return Spliced;
            }

            // …最方便，|颜色哦: a word or two left of the replaced clause is not a clause of its own.
            var content = 0;
            for (var q = k; q < t.Length && !EditRepair.IsPunct(t[q]); q++)
            {
                if (EditRepair.IsContentChar(t[q]) && !Particles.Contains(t[q], StringComparison.Ordinal))
                {
                    content++;
                }
            }

            return k < t.Length && content < 3 ? Spliced : null;
        }

        return LeftFits(t, s, r) && RightEdge(t, e) ? null : Spliced;
    }

    private static readonly string[] LeftEdges = ["亲亲", "亲爱的", "亲", "您好", "你好", "在的", "好的", "嗯嗯", "嗯", "抱歉", "不好意思", "非常抱歉"];

    // Words that modify what follows them in the same clause (我们也|…, 明天可能|…, 说了|…): a new clause cannot follow.
    private static readonly string[] Modifiers = ["也", "都", "还", "就", "又", "才", "会", "真", "真的", "实在", "可能", "肯定", "应该", "说了", "不回"];

    // Words a clause-opening 这边… would repeat (这个|这边我…, 这个我们|这边我…), and those a clause-opening 我… would
    // repeat (客服这边|我这边…, 我们|我马上…); a topic such as 这个问题|我这边… or 价格|这边我… is fine.
    private static readonly string[] HereSubjects = ["这个", "这", "这边", "那边", "我们", "我", "客服", "你们", "他们"];
    private static readonly string[] ISubjects = ["我们", "我", "客服", "你们", "他们"];
    private static readonly string[] IHereSubjects = ["这边", "那边", "我们", "我", "客服", "你们", "他们"];

    /// <summary>
    /// What the draft kept before a whole-clause replacement: nothing, punctuation or a vocative/apology; or a topic
    /// noun (价格|这边我马上…, 这个问题|我这边…, 特价商品|不在退换范围内…) when the replacement does not bring its own
    /// subject phrase (您的订单…) and the topic is not a subject or adverb the replacement would repeat.
    /// </summary>
    private static bool LeftFits(string t, int s, string r)
    {
        if (s == 0 || EditRepair.IsPunct(t[s - 1]))
        {
            return true;
        }

        foreach (var w in LeftEdges)
        {
            if (EndsAt(t, s, w) && (s == w.Length || EditRepair.IsPunct(t[s - w.Length - 1])))
            {
                return true;
            }
        }

        if (r.StartsWith("您的", StringComparison.Ordinal) || EndsWithAny(t, s, Modifiers))
        {
            return false;
        }

        return !((r.StartsWith("这边", StringComparison.Ordinal) || r.StartsWith("这是", StringComparison.Ordinal) || r.StartsWith("这个", StringComparison.Ordinal)) && EndsWithAny(t, s, HereSubjects))
            && !(r.StartsWith('我') && EndsWithAny(t, s, r.StartsWith("我这边", StringComparison.Ordinal) ? IHereSubjects : ISubjects));
    }

    private static bool EndsWithAny(string t, int p, string[] words)
    {
        foreach (var w in words)
        {
            if (EndsAt(t, p, w))
            {
                return true;
            }
        }

        return false;
    }

    private static bool RightEdge(string t, int e)
    {
        var k = e;
        while (k < t.Length && Particles.Contains(t[k], StringComparison.Ordinal))
        {
            k++;
        }

        return k == t.Length || EditRepair.IsPunct(t[k]);
    }

    private static string? Stray(string t, int e)
    {
        if (e <= 0 || e > t.Length || !EditRepair.IsTerminal(t[e - 1]))
        {
            return null;
        }

        var q = e;
        while (q < t.Length && EditRepair.IsSeparator(t[q]))
        {
            q++;
        }

        var k = q;
        while (k < t.Length && Particles.Contains(t[k], StringComparison.Ordinal))
        {
            k++;
        }

        return k > q && (k == t.Length || EditRepair.IsPunct(t[k])) ? StrayParticle : null;
    }

    private static string? Repeated(string t, int s, int e)
    {
        if (e <= s)
        {
            return null;
        }

        // Clauses of the sentence(s) the edit touches; a clause of the edit equal to (or containing, or contained in)
        // a neighbouring clause is said twice.
        // The sentence around the edit (its own words only: a draft may repeat itself), at most Window characters either side (a reply may have no sentence end at all).
        var lo = Math.Max(0, s - Window);
        var hi = Math.Min(t.Length, e + Window);
        var from = s;
        while (from > lo && !IsSentenceEnd(t[from - 1]))
        {
            from--;
        }

        var to = e;
        while (to < hi && !IsSentenceEnd(t[to]))
        {
            to++;
        }


        // A fragment of the replacement said again elsewhere in the same sentence(s) (two promises of the same deadline).
        const int W = 8;
        for (var w = s; w + W <= e; w += 4)
        {
            var frag = t.AsSpan(w, W);
            var before = t.AsSpan(from, s - from).IndexOf(frag, StringComparison.Ordinal);
            var after = e < to ? t.AsSpan(e, to - e).IndexOf(frag, StringComparison.Ordinal) : -1;
            if (before >= 0 || after >= 0)
            {
                return RepeatedClause;
            }
        }

        Span<(int S, int E)> clauses = stackalloc (int, int)[32];
        var n = 0;
        var cs = from;
        for (var i = from; i <= to && n < clauses.Length; i++)
        {
            if (i == to || EditRepair.IsSeparator(t[i]) || EditRepair.IsTerminal(t[i]))
            {
                if (i - cs >= 3)
                {
                    clauses[n++] = (cs, i);
                }

                cs = i + 1;
            }
        }

        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                var (aS, aE) = clauses[a];
                var (bS, bE) = clauses[b];
                if (!(Overlaps(aS, aE, s, e) || Overlaps(bS, bE, s, e)))
                {
                    continue;
                }

                var la = aE - aS;
                var lb = bE - bS;
                var same = la == lb && string.CompareOrdinal(t, aS, t, bS, la) == 0;
                var contains = Math.Min(la, lb) >= 6 && (la > lb
                    ? t.AsSpan(aS, la).IndexOf(t.AsSpan(bS, lb), StringComparison.Ordinal) >= 0
                    : t.AsSpan(bS, lb).IndexOf(t.AsSpan(aS, la), StringComparison.Ordinal) >= 0);
                if (same || contains)
                {
                    return RepeatedClause;
                }
            }
        }

        return null;
    }

    private static string? Contradicts(string t, int s, int e, Edit edit, ReadOnlySpan<int> ts, ReadOnlySpan<int> te, IReadOnlyList<Finding>? findings)
    {
        if (!ContainsAny(edit.Replacement, Promises))
        {
            return null;
        }

        var from = Math.Max(0, s - 30);
        var to = Math.Min(t.Length, e + 30);
        if (findings is not null)
        {
            for (var k = FirstFrom(findings, from - MaxFinding); k < findings.Count && findings[k].Start < to; k++)
            {
                var f = findings[k];
                if (f.RuleId is "CSE001" or "CSE002" or "CSE007" && f.End > from && !InAnyEdit(f.Start, f.End, ts, te))
                {
                    return Contradiction;
                }
            }
        }

        foreach (var d in Deflections)
        {
            for (var p = t.IndexOf(d, from, to - from, StringComparison.Ordinal); p >= 0; p = p + 1 < to ? t.IndexOf(d, p + 1, to - p - 1, StringComparison.Ordinal) : -1)
            {
                if (!(p >= s && p + d.Length <= e) && !PrecededByHelp(t, p))
                {
                    return Contradiction;
                }
            }
        }

        return null;
    }

    // 帮您问问 / 为您找 is our own action, not a deflection.
    private static bool PrecededByHelp(string t, int p) => p > 0 && t[p - 1] is '帮' or '为' or '替' or '给';

    private static string? Remains(IReadOnlyList<Finding>? findings, int s, int e)
    {
        if (findings is null)
        {
            return null;
        }

        for (var k = FirstFrom(findings, s - MaxFinding); k < findings.Count && findings[k].Start < e; k++)
        {
            var f = findings[k];
            if (f.HasAutomaticFix && f.Length > 0 && f.End > s)
            {
                return FindingRemains;
            }
        }

        return null;
    }

    /// <summary>Findings are sorted by start and no longer than this (a match, or a whole reply for the detectors of short replies).</summary>
    private const int MaxFinding = 512;

    private static int FirstFrom(IReadOnlyList<Finding> findings, int start)
    {
        int lo = 0, hi = findings.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (findings[mid].Start < start)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static bool InAnyEdit(int s, int e, ReadOnlySpan<int> ts, ReadOnlySpan<int> te)
    {
        // Edits are sorted and disjoint in the text: binary-search the last one starting before e.
        int lo = 0, hi = ts.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (ts[mid] < e)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found >= 0 && te[found] > s;
    }

    private const int Window = 120;

    private static bool IsSentenceEnd(char c) => EditRepair.IsTerminal(c) || c is '~' or '～' or '；' or ';' or '\n';

    private static bool Overlaps(int a, int b, int s, int e) => a < e && b > s;

    private static bool ContainsAny(string text, string[] words)
    {
        foreach (var w in words)
        {
            if (text.Contains(w, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsAt(string t, int p, string w) => p >= w.Length && string.CompareOrdinal(t, p - w.Length, w, 0, w.Length) == 0;

    private static bool StartsAt(string t, int p, string w) => p + w.Length <= t.Length && string.CompareOrdinal(t, p, w, 0, w.Length) == 0;

    private static bool HasContent(string t)
    {
        foreach (var c in t)
        {
            if (EditRepair.IsContentChar(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
