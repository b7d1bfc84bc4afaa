namespace CsEtiquette.Templates;

/// <summary>Finds known template ids close to an unknown one (edit distance, shared prefix, containment).</summary>
internal static class IdSuggester
{
    public static IReadOnlyList<string> Suggest(string unknown, IReadOnlyList<string> known, int max)
    {
        var query = unknown.Trim().ToLowerInvariant();
        var threshold = Math.Max(2, query.Length / 3);
        var scored = new List<(int Score, string Id)>();
        foreach (var id in known)
        {
            var distance = Levenshtein(query, id);
            int score;
            if (distance <= threshold)
            {
                score = distance;
            }
            else if (query.Length >= 3 && (id.StartsWith(query, StringComparison.Ordinal) || id.Contains(query, StringComparison.Ordinal)))
            {
                score = threshold + 1;
            }
            else if (query.Length >= 3 && id.Length >= 3 && query.Contains(id, StringComparison.Ordinal))
            {
                score = threshold + 2;
            }
            else
            {
                continue;
            }

            scored.Add((score, id));
        }

        scored.Sort(static (a, b) => a.Score != b.Score ? a.Score.CompareTo(b.Score) : string.CompareOrdinal(a.Id, b.Id));
        var result = new List<string>(Math.Min(max, scored.Count));
        for (var i = 0; i < scored.Count && result.Count < max; i++)
        {
            result.Add(scored[i].Id);
        }

        return result;
    }

    public static int Levenshtein(string a, string b)
    {
        if (a.Length == 0)
        {
            return b.Length;
        }

        if (b.Length == 0)
        {
            return a.Length;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
