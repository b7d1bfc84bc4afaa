using System.Text;

namespace CsEtiquette.Analysis;

/// <summary>
/// Which key facts are personal data (个人信息) and how they are masked, the one rule behind
/// <see cref="ICustomerMessageAnalyzer.Redact(string)"/>, <c>cse analyze --redact</c> and <c>cse report</c>.
/// Masks: mobile <c>138****5678</c> (first 3 and last 4 digits kept, separators kept), 身份证号 <c>[身份证号]</c>,
/// 银行卡号 <c>[银行卡号]</c>, e-mail <c>[邮箱]</c>, 座机 <c>[座机]</c>, address <c>[地址]</c>. An order or tracking number
/// whose digits have the shape of a mobile (订单13812345678) is masked like a mobile, because a phone typed after an order
/// cue cannot be told from an order number. Stateless and thread-safe.
/// </summary>
public static class FactRedaction
{
    /// <summary>Whether facts of <paramref name="kind"/> are personal data that every redacted output masks.</summary>
    /// <param name="kind">The fact kind.</param>
    /// <returns>True for phone, address, ID-card, bank-card, e-mail and landline facts.</returns>
    public static bool IsPersonal(FactKind kind) => kind is FactKind.PhoneNumber or FactKind.Address or FactKind.IdCardNumber
        or FactKind.BankCardNumber or FactKind.Email or FactKind.Landline;

    /// <summary>Whether a fact of <paramref name="kind"/> with text <paramref name="value"/> is masked when redacting.</summary>
    /// <param name="kind">The fact kind.</param>
    /// <param name="value">The fact text.</param>
    /// <returns>True for personal kinds and for order/tracking numbers shaped like a mobile.</returns>
    public static bool NeedsMask(FactKind kind, ReadOnlySpan<char> value) =>
        IsPersonal(kind) || (kind is FactKind.OrderNumber or FactKind.TrackingNumber && IsMobileShaped(value));

    /// <summary>The masked form of a fact (see the class remarks); <paramref name="value"/> itself when it needs no mask.</summary>
    /// <param name="kind">The fact kind.</param>
    /// <param name="value">The fact text.</param>
    /// <returns>The mask; never null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static string Mask(FactKind kind, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!NeedsMask(kind, value))
        {
            return value;
        }

        var sb = new StringBuilder(value.Length + 4);
        AppendMask(sb, kind, value);
        return sb.ToString();
    }

    /// <summary>Appends the mask of a fact that <see cref="NeedsMask"/> accepted.</summary>
    internal static void AppendMask(StringBuilder sb, FactKind kind, ReadOnlySpan<char> value)
    {
        switch (kind)
        {
            case FactKind.Address: sb.Append("[地址]"); return;
            case FactKind.IdCardNumber: sb.Append("[身份证号]"); return;
            case FactKind.BankCardNumber: sb.Append("[银行卡号]"); return;
            case FactKind.Email: sb.Append("[邮箱]"); return;
            case FactKind.Landline: sb.Append("[座机]"); return;
        }

        // Mobiles (and mobile-shaped order numbers): keep the first 3 and last 4 digits; separators stay.
        var total = 0;
        foreach (var c in value)
        {
            total += IsDigit(c) ? 1 : 0;
        }

        var seen = 0;
        foreach (var c in value)
        {
            if (!IsDigit(c))
            {
                sb.Append(c);
                continue;
            }

            seen++;
            sb.Append(seen <= 3 || seen > total - 4 ? c : '*');
        }
    }

    /// <summary>11 digits 1[3-9]…, optionally after 86 (ASCII or full-width digits, separators ignored).</summary>
    internal static bool IsMobileShaped(ReadOnlySpan<char> value)
    {
        Span<char> d = stackalloc char[13];
        var n = 0;
        foreach (var c in value)
        {
            if (IsDigit(c))
            {
                if (n == d.Length)
                {
                    return false;
                }

                d[n++] = c >= '０' ? (char)(c - '０' + '0') : c;
            }
            else if (c is not ('-' or ' ' or '.' or '+'))
            {
                return false;
            }
        }

        var s = n == 13 && d[0] == '8' && d[1] == '6' ? 2 : 0;
        return n - s == 11 && d[s] == '1' && d[s + 1] is >= '3' and <= '9';
    }

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';
}
