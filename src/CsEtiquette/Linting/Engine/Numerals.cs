using System.Globalization;
using System.Text;

namespace CsEtiquette.Linting.Engine;

/// <summary>Normalises a numeral run (三, 十五, 两三, ３, 24) to Arabic digits (3, 15, 2-3, 3, 24).</summary>
internal static class Numerals
{
    private const string Digits = "零一二三四五六七八九";

    public static string Normalize(string run)
    {
        if (run.Length == 0)
        {
            return run;
        }

        var sb = new StringBuilder(run.Length);
        var allDigits = true;
        foreach (var c in run)
        {
            if (c is >= '0' and <= '9')
            {
                sb.Append(c);
            }
            else if (c is >= '０' and <= '９')
            {
                sb.Append((char)('0' + (c - '０')));
            }
            else
            {
                allDigits = false;
                break;
            }
        }

        if (allDigits)
        {
            return sb.ToString();
        }

        // 两三 / 三四: two adjacent digits without a unit mean a range.
        if (run.Length == 2 && DigitValue(run[0]) is > 0 and var a && DigitValue(run[1]) is var b && b == a + 1)
        {
            return $"{a}-{b}";
        }

        var total = 0;
        var current = 0;
        foreach (var c in run)
        {
            var d = DigitValue(c);
            if (d >= 0)
            {
                current = d;
                continue;
            }

            var unit = c switch { '十' => 10, '百' => 100, '千' => 1000, '万' => 10000, _ => -1 };
            if (unit < 0)
            {
                return run; // 半 or something we do not convert
            }

            if (current == 0 && unit == 10)
            {
                current = 1; // 十五 = 15
            }

            total += current * unit;
            current = 0;
        }

        return (total + current).ToString(CultureInfo.InvariantCulture);
    }

    private static int DigitValue(char c) => c switch
    {
        '两' => 2,
        '〇' => 0,
        _ => Digits.IndexOf(c, StringComparison.Ordinal),
    };
}
