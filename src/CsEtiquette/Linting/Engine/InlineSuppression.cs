namespace CsEtiquette.Linting.Engine;

/// <summary>
/// Inline markers <c>[cse-disable CSE005 CSE006]</c> / <c>[cse-disable]</c> (case-insensitive; ids separated by
/// spaces or commas) that switch rules off for one reply.
/// </summary>
internal readonly struct InlineSuppression
{
    public const string Prefix = "[cse-disable";

    private readonly List<(int Start, int End)>? _spans;
    private readonly HashSet<string>? _ids;
    private readonly bool _all;

    private InlineSuppression(List<(int, int)> spans, HashSet<string> ids, bool all)
    {
        _spans = spans;
        _ids = ids;
        _all = all;
    }

    public bool IsEmpty => _spans is null;

    public static InlineSuppression Parse(string text)
    {
        if (!text.Contains('[', StringComparison.Ordinal))
        {
            return default; // vectorised fast path: no marker without a bracket
        }

        var at = text.IndexOf(Prefix, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return default;
        }

        var spans = new List<(int, int)>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var all = false;
        while (at >= 0)
        {
            var close = text.IndexOf(']', at);
            var afterPrefix = at + Prefix.Length;
            if (close < 0)
            {
                break;
            }

            if (afterPrefix < text.Length && (text[afterPrefix] == ']' || text[afterPrefix] == ' ' || text[afterPrefix] == ':'))
            {
                var body = text.AsSpan(afterPrefix, close - afterPrefix).Trim(" :");
                if (body.IsEmpty)
                {
                    all = true;
                }
                else
                {
                    foreach (var range in body.SplitAny(" ,，"))
                    {
                        var id = body[range].Trim();
                        if (!id.IsEmpty)
                        {
                            ids.Add(id.ToString());
                        }
                    }
                }

                spans.Add((at, close + 1));
            }

            at = text.IndexOf(Prefix, close, StringComparison.OrdinalIgnoreCase);
        }

        return spans.Count == 0 ? default : new InlineSuppression(spans, ids, all);
    }

    public bool Suppresses(string ruleId) => _all || (_ids is not null && _ids.Contains(ruleId));

    public bool Overlaps(int start, int end)
    {
        if (_spans is null)
        {
            return false;
        }

        foreach (var (s, e) in _spans)
        {
            if (start < e && end > s)
            {
                return true;
            }
        }

        return false;
    }

    public static string Strip(string text)
    {
        var s = Parse(text);
        if (s._spans is null)
        {
            return text;
        }

        var sb = new System.Text.StringBuilder(text.Length);
        var pos = 0;
        foreach (var (start, end) in s._spans)
        {
            sb.Append(text, pos, start - pos);
            pos = end;
        }

        sb.Append(text, pos, text.Length - pos);
        return sb.ToString();
    }
}
