namespace CsEtiquette.Insights;

/// <summary>
/// Fast path for the one timestamp shape chat exports write, <c>yyyy-MM-ddTHH:mm:ss[.f{1,7}](Z|±HH:mm)</c>, read straight
/// from the UTF-8 bytes of a JSON string (no string, no culture-driven parse). Anything else — another shape, an
/// out-of-range field, an offset beyond ±14:00 — returns false and the caller falls back to
/// <see cref="DateTimeOffset.TryParse(string?, IFormatProvider?, System.Globalization.DateTimeStyles, out DateTimeOffset)"/>,
/// so the accepted values and their meaning are exactly the general parser's.
/// </summary>
internal static class IsoTimestamp
{
    private static readonly long MaxOffsetTicks = TimeSpan.FromHours(14).Ticks;

    public static bool TryParse(ReadOnlySpan<byte> s, out DateTimeOffset value)
    {
        value = default;
        if (s.Length < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        {
            return false;
        }

        if (!Digits(s, 0, 4, out var year) || !Digits(s, 5, 2, out var month) || !Digits(s, 8, 2, out var day)
            || !Digits(s, 11, 2, out var hour) || !Digits(s, 14, 2, out var minute) || !Digits(s, 17, 2, out var second))
        {
            return false;
        }

        // Years 2..9998 keep every ±14:00 offset inside DateTimeOffset's range (no exception path).
        if (year is < 2 or > 9998 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        var i = 19;
        long fraction = 0;
        if (s[i] == '.')
        {
            var start = ++i;
            while (i < s.Length && (uint)(s[i] - '0') <= 9)
            {
                fraction = (fraction * 10) + (s[i] - '0');
                i++;
            }

            var digits = i - start;
            if (digits is < 1 or > 7)
            {
                return false;
            }

            for (var k = digits; k < 7; k++)
            {
                fraction *= 10;
            }
        }

        long offsetTicks;
        if (i == s.Length - 1 && s[i] == 'Z')
        {
            offsetTicks = 0;
        }
        else if (i == s.Length - 6 && (s[i] == '+' || s[i] == '-') && s[i + 3] == ':'
            && Digits(s, i + 1, 2, out var oh) && Digits(s, i + 4, 2, out var om) && om <= 59)
        {
            offsetTicks = ((oh * 60L) + om) * TimeSpan.TicksPerMinute;
            if (offsetTicks > MaxOffsetTicks)
            {
                return false;
            }

            if (s[i] == '-')
            {
                offsetTicks = -offsetTicks;
            }
        }
        else
        {
            return false;
        }

        var ticks = new DateTime(year, month, day, hour, minute, second).Ticks + fraction;
        value = new DateTimeOffset(ticks, new TimeSpan(offsetTicks));
        return true;
    }

    private static bool Digits(ReadOnlySpan<byte> s, int start, int count, out int value)
    {
        value = 0;
        for (var k = start; k < start + count; k++)
        {
            var d = (uint)(s[k] - '0');
            if (d > 9)
            {
                return false;
            }

            value = (value * 10) + (int)d;
        }

        return true;
    }
}
