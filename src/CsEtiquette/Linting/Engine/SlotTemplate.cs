using System.Text;

namespace CsEtiquette.Linting.Engine;

/// <summary>
/// A replacement text with <c>{slot}</c> (a context or pack slot such as <c>{处理时限}</c>) and <c>{$N}</c>
/// (the text matched by pattern element N, numerals normalised to digits) parts; <c>{{</c>/<c>}}</c> are
/// literal braces. Parsed once; rendering never leaves a literal <c>{slot}</c>: a missing slot makes
/// <see cref="Render"/> return null.
/// </summary>
internal sealed class SlotTemplate
{
    private readonly string[] _literals; // literal before part i; one more than parts
    private readonly string?[] _slots;    // slot name, or null for a capture
    private readonly int[] _captures;     // capture index (1-based) when slot is null

    private SlotTemplate(string source, string[] literals, string?[] slots, int[] captures)
    {
        Source = source;
        _literals = literals;
        _slots = slots;
        _captures = captures;
    }

    public string Source { get; }

    public bool UsesCaptures => Array.Exists(_slots, s => s is null);

    /// <summary>Slot names the template needs.</summary>
    public IEnumerable<string> SlotNames => _slots.Where(s => s is not null)!;

    /// <summary>Largest capture index used, 0 when none.</summary>
    public int MaxCapture => _captures.Length == 0 ? 0 : _captures.Max();

    public static SlotTemplate? TryParse(string text, out string? error)
    {
        error = null;
        var literals = new List<string>();
        var slots = new List<string?>();
        var captures = new List<int>();
        var sb = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{' && i + 1 < text.Length && text[i + 1] == '{')
            {
                sb.Append('{');
                i++;
            }
            else if (c == '}' && i + 1 < text.Length && text[i + 1] == '}')
            {
                sb.Append('}');
                i++;
            }
            else if (c == '{')
            {
                var close = text.IndexOf('}', i + 1);
                if (close < 0)
                {
                    error = $"unclosed '{{' in \"{text}\"";
                    return null;
                }

                var name = text[(i + 1)..close].Trim();
                if (name.Length == 0)
                {
                    error = $"empty slot '{{}}' in \"{text}\"";
                    return null;
                }

                literals.Add(sb.ToString());
                sb.Clear();
                if (name[0] == '$')
                {
                    if (!int.TryParse(name.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < 1)
                    {
                        error = $"capture '{{{name}}}' must be {{$1}}, {{$2}}, … in \"{text}\"";
                        return null;
                    }

                    slots.Add(null);
                    captures.Add(n);
                }
                else
                {
                    slots.Add(name);
                    captures.Add(0);
                }

                i = close;
            }
            else if (c == '}')
            {
                error = $"unmatched '}}' in \"{text}\" (write '}}}}' for a literal brace)";
                return null;
            }
            else
            {
                sb.Append(c);
            }
        }

        literals.Add(sb.ToString());
        return new SlotTemplate(text, literals.ToArray(), slots.ToArray(), captures.ToArray());
    }

    /// <summary>
    /// Renders with slot values from <paramref name="contextSlots"/> then <paramref name="defaults"/>, and
    /// captures from <paramref name="captureText"/>; null when a slot or capture is missing.
    /// </summary>
    public string? Render(
        IReadOnlyDictionary<string, string> contextSlots,
        IReadOnlyDictionary<string, string> defaults,
        string[]? captureText)
    {
        if (_slots.Length == 0)
        {
            return _literals[0];
        }

        var sb = new StringBuilder(_literals[0]);
        for (var i = 0; i < _slots.Length; i++)
        {
            string? value;
            if (_slots[i] is { } slot)
            {
                if (!contextSlots.TryGetValue(slot, out value) || string.IsNullOrWhiteSpace(value))
                {
                    if (!defaults.TryGetValue(slot, out value) || string.IsNullOrWhiteSpace(value))
                    {
                        return null;
                    }
                }
            }
            else
            {
                var n = _captures[i];
                if (captureText is null || n > captureText.Length)
                {
                    return null;
                }

                value = captureText[n - 1];
            }

            sb.Append(value).Append(_literals[i + 1]);
        }

        return sb.ToString();
    }
}
