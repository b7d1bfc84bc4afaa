using CsEtiquette.Linting;

namespace CsEtiquette.Rewriting;

/// <summary>
/// The wording proposed for the whole clause around a finding that has neither an automatic fix nor a suggested
/// fix of its own (a bare hedge 可能是仓库发错了, a bare refusal 做不到): one positive clause per rule, in the style of
/// the seeds (say what we do and by when). The agent still decides; these never become automatic edits.
/// </summary>
internal static class ClauseSuggestions
{
    public static string? For(string ruleId, string limit) => ruleId switch
    {
        "CSE001" => $"这边我马上帮您反馈处理，会在{limit}内给您答复",
        "CSE002" => "我帮您看看其他可行的办法，您看可以吗？",
        "CSE003" => $"我们正在为您核实，会在{limit}内给您准确答复",
        "CSE007" => "我们马上为您核实并跟进",
        "CSE008" => $"具体时间我马上为您确认，会在{limit}内给您答复",
        _ => null,
    };

    private const string Particles = "哦呢哈吧啊呀啦嘛哟噢喔";
    private static readonly string[] Subjects = ["这个问题我也", "这个我们也", "这个我也", "这个我", "我这边也", "我们也", "我们", "我也", "这个", "我"];

    /// <summary>
    /// A short clause that is only a hedge or a can't-do (我也不太清楚, 这个不一定哦, 这个不保证) at the end of the draft
    /// has nothing left to keep: it is rewritten as a whole clause. Null when the finding is not such a clause.
    /// </summary>
    public static Edit? TryWholeClause(string text, Finding f, string limit)
    {
        var wording = f.MatchedText switch
        {
            "不太清楚" or "不清楚" or "不知道" or "不确定" or "不太确定" or "不是很清楚" => "我这边马上为您核实一下",
            "不一定" => $"具体情况我马上为您核实，会在{limit}内给您答复",
            "不保证" or "保证不了" or "不敢保证" => $"这个我马上帮您确认，会在{limit}内给您答复",
            _ => null,
        };
        if (wording is null)
        {
            return null;
        }

        var (cs, ce) = ClauseAround(text, f.Start, f.End);
        var tail = ce;
        while (tail < text.Length && (EditRepair.IsSpace(text[tail]) || EditRepair.IsTerminal(text[tail])))
        {
            tail++;
        }

        if (tail != text.Length)
        {
            return null; // not the last clause: the words after it may depend on it
        }

        // Before the match: nothing, or a subject such as 我也 / 这个; after it: only particles.
        var before = text.AsSpan(cs, f.Start - cs);
        var subjectOk = before.Length == 0;
        foreach (var subject in Subjects)
        {
            subjectOk |= before.SequenceEqual(subject);
        }

        var after = text.AsSpan(f.End, ce - f.End);
        foreach (var c in after)
        {
            subjectOk &= Particles.Contains(c, StringComparison.Ordinal);
        }

        return subjectOk ? new Edit(cs, text.Length - cs, wording, f.RuleId, f.Message) : null;
    }

    /// <summary>The clause containing [start, end): from the previous separator to the next one.</summary>
    public static (int Start, int End) ClauseAround(string text, int start, int end)
    {
        var s = Math.Clamp(start, 0, text.Length);
        while (s > 0 && !EditRepair.IsSeparator(text[s - 1]) && !EditRepair.IsTerminal(text[s - 1]))
        {
            s--;
        }

        var e = Math.Clamp(end, s, text.Length);
        while (e < text.Length && !EditRepair.IsSeparator(text[e]) && !EditRepair.IsTerminal(text[e]))
        {
            e++;
        }

        return (s, e);
    }
}
