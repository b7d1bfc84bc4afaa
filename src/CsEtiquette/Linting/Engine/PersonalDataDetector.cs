namespace CsEtiquette.Linting.Engine;

/// <summary>
/// CSP005: a customer's full mobile number (11 digits 1[3-9]…, optionally grouped 3-4-4 with spaces or hyphens,
/// not part of a longer digit run such as an order number) or a street address down to the house number
/// (an administrative unit such as 区/县, then a street unit such as 路/街, then digits and 号/栋/室 within
/// <see cref="MaxAddressSpan"/> characters). Masked forms (138****5678, 建国路**号) are not flagged. No automatic
/// fix: the agent must decide what to mask. Linear in the text.
/// </summary>
internal sealed class PersonalDataDetector : RuleDetector
{
    /// <summary>Longest address span looked at, from the administrative unit to the house number.</summary>
    private const int MaxAddressSpan = 40;

    private static readonly string[] NoFixes = [];
    private readonly string _addressUnits;
    private readonly string _streetUnits;
    private readonly string _addressEnds;

    public PersonalDataDetector(RuleDefinition rule, int ruleIndex)
        : base(rule, ruleIndex)
    {
        _addressUnits = Chars(rule, "addressUnits", "省市区县镇乡");
        _streetUnits = Chars(rule, "streetUnits", "路街道巷弄里村");
        _addressEnds = Chars(rule, "addressEnds", "号栋幢室");
    }

    private static string Chars(RuleDefinition rule, string key, string fallback)
    {
        var list = rule.Settings.GetList(key);
        if (list.Length == 0)
        {
            return fallback;
        }

        foreach (var s in list)
        {
            if (s.Length != 1)
            {
                throw new RulePackException(rule.Settings.Source, $"{rule.Settings.JsonPath}.{key}", $"each entry must be one character, not '{s}'");
            }
        }

        return string.Concat(list);
    }

    /// <inheritdoc />
    public override bool MayFire(string text, LintContext context, int stepMarkers) =>
        FindPhone(text, 0, out _, out _) || text.AsSpan().IndexOfAny(_addressEnds) >= 0;

    public override void Detect(ref LintRun run)
    {
        var text = run.Text;
        var from = 0;
        while (FindPhone(text, from, out var start, out var length))
        {
            if (!(Rule.IgnoreQuoted && run.Layout.IsQuoted(start, start + length)))
            {
                run.Add(Rule, start, length, NoFixes, null);
            }

            from = start + length;
        }

        var span = text.AsSpan();
        var lastEnd = 0;
        for (var i = 0; i < span.Length; i++)
        {
            if (_addressEnds.Contains(span[i], StringComparison.Ordinal) && i > 0 && char.IsAsciiDigit(span[i - 1])
                && TryAddressStart(span, i, lastEnd, out var start))
            {
                var end = i + 1;
                run.Add(Rule, start, end - start, NoFixes, null);
                lastEnd = end;
            }
        }
    }

    /// <summary>
    /// Walks back from the house-number marker at <paramref name="end"/>: digits, then within the span a street unit,
    /// and before it an administrative unit. The span never crosses punctuation or an earlier finding.
    /// </summary>
    private bool TryAddressStart(ReadOnlySpan<char> text, int end, int floor, out int start)
    {
        start = -1;
        var i = end - 1;
        while (i >= floor && (char.IsAsciiDigit(text[i]) || text[i] is '-' or '－'))
        {
            i--;
        }

        var street = -1;
        for (var k = i; k >= floor && end - k <= MaxAddressSpan; k--)
        {
            var c = text[k];
            if (!IsAddressChar(c))
            {
                break;
            }

            if (street < 0 && _streetUnits.Contains(c, StringComparison.Ordinal))
            {
                street = k;
            }
            else if (street >= 0 && k < street && _addressUnits.Contains(c, StringComparison.Ordinal))
            {
                start = k;
                // Extend to the beginning of the address words (province/city names before the unit).
                while (start > floor && end - start < MaxAddressSpan && IsAddressChar(text[start - 1]) && !char.IsAsciiDigit(text[start - 1]))
                {
                    start--;
                }

                return TrimLeadingWords(text, ref start, k);
            }
        }

        return false;
    }

    /// <summary>Leaves out a leading verb phrase such as 地址是/寄到 (the address proper starts after it).</summary>
    private static bool TrimLeadingWords(ReadOnlySpan<char> text, ref int start, int unit)
    {
        var window = text[start..unit];
        foreach (var lead in LeadWords)
        {
            var at = window.LastIndexOf(lead, StringComparison.Ordinal);
            if (at >= 0)
            {
                start += at + lead.Length;
                window = text[start..unit];
            }
        }

        return start <= unit;
    }

    private static readonly string[] LeadWords = ["地址是", "地址为", "地址", "寄到", "送到", "发到", "收货人", "是"];

    private static bool IsAddressChar(char c) =>
        char.IsAsciiDigit(c) || char.IsAsciiLetter(c) || (c >= '\u4E00' && c <= '\u9FFF') || c is '-' or '－';

    /// <summary>Finds the next unmasked mobile number at or after <paramref name="from"/>.</summary>
    internal static bool FindPhone(string text, int from, out int start, out int length)
    {
        var span = text.AsSpan();
        for (var i = from; i < span.Length; i++)
        {
            if (span[i] != '1' || (i > 0 && (char.IsAsciiDigit(span[i - 1]) || IsJoinedSeparator(span, i - 1))))
            {
                continue;
            }

            var digits = 0;
            var j = i;
            while (j < span.Length && digits < 11)
            {
                if (char.IsAsciiDigit(span[j]))
                {
                    digits++;
                    j++;
                }
                else if ((digits == 3 || digits == 7) && span[j] is ' ' or '-' && j + 1 < span.Length && char.IsAsciiDigit(span[j + 1]))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            if (digits == 11 && span[i + 1] is >= '3' and <= '9' && (j == span.Length || !char.IsAsciiDigit(span[j])))
            {
                start = i;
                length = j - i;
                return true;
            }

            i = j - 1 > i ? j - 1 : i;
        }

        start = length = 0;
        return false;
    }

    /// <summary>A separator between two digits (so "2-13812345678" is not a phone boundary).</summary>
    private static bool IsJoinedSeparator(ReadOnlySpan<char> s, int at) =>
        s[at] == '-' && at > 0 && char.IsAsciiDigit(s[at - 1]);
}
