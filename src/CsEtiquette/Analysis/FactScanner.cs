using System.Buffers;

namespace CsEtiquette.Analysis;

/// <summary>
/// Hand-written, regex-free scanners for key facts over a span (订单号、快递单号、手机号、金额、日期、时长、尺码、颜色、型号、数量、地址,
/// and the personal data kinds 身份证号、银行卡号、邮箱、座机). Produces non-overlapping <see cref="FactSpan"/>s in text order.
/// Every scanner is linear in the text: a cue-driven scan never re-reads a stretch an earlier cue already read
/// (<see cref="Work"/> counts the characters the cue-driven scanners visit, so tests can check it at several sizes).
/// The text must be width-folded (<see cref="FoldWidth(string)"/>) so full-width digits and letters scan like ASCII.
/// </summary>
internal ref struct FactScanner
{
    private const int CueWindow = 8;
    private static readonly SearchValues<char> ClauseEnd = SearchValues.Create("。！？!?;；\n\r");
    private static readonly SearchValues<char> CjkNumerals = SearchValues.Create("零一二两三四五六七八九十百千万半几");
    private static readonly SearchValues<char> AddressStop = SearchValues.Create("是到为成址在寄送改往发从收的了我你他她们要想把给请帮换");
    private static readonly SearchValues<char> NotDayFollower = SearchValues.Create("楼线店码门室栋单元座");

    private readonly ReadOnlySpan<char> _t;
    private readonly CompiledLexicon _lex;
    private readonly ReadOnlySpan<LexMatch> _matches;
    private readonly ReadOnlySpan<OrderNumberPattern> _patterns;
    private PooledList<FactSpan> _found;

    /// <summary>Characters visited by the cue-driven scanners (addresses, cues, e-mail); linear in the text length.</summary>
    public int Work;

    public FactScanner(ReadOnlySpan<char> text, CompiledLexicon lex, ReadOnlySpan<LexMatch> matches, ReadOnlySpan<OrderNumberPattern> patterns)
    {
        _t = text;
        _lex = lex;
        _matches = matches;
        _patterns = patterns;
        _found = default;
        Work = 0;
    }

    /// <summary>
    /// <paramref name="text"/> with full-width ASCII forms (０-９, Ａ-Ｚ, ＠, －, ．, U+3000) mapped to ASCII, code unit for code
    /// unit, so offsets stay valid; the same instance when there is nothing to fold.
    /// </summary>
    /// <summary>Whether <paramref name="text"/> has a code unit <see cref="FoldWidth(ReadOnlySpan{char}, Span{char})"/> changes.</summary>
    public static bool NeedsWidthFold(ReadOnlySpan<char> text) => text.IndexOfAnyInRange('\uFF01', '\uFF5E') >= 0 || text.Contains('\u3000');

    /// <summary><see cref="FoldWidth(string)"/> into a caller buffer of <paramref name="text"/>'s length (nothing allocated).</summary>
    public static void FoldWidth(ReadOnlySpan<char> text, Span<char> dst)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            dst[i] = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c;
        }
    }

    public static string FoldWidth(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\uFF01', '\uFF5E');
        var space = text.AsSpan().IndexOf('\u3000');
        if (first < 0 && space < 0)
        {
            return text;
        }

        return string.Create(text.Length, text, static (dst, src) =>
        {
            for (var i = 0; i < dst.Length; i++)
            {
                var c = src[i];
                dst[i] = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c == '\u3000' ? ' ' : c;
            }
        });
    }

    /// <summary>Runs every scanner; the caller owns (and disposes) the returned list.</summary>
    public PooledList<FactSpan> Scan()
    {
        ScanLexiconFacts();
        ScanCharacters();
        ScanAddresses();
        return _found;
    }

    /// <summary>
    /// Drops overlapping candidates and sorts the rest by position: in a run of overlapping candidates the one with
    /// the higher priority, then the longer, then the earlier wins. Linear after sorting.
    /// </summary>
    public static void Resolve(ref PooledList<FactSpan> facts)
    {
        var span = facts.Span;
        span.Sort(static (a, b) =>
            a.Start != b.Start ? a.Start - b.Start
            : a.Priority != b.Priority ? b.Priority - a.Priority
            : b.Length - a.Length);
        var kept = 0;
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            if (kept > 0 && c.Start < span[kept - 1].End)
            {
                var last = span[kept - 1];
                if (c.Priority > last.Priority || (c.Priority == last.Priority && c.Length > last.Length))
                {
                    // c starts at or after last, so it cannot overlap anything kept before last.
                    span[kept - 1] = c;
                }

                continue;
            }

            span[kept++] = c;
        }

        while (facts.Count > kept)
        {
            facts.RemoveAt(facts.Count - 1);
        }
    }

    private void Add(FactKind kind, int start, int end, int priority = 2)
    {
        if (end > start)
        {
            _found.Add(new FactSpan(kind, start, end - start, priority));
        }
    }

    private void ScanLexiconFacts()
    {
        foreach (var m in _matches)
        {
            if (m.Entry.Fact is { } kind)
            {
                Add(kind, m.Start, m.End, priority: 1);
            }
            else if (m.Entry.LeadingFact is { } leading)
            {
                Add(leading, m.Start, m.Start + m.Entry.LeadingFactLength, priority: 1);
            }
        }
    }

    private void ScanCharacters()
    {
        var t = _t;
        var i = 0;
        while (i < t.Length)
        {
            var c = t[i];
            var next = i + 1;
            if ((c == '¥' || c == '￥') && i + 1 < t.Length && char.IsAsciiDigit(t[i + 1]))
            {
                var end = NumberEnd(i + 1, out _);
                Add(FactKind.Amount, i, end);
                next = end;
            }
            else if (c == '@')
            {
                next = Math.Max(i + 1, ScanEmail(i));
            }
            else if (char.IsAsciiLetterOrDigit(c) && (i == 0 || !char.IsAsciiLetterOrDigit(t[i - 1])))
            {
                next = Math.Max(i + 1, char.IsAsciiDigit(c) ? ScanNumber(i) : ScanWord(i));
            }
            else if (CjkNumerals.Contains(c) && (i == 0 || !CjkNumerals.Contains(t[i - 1])))
            {
                next = Math.Max(i + 1, ScanCjkNumber(i));
            }

            i = next;
        }
    }

    private readonly int DigitsEnd(int i)
    {
        while (i < _t.Length && char.IsAsciiDigit(_t[i]))
        {
            i++;
        }

        return i;
    }

    private readonly int AlnumEnd(int i)
    {
        while (i < _t.Length && char.IsAsciiLetterOrDigit(_t[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>End of <c>digits[.digits]</c> starting at <paramref name="i"/>.</summary>
    private readonly int NumberEnd(int i, out int fractionDigits)
    {
        var j = DigitsEnd(i);
        fractionDigits = 0;
        if (j + 1 < _t.Length && _t[j] == '.' && char.IsAsciiDigit(_t[j + 1]))
        {
            var k = DigitsEnd(j + 1);
            fractionDigits = k - j - 1;
            j = k;
        }

        return j;
    }

    private readonly bool At(int i, char c) => i < _t.Length && _t[i] == c;

    private readonly bool StartsAt(int i, string s) => i <= _t.Length && _t[i..].StartsWith(s, StringComparison.Ordinal);

    private readonly int ParseSmall(int start, int end)
    {
        var v = 0;
        for (var k = start; k < end && k - start < 6; k++)
        {
            v = (v * 10) + (_t[k] - '0');
        }

        return v;
    }

    /// <summary>Handles a run starting with an ASCII digit. Returns where scanning resumes.</summary>
    private int ScanNumber(int s)
    {
        var t = _t;
        var j = DigitsEnd(s);
        var len = j - s;

        // 身份证号: 17 digits and a check digit or X, with a region code and a plausible birth date (before order numbers).
        if ((len == 18 && !IsAlnumAt(j)) || (len == 17 && (At(j, 'X') || At(j, 'x')) && !IsAlnumAt(j + 1)))
        {
            if (IsIdCardShape(t.Slice(s, 18)))
            {
                Add(FactKind.IdCardNumber, s, s + 18);
                return s + 18;
            }
        }

        // A mobile glued to letters (13812345678a) is still a mobile.
        if (IsMobileRun(s, len) && j < t.Length && char.IsAsciiLetter(t[j]))
        {
            Add(FactKind.PhoneNumber, s, j);
            return j;
        }

        // Digits glued to letters: 2XL, 15Pro, 128G.
        if (j < t.Length && char.IsAsciiLetter(t[j]))
        {
            return ScanWord(s);
        }

        // Chinese brand right before: 小米14, 华为 P60 handled in ScanWord.
        if (BrandEndingAt(s) is var brandStart && brandStart >= 0)
        {
            var e = ExtendModelSuffix(j);
            Add(FactKind.Model, brandStart, e);
            return e;
        }

        // Order numbers with a first group: 231120-123456789012345 (拼多多).
        foreach (var p in _patterns)
        {
            if (p.GroupDigits > 0 && p.Prefix.Length == 0 && len == p.GroupDigits && At(j, p.Separator) && j + 1 < t.Length && char.IsAsciiDigit(t[j + 1]))
            {
                var k = DigitsEnd(j + 1);
                var rest = k - j - 1;
                if (rest >= p.MinDigits && rest <= p.MaxDigits && !IsAlnumAt(k) && (!p.RequiresCue || NearestCue(s) == LexFlags.OrderCue))
                {
                    Add(FactKind.OrderNumber, s, k);
                    return k;
                }
            }
        }

        // 座机: 010-12345678, 0571 88888888, (010)12345678.
        if (len is 3 or 4 && t[s] == '0' && t[s + 1] != '0' && j + 1 < t.Length)
        {
            var parens = s > 0 && t[s - 1] == '(' && t[j] == ')';
            if (parens || t[j] == '-' || t[j] == ' ')
            {
                var k = DigitsEnd(j + 1);
                if (k - j - 1 is 7 or 8 && !IsAlnumAt(k))
                {
                    Add(FactKind.Landline, parens ? s - 1 : s, k);
                    return k;
                }
            }
        }

        // 银行卡号 grouped by four: 6222 0212 3456 7890 (123), checked with Luhn.
        if (len == 4 && j < t.Length && (t[j] == ' ' || t[j] == '-'))
        {
            var e = GroupedCardEnd(s, t[j]);
            if (e > 0)
            {
                Add(FactKind.BankCardNumber, s, e);
                return e;
            }
        }

        // Mobile grouped 3-4-4: 138-1234-5678 / 138 1234 5678 / 138.1234.5678.
        if (len == 3 && t[s] == '1' && t[s + 1] is >= '3' and <= '9' && j < t.Length && (t[j] == '-' || t[j] == ' ' || t[j] == '.'))
        {
            var sep = t[j];
            var a = DigitsEnd(j + 1);
            if (a - j - 1 == 4 && At(a, sep))
            {
                var b = DigitsEnd(a + 1);
                if (b - a - 1 == 4 && !IsAlnumAt(b))
                {
                    Add(FactKind.PhoneNumber, s, b);
                    return b;
                }
            }
        }

        var numEnd = NumberEnd(s, out var frac);
        var after = numEnd < t.Length ? t[numEnd] : '\0';

        // Amounts: 199元, 50块(钱), 19.9元, 199.00.
        if (after is '元' or '块' or '圆')
        {
            var e = numEnd + 1;
            if (after == '块' && At(e, '钱'))
            {
                e++;
            }

            Add(FactKind.Amount, s, e);
            return e;
        }

        if (frac == 2 && !IsAlnumAt(numEnd))
        {
            Add(FactKind.Amount, s, numEnd);
            return numEnd;
        }

        if (frac > 0)
        {
            return numEnd;
        }

        // Dates: 11月20日, 2024年11月20日, 2024-11-20, 11/20, 20号.
        if (len == 4 && (after == '-' || after == '/' || after == '.'))
        {
            var m = DigitsEnd(j + 1);
            if (m - j - 1 is 1 or 2 && At(m, after) && m + 1 < t.Length && char.IsAsciiDigit(t[m + 1]))
            {
                var d = DigitsEnd(m + 1);
                if (d - m - 1 is 1 or 2 && ParseSmall(j + 1, m) is >= 1 and <= 12 && ParseSmall(m + 1, d) is >= 1 and <= 31)
                {
                    Add(FactKind.Date, s, d);
                    return d;
                }
            }
        }

        if (len == 4 && after == '年')
        {
            var e = j + 1;
            var m = DigitsEnd(e);
            if (m > e && m - e <= 2 && At(m, '月'))
            {
                e = DayAfterMonth(m + 1);
            }

            Add(FactKind.Date, s, e);
            return e;
        }

        if (len <= 2 && after == '月' && ParseSmall(s, j) is >= 1 and <= 12)
        {
            var e = DayAfterMonth(j + 1);
            if (e == j + 1 && (StartsAt(e, "底") || StartsAt(e, "初") || StartsAt(e, "中")))
            {
                e++;
            }

            Add(FactKind.Date, s, e);
            return e;
        }

        if (len <= 2 && after == '/' && ParseSmall(s, j) is >= 1 and <= 12)
        {
            var d = DigitsEnd(j + 1);
            if (d - j - 1 is 1 or 2 && ParseSmall(j + 1, d) is >= 1 and <= 31 && !IsAlnumAt(d) && !At(d, '/'))
            {
                Add(FactKind.Date, s, d);
                return d;
            }
        }

        // Durations: 3天内, 24小时, 1-3个工作日, 2周.
        if (len <= 3)
        {
            var unitAt = j;
            if ((after is '-' or '~' or '到' or '至') && j + 1 < t.Length && char.IsAsciiDigit(t[j + 1]))
            {
                var r = DigitsEnd(j + 1);
                if (r - j - 1 <= 3 && DurationUnitEnd(r) > r)
                {
                    unitAt = r;
                }
            }

            var ue = DurationUnitEnd(unitAt);
            if (ue > unitAt && !(unitAt == j && t[j] == '日' && !At(j + 1, '内')))
            {
                Add(FactKind.Duration, s, DurationSuffixEnd(ue));
                return DurationSuffixEnd(ue);
            }
        }

        // Day of month: 20号 / 20日.
        if (len <= 2 && (after == '号' || after == '日') && ParseSmall(s, j) is >= 1 and <= 31 && !(numEnd + 1 < t.Length && NotDayFollower.Contains(t[numEnd + 1])))
        {
            Add(FactKind.Date, s, j + 1);
            return j + 1;
        }

        // Sizes: 38码, 42号 (shoe sizes above 31).
        if (len is 2 or 3 && (after == '码' || (after == '号' && ParseSmall(s, j) > 31)))
        {
            Add(FactKind.Size, s, j + 1);
            return j + 1;
        }

        // Quantities: 2件, 10个.
        if (len <= 4 && after != '\0' && _lex.MeasureWords.Contains(after))
        {
            Add(FactKind.Quantity, s, j + 1);
            return j + 1;
        }

        if (IsAlnumAt(j) || (s > 0 && char.IsAsciiLetter(t[s - 1])))
        {
            return j;
        }

        // Bare digit runs: phone, tracking or order number, decided by shape and the nearest cue.
        var cue = NearestCue(s);
        var isMobile = (len == 11 && t[s] == '1' && t[s + 1] is >= '3' and <= '9')
            || (len == 13 && t[s] == '8' && t[s + 1] == '6' && t[s + 2] == '1' && t[s + 3] is >= '3' and <= '9'); // 86 138…
        if (isMobile && cue != LexFlags.OrderCue && cue != LexFlags.TrackingCue)
        {
            Add(FactKind.PhoneNumber, s, j);
            return j;
        }

        // 银行卡号: 16-19 digits passing Luhn, after a 卡 cue (卡号、银行卡) or with the UnionPay prefix 62 and no other cue.
        if (len is >= 16 and <= 19 && IsLuhn(t[s..j]) && (CardCueBefore(s) || (cue == LexFlags.None && t[s] == '6' && t[s + 1] == '2')))
        {
            Add(FactKind.BankCardNumber, s, j);
            return j;
        }

        if (cue == LexFlags.TrackingCue && len is >= 10 and <= 20)
        {
            Add(FactKind.TrackingNumber, s, j);
            return j;
        }

        foreach (var p in _patterns)
        {
            if (p.GroupDigits == 0 && p.Prefix.Length == 0 && len >= p.MinDigits && len <= p.MaxDigits && (!p.RequiresCue || cue == LexFlags.OrderCue))
            {
                Add(FactKind.OrderNumber, s, j);
                return j;
            }
        }

        return j;
    }

    private readonly bool IsAlnumAt(int i) => i < _t.Length && char.IsAsciiLetterOrDigit(_t[i]);

    /// <summary>Whether the digit run at <paramref name="s"/> of <paramref name="len"/> digits is a mainland mobile (1[3-9] + 9 digits).</summary>
    private readonly bool IsMobileRun(int s, int len) => len == 11 && _t[s] == '1' && _t[s + 1] is >= '3' and <= '9';

    /// <summary>
    /// 18 characters shaped like a resident ID number: a province code, a birth date 19xx/20xx with month 01-12 and
    /// day 01-31, and digits or a final X. The check digit is not required: a mistyped ID is still personal data.
    /// </summary>
    internal static bool IsIdCardShape(ReadOnlySpan<char> v)
    {
        if (v.Length != 18)
        {
            return false;
        }

        for (var k = 0; k < 17; k++)
        {
            if (!char.IsAsciiDigit(v[k]))
            {
                return false;
            }
        }

        if (!(char.IsAsciiDigit(v[17]) || v[17] is 'X' or 'x'))
        {
            return false;
        }

        var province = ((v[0] - '0') * 10) + (v[1] - '0');
        var century = ((v[6] - '0') * 10) + (v[7] - '0');
        var month = ((v[10] - '0') * 10) + (v[11] - '0');
        var day = ((v[12] - '0') * 10) + (v[13] - '0');
        return province is (>= 11 and <= 15) or (>= 21 and <= 23) or (>= 31 and <= 37) or (>= 41 and <= 46) or (>= 50 and <= 54)
                or (>= 61 and <= 65) or 71 or 81 or 82 or 91
            && century is 19 or 20 && month is >= 1 and <= 12 && day is >= 1 and <= 31;
    }

    /// <summary>The Luhn (mod 10) check used by bank cards.</summary>
    internal static bool IsLuhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var count = 0;
        for (var k = digits.Length - 1; k >= 0; k--)
        {
            var c = digits[k];
            if (!char.IsAsciiDigit(c))
            {
                continue;
            }

            var d = c - '0';
            if ((count & 1) == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            count++;
        }

        return count > 0 && sum % 10 == 0;
    }

    /// <summary>End of a card number grouped by four (last group 1-4 digits, 16-19 digits in all, Luhn-valid), or -1.</summary>
    private readonly int GroupedCardEnd(int s, char sep)
    {
        var digits = 4;
        var k = s + 4;
        while (digits < 19 && At(k, sep) && k + 1 < _t.Length && char.IsAsciiDigit(_t[k + 1]))
        {
            var g = DigitsEnd(k + 1);
            var glen = g - k - 1;
            if (glen > 4)
            {
                return -1;
            }

            digits += glen;
            k = g;
            if (glen < 4)
            {
                break;
            }
        }

        return digits is >= 16 and <= 19 && !IsAlnumAt(k) && IsLuhn(_t[s..k]) ? k : -1;
    }

    /// <summary>Whether 卡 (卡号、银行卡、信用卡) stands within a few characters before <paramref name="s"/> in the same clause.</summary>
    private readonly bool CardCueBefore(int s)
    {
        for (var k = s - 1; k >= 0 && s - k <= CueWindow; k--)
        {
            var c = _t[k];
            if (c == '卡')
            {
                return true;
            }

            if (ClauseEnd.Contains(c))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>An e-mail address around the <c>@</c> at <paramref name="at"/>; returns where scanning resumes.</summary>
    private int ScanEmail(int at)
    {
        var t = _t;
        var ls = at;
        while (ls > 0 && IsEmailLocal(t[ls - 1]))
        {
            ls--;
            Work++;
        }

        var de = at + 1;
        while (de < t.Length && (char.IsAsciiLetterOrDigit(t[de]) || t[de] is '-' or '.'))
        {
            de++;
            Work++;
        }

        // Trailing dots end a sentence, not the domain.
        while (de > at + 1 && t[de - 1] == '.')
        {
            de--;
        }

        var dot = t[(at + 1)..de].LastIndexOf('.');
        var lastDot = dot < 0 ? -1 : at + 1 + dot;
        if (ls == at || lastDot <= at + 1 || de - lastDot - 1 < 2)
        {
            return at + 1;
        }

        for (var k = lastDot + 1; k < de; k++)
        {
            if (!char.IsAsciiLetter(t[k]))
            {
                return at + 1;
            }
        }

        Add(FactKind.Email, ls, de, priority: 3);
        return de;
    }

    private static bool IsEmailLocal(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-';

    private readonly int DayAfterMonth(int i)
    {
        var d = DigitsEnd(i);
        if (d > i && d - i <= 2 && ParseSmall(i, d) is >= 1 and <= 31)
        {
            return d < _t.Length && (_t[d] == '日' || _t[d] == '号') ? d + 1 : d;
        }

        return i;
    }

    private readonly int DurationUnitEnd(int i)
    {
        var t = _t;
        var k = i;
        if (k < t.Length && t[k] == '多')
        {
            k++;
        }

        foreach (var u in _lex.DurationUnits)
        {
            if (StartsAt(k, u))
            {
                return k + u.Length;
            }
        }

        return i;
    }

    private readonly int DurationSuffixEnd(int e)
    {
        if (StartsAt(e, "以内") || StartsAt(e, "之内") || StartsAt(e, "左右"))
        {
            return e + 2;
        }

        return At(e, '内') || At(e, '多') ? e + 1 : e;
    }

    /// <summary>Handles a run of ASCII letters and digits starting at <paramref name="s"/>.</summary>
    private int ScanWord(int s)
    {
        var t = _t;
        var j = AlnumEnd(s);
        var run = t[s..j];
        var letters = 0;
        var digits = 0;
        while (letters < run.Length && char.IsAsciiLetter(run[letters]))
        {
            letters++;
        }

        foreach (var ch in run)
        {
            if (char.IsAsciiDigit(ch))
            {
                digits++;
            }
        }

        // Lettered order numbers first (user patterns with a prefix), then tracking numbers.
        foreach (var p in _patterns)
        {
            if (p.Prefix.Length > 0 && run.StartsWith(p.Prefix, StringComparison.Ordinal) && p.GroupDigits == 0)
            {
                var rest = run.Length - p.Prefix.Length;
                if (digits == rest && rest >= p.MinDigits && rest <= p.MaxDigits && (!p.RequiresCue || NearestCue(s) == LexFlags.OrderCue))
                {
                    Add(FactKind.OrderNumber, s, j);
                    return j;
                }
            }
        }

        if (letters > 0 && digits == run.Length - letters)
        {
            foreach (var p in _lex.TrackingPrefixes)
            {
                if (p.Prefix.Length == letters && run.StartsWith(p.Prefix, StringComparison.Ordinal) && digits >= p.MinDigits && digits <= p.MaxDigits)
                {
                    Add(FactKind.TrackingNumber, s, j);
                    return j;
                }
            }

            // TEL13812345678 / Tel13812345678: a mobile after letters is a mobile.
            if (IsMobileRun(s + letters, digits))
            {
                Add(FactKind.PhoneNumber, s + letters, j);
                return j;
            }
        }

        // Sizes: XL, XXL码, 2XL, M码.
        if (_lex.LetterSizes.Contains(run))
        {
            if (At(j, '码') || At(j, '号'))
            {
                Add(FactKind.Size, s, j + 1);
                return j + 1;
            }

            if (run.Length >= 2)
            {
                Add(FactKind.Size, s, j);
                return j;
            }

            return j;
        }

        var brandStart = BrandEndingAt(s);

        // Brand then space then number: iPhone 15 Pro.
        if (digits == 0 && _lex.LatinBrands.Contains(run))
        {
            var k = j;
            if (At(k, ' '))
            {
                k++;
            }

            if (k < t.Length && char.IsAsciiDigit(t[k]))
            {
                var e = ExtendModelSuffix(AlnumEnd(k));
                Add(FactKind.Model, brandStart >= 0 ? brandStart : s, e);
                return e;
            }

            return j;
        }

        if (digits > 0 && letters > 0 && run.Length >= 2 && (run.Length >= 3 || brandStart >= 0))
        {
            var e = ExtendModelSuffix(j);
            Add(FactKind.Model, brandStart >= 0 ? brandStart : s, e);
            return e;
        }

        if (digits > 0 && letters == 0 && brandStart >= 0)
        {
            var e = ExtendModelSuffix(j);
            Add(FactKind.Model, brandStart, e);
            return e;
        }

        return j;
    }

    /// <summary>Extends a model over " Pro", " Max", "Pro Max" suffixes.</summary>
    private readonly int ExtendModelSuffix(int e)
    {
        var t = _t;
        for (var round = 0; round < 2; round++)
        {
            var k = At(e, ' ') ? e + 1 : e;
            var found = false;
            foreach (var suf in _lex.ModelSuffixes)
            {
                if (StartsAt(k, suf) && !IsAlnumAt(k + suf.Length))
                {
                    e = k + suf.Length;
                    found = true;
                    break;
                }
            }

            if (!found || e >= t.Length)
            {
                break;
            }
        }

        return e;
    }

    /// <summary>Start of a Chinese brand word ending at <paramref name="s"/> (optionally one space before), or -1.</summary>
    private readonly int BrandEndingAt(int s)
    {
        var end = s > 0 && _t[s - 1] == ' ' ? s - 1 : s;
        var k = MatchEndingAt(end);
        return k >= 0 && _matches[k].Entry.Has(LexFlags.ModelBrand) ? _matches[k].Start : -1;
    }

    /// <summary>Index of the match ending exactly at <paramref name="pos"/>, or -1 (matches do not overlap, so ends are sorted).</summary>
    private readonly int MatchEndingAt(int pos)
    {
        int lo = 0, hi = _matches.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var e = _matches[mid].End;
            if (e == pos)
            {
                return mid;
            }

            if (e < pos)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>The nearest order or tracking cue ending within a few characters before <paramref name="s"/> in the same clause.</summary>
    private LexFlags NearestCue(int s)
    {
        // Last match ending at or before s (ends are sorted).
        int lo = 0, hi = _matches.Length - 1, last = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_matches[mid].End <= s)
            {
                last = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        for (var k = last; k >= 0; k--)
        {
            var m = _matches[k];
            Work++;

            if (s - m.End > CueWindow)
            {
                break;
            }

            var flags = m.Entry.Flags & (LexFlags.OrderCue | LexFlags.TrackingCue);
            if (flags != 0)
            {
                if (_t[m.End..s].ContainsAny(ClauseEnd))
                {
                    return LexFlags.None;
                }

                return (flags & LexFlags.TrackingCue) != 0 ? LexFlags.TrackingCue : LexFlags.OrderCue;
            }
        }

        return LexFlags.None;
    }

    /// <summary>Chinese numerals: 三天内, 两周, 半个月, 三双, 两件.</summary>
    private int ScanCjkNumber(int s)
    {
        var t = _t;
        var j = s;
        while (j < t.Length && j - s < 4 && CjkNumerals.Contains(t[j]))
        {
            j++;
        }

        if (j - s > 3 || (j < t.Length && CjkNumerals.Contains(t[j])))
        {
            return j;
        }

        var k = At(j, '个') ? j + 1 : j;
        var ue = DurationUnitEnd(k);
        if (ue > k && !(k == j && t[j] == '日'))
        {
            var e = DurationSuffixEnd(ue);
            Add(FactKind.Duration, s, e);
            return e;
        }

        ue = DurationUnitEnd(j);
        if (ue > j && t[j] != '日')
        {
            var e = DurationSuffixEnd(ue);
            Add(FactKind.Duration, s, e);
            return e;
        }

        if (j < t.Length && _lex.MeasureWords.Contains(t[j]) && !(j - s == 1 && t[s] == '一' && t[j] == '个') && t[s] != '几' && t[s] != '万' && t[s] != '千' && t[s] != '百')
        {
            Add(FactKind.Quantity, s, j + 1);
            return j + 1;
        }

        return j;
    }

    /// <summary>Postal addresses: runs holding administrative units (省/市/区/县) and street-level detail (路/号/室).</summary>
    private void ScanAddresses()
    {
        ScanCuedAddresses();
        var t = _t;
        var i = 0;
        while (i < t.Length)
        {
            var r = t[i..].IndexOfAny(_lex.RegionMarkers);
            if (r < 0)
            {
                return;
            }

            var m = i + r;
            if (m == 0 || !IsCjk(t[m - 1]))
            {
                i = m + 1;
                continue;
            }

            // Back over the place name (北京, 黑龙江, 内蒙古自治).
            var start = m;
            while (start > 0 && m - start < 5 && IsCjk(t[start - 1]) && !AddressStop.Contains(t[start - 1]) && !IsCueEnd(start))
            {
                start--;
            }

            if (start == m)
            {
                i = m + 1;
                continue;
            }

            // Forward over CJK, digits, letters and '-#'; remember the last unit or digit.
            var regions = 1;
            var details = 0;
            var hasDigit = false;
            var lastGood = m + 1;
            var k = m + 1;
            while (k < t.Length)
            {
                Work++;
                var c = t[k];
                if (char.IsAsciiDigit(c) || c == '-' || c == '#' || char.IsAsciiLetter(c))
                {
                    hasDigit |= char.IsAsciiDigit(c);
                    if (char.IsAsciiDigit(c))
                    {
                        lastGood = k + 1;
                    }
                }
                else if (IsCjk(c))
                {
                    if (_lex.RegionMarkers.Contains(c))
                    {
                        regions++;
                        lastGood = k + 1;
                    }
                    else if (_lex.DetailMarkers.Contains(c))
                    {
                        details++;
                        lastGood = k + 1;
                    }
                }
                else
                {
                    break;
                }

                k++;
            }

            if ((regions >= 2 || (details >= 1 && hasDigit)) && lastGood - start >= 6)
            {
                Add(FactKind.Address, start, lastGood, priority: 2);
                i = lastGood;
            }
            else
            {
                // Every later marker of this run starts no earlier, sees a subset of its units and ends at the same
                // place, so it fails too: resume after the run (re-scanning from m + 1 was quadratic).
                i = Math.Max(m + 1, k);
            }
        }
    }

    /// <summary>After an address cue (地址是、寄到): the rest of the clause, when it has a number and a street-level unit (幸福小区5栋302).</summary>
    /// <remarks>
    /// Linear: a cue whose address would start inside the run an earlier cue already scanned can only yield a part of
    /// that earlier address (same run end, fewer units), so it is skipped instead of scanned again ('地址' × 40k was
    /// quadratic).
    /// </remarks>
    private void ScanCuedAddresses()
    {
        var t = _t;
        var skipEnd = 0;
        var runEnd = -1;
        foreach (var m in _matches)
        {
            if (!m.Entry.Has(LexFlags.AddressCue))
            {
                continue;
            }

            // Cues are sorted and do not overlap: what an earlier cue skipped up to skipEnd is skip characters only.
            var start = Math.Max(m.End, skipEnd);
            while (start < t.Length && t[start] is ':' or '：' or '是' or ' ' or '为')
            {
                start++;
                Work++;
            }

            skipEnd = start;
            if (start < runEnd)
            {
                continue;
            }

            var end = start;
            var hasDigit = false;
            var hasDetail = false;
            var lastGood = start;
            while (end < t.Length && (IsCjk(t[end]) || char.IsAsciiLetterOrDigit(t[end]) || t[end] is '-' or '#'))
            {
                Work++;
                if (char.IsAsciiDigit(t[end]))
                {
                    hasDigit = true;
                    lastGood = end + 1;
                }
                else if (_lex.DetailMarkers.Contains(t[end]) || _lex.RegionMarkers.Contains(t[end]))
                {
                    hasDetail = true;
                    lastGood = end + 1;
                }

                end++;
            }

            runEnd = end;
            if (hasDigit && hasDetail && lastGood - start >= 5)
            {
                Add(FactKind.Address, start, lastGood, priority: 2);
            }
        }
    }

    private readonly bool IsCueEnd(int pos)
    {
        var k = MatchEndingAt(pos);
        return k >= 0 && _matches[k].Entry.Has(LexFlags.AddressCue);
    }

    internal static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
