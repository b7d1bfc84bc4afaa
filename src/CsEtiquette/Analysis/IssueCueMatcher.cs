using System.Buffers;
using System.Collections.Frozen;

namespace CsEtiquette.Analysis;

/// <summary>
/// The issue cues (<c>issueCues</c>) of the merged lexicons: the cue that starts earliest in a message names its
/// <see cref="CustomerIssue"/>; at the same position the issue listed first wins. Cues match anywhere (不是我买的 spans
/// several tokens). Linear in the message: each position is checked against the few cues that start with its
/// character. Immutable and thread-safe.
/// </summary>
internal sealed class IssueCueMatcher
{
    private readonly SearchValues<char> _first;
    private readonly FrozenDictionary<char, Cue[]> _byFirst;

    private IssueCueMatcher(SearchValues<char> first, FrozenDictionary<char, Cue[]> byFirst)
    {
        _first = first;
        _byFirst = byFirst;
    }

    /// <summary>Merges the lexicons in order: a later lexicon re-assigns a cue, <c>remove</c> deletes it.</summary>
    public static IssueCueMatcher Build(IReadOnlyList<AnalysisLexicon> lexicons)
    {
        var cues = new Dictionary<string, CustomerIssue>(StringComparer.Ordinal);
        var order = new List<CustomerIssue>();
        foreach (var lex in lexicons)
        {
            foreach (var w in lex.Remove)
            {
                cues.Remove(w);
            }

            foreach (var (w, issue) in lex.IssueCues)
            {
                cues[w] = issue;
                if (!order.Contains(issue))
                {
                    order.Add(issue);
                }
            }
        }

        var byFirst = new Dictionary<char, List<Cue>>();
        foreach (var (w, issue) in cues)
        {
            if (!byFirst.TryGetValue(w[0], out var list))
            {
                byFirst[w[0]] = list = [];
            }

            list.Add(new Cue(w, issue, order.IndexOf(issue)));
        }

        var frozen = new Dictionary<char, Cue[]>();
        foreach (var (c, list) in byFirst)
        {
            list.Sort(static (a, b) => a.Rank.CompareTo(b.Rank));
            frozen[c] = [.. list];
        }

        return new IssueCueMatcher(SearchValues.Create([.. byFirst.Keys]), frozen.ToFrozenDictionary());
    }

    /// <summary>The issue of the earliest cue in <paramref name="text"/>; <see cref="CustomerIssue.General"/> when none occurs.</summary>
    public CustomerIssue Classify(ReadOnlySpan<char> text)
    {
        var at = 0;
        while (at < text.Length)
        {
            var k = text[at..].IndexOfAny(_first);
            if (k < 0)
            {
                break;
            }

            at += k;
            var rest = text[at..];
            foreach (var cue in _byFirst[rest[0]])
            {
                // Sorted by rank: the first cue that matches here is the winner at this position.
                if (rest.StartsWith(cue.Word, StringComparison.Ordinal))
                {
                    return cue.Issue;
                }
            }

            at++;
        }

        return CustomerIssue.General;
    }

    private readonly record struct Cue(string Word, CustomerIssue Issue, int Rank);
}
