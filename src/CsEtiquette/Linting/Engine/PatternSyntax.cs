namespace CsEtiquette.Linting.Engine;

/// <summary>
/// Parses the token-pattern language of rule packs:
/// elements separated by spaces; an element is a word (<c>不能</c>), an alternation (<c>(不能|无法)</c> or
/// <c>不能|无法</c>), <c>&lt;num&gt;</c> (a numeral run) or <c>_</c> (any one word); a trailing <c>?</c> makes
/// it optional. A match must start where a token starts and end where a token ends.
/// </summary>
internal static class PatternSyntax
{
    private const string Special = "()|?<>_{}$";

    /// <summary>Leading optional elements the automaton expands into variants (2^k); see <see cref="TokenAutomaton"/>.</summary>
    internal const int MaxLeadingOptional = 10;

    /// <summary>What <c>&lt;sep&gt;</c> matches: one clause separator of chat style.</summary>
    private static readonly string[] Separators = [" ", "\u3000", "，", ",", "、", "~", "～"];

    /// <summary>Parses <paramref name="pattern"/>; returns null and an error message when it is invalid.</summary>
    public static PatternElement[]? TryParse(string pattern, out string? error)
    {
        error = null;
        var parts = pattern.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            error = "the pattern is empty";
            return null;
        }

        var elements = new PatternElement[parts.Length];
        var hasRequired = false;
        for (var i = 0; i < parts.Length; i++)
        {
            var p = parts[i];
            var optional = p.Length > 1 && p[^1] == '?';
            if (optional)
            {
                p = p[..^1];
            }

            if (p == "<num>")
            {
                elements[i] = new PatternElement(PatternElementKind.Number, [], optional);
            }
            else if (p == "<sep>")
            {
                elements[i] = new PatternElement(PatternElementKind.Literal, Separators, optional);
            }
            else if (p == "_")
            {
                elements[i] = new PatternElement(PatternElementKind.AnyToken, [], optional);
            }
            else
            {
                if (p.StartsWith('('))
                {
                    if (!p.EndsWith(')'))
                    {
                        error = $"unbalanced '(' in \"{parts[i]}\"";
                        return null;
                    }

                    p = p[1..^1];
                }

                var alternatives = p.Split('|');
                foreach (var a in alternatives)
                {
                    if (a.Length == 0)
                    {
                        error = $"empty alternative in \"{parts[i]}\" (use a trailing '?' for an optional element)";
                        return null;
                    }

                    foreach (var c in a)
                    {
                        if (Special.Contains(c, StringComparison.Ordinal) || char.IsWhiteSpace(c))
                        {
                            error = $"unexpected '{c}' in \"{parts[i]}\"";
                            return null;
                        }
                    }
                }

                elements[i] = new PatternElement(PatternElementKind.Literal, alternatives, optional);
            }

            hasRequired |= !optional;
        }

        if (!hasRequired)
        {
            error = "every element is optional, so the pattern could match nothing";
            return null;
        }

        var leading = 0;
        while (leading < elements.Length && elements[leading].Optional)
        {
            leading++;
        }

        if (leading > MaxLeadingOptional)
        {
            error = $"it starts with {leading} optional elements; the matcher expands at most {MaxLeadingOptional}, so optional elements past the {MaxLeadingOptional}th could never be taken";
            return null;
        }

        var shortest = 0;
        foreach (var e in elements)
        {
            if (!e.Optional)
            {
                shortest += e.Kind == PatternElementKind.Literal ? ShortestAlternative(e.Alternatives) : 1;
            }
        }

        if (shortest > TokenAutomaton.MaxMatchLength)
        {
            error = $"its shortest match is {shortest} characters, longer than the match cap of {TokenAutomaton.MaxMatchLength}, so it can never match";
            return null;
        }

        return elements;
    }

    private static int ShortestAlternative(string[] alternatives)
    {
        var min = int.MaxValue;
        foreach (var a in alternatives)
        {
            min = Math.Min(min, a.Length);
        }

        return min;
    }
}
