using System.Text;

namespace CsEtiquette.Templates;

/// <summary>
/// Parses template text once: <c>{slot}</c>, <c>{slot|默认值}</c>, and <c>{{</c>/<c>}}</c> for literal braces.
/// </summary>
internal static class TemplateTextParser
{
    /// <summary>The longest slot name accepted.</summary>
    public const int MaxSlotNameLength = 32;

    /// <summary>A parsed piece before slot names are resolved to indexes.</summary>
    internal readonly record struct RawPart(string? Literal, string? SlotName, string? InlineDefault)
    {
        public bool IsSlot => SlotName is not null;
    }

    /// <summary>Parses <paramref name="text"/> into literal and slot parts.</summary>
    /// <param name="text">The template text.</param>
    /// <param name="parts">The parts, adjacent literals merged.</param>
    /// <param name="problem">Why the text is malformed (with a zero-based character offset), or null.</param>
    /// <returns>True when the text is well formed.</returns>
    public static bool TryParse(string text, out List<RawPart> parts, out string? problem)
    {
        parts = [];
        problem = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "the text is empty.";
            return false;
        }

        var literal = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '{')
            {
                if (i + 1 < text.Length && text[i + 1] == '{')
                {
                    literal.Append('{');
                    i += 2;
                    continue;
                }

                var close = text.IndexOf('}', i + 1);
                if (close < 0)
                {
                    problem = $"unclosed '{{' at offset {i} (write '{{{{' for a literal brace).";
                    return false;
                }

                var inner = text.AsSpan(i + 1, close - i - 1);
                var nested = inner.IndexOf('{');
                if (nested >= 0)
                {
                    problem = $"'{{' inside the slot that starts at offset {i}; slot names and defaults cannot contain braces.";
                    return false;
                }

                var bar = inner.IndexOf('|');
                var name = bar < 0 ? inner : inner[..bar];
                string? inlineDefault = bar < 0 ? null : inner[(bar + 1)..].ToString();
                if (!IsValidSlotName(name, out var nameProblem))
                {
                    problem = $"slot at offset {i}: {nameProblem}";
                    return false;
                }

                if (literal.Length > 0)
                {
                    parts.Add(new RawPart(literal.ToString(), null, null));
                    literal.Clear();
                }

                parts.Add(new RawPart(null, name.ToString(), inlineDefault));
                i = close + 1;
            }
            else if (c == '}')
            {
                if (i + 1 < text.Length && text[i + 1] == '}')
                {
                    literal.Append('}');
                    i += 2;
                    continue;
                }

                problem = $"unmatched '}}' at offset {i} (write '}}}}' for a literal brace).";
                return false;
            }
            else
            {
                literal.Append(c);
                i++;
            }
        }

        if (literal.Length > 0)
        {
            parts.Add(new RawPart(literal.ToString(), null, null));
        }

        return true;
    }

    /// <summary>True when <paramref name="name"/> can name a slot: 1–32 characters, no braces, '|', whitespace or control characters.</summary>
    public static bool IsValidSlotName(ReadOnlySpan<char> name, out string? problem)
    {
        if (name.IsEmpty)
        {
            problem = "the slot name is empty.";
            return false;
        }

        if (name.Length > MaxSlotNameLength)
        {
            problem = $"the slot name is longer than {MaxSlotNameLength} characters.";
            return false;
        }

        foreach (var ch in name)
        {
            if (ch is '{' or '}' or '|' || char.IsWhiteSpace(ch) || char.IsControl(ch))
            {
                problem = $"the slot name '{name}' contains '{(char.IsWhiteSpace(ch) || char.IsControl(ch) ? "whitespace" : ch.ToString())}'.";
                return false;
            }
        }

        problem = null;
        return true;
    }
}
