namespace CsEtiquette.Analysis;

/// <summary>
/// A regex-free order-number shape (订单号格式): an optional literal prefix, an optional first digit group with a
/// separator, then a run of digits. The whole candidate must be a standalone run of ASCII letters and digits
/// (and the separator). Immutable.
/// </summary>
/// <example>
/// 淘宝/天猫/抖音: <c>new OrderNumberPattern("taobao", "", 16, 20, requiresCue: false)</c>;
/// 拼多多: <c>new OrderNumberPattern("pinduoduo", "", 15, 15, false, groupDigits: 6, separator: '-')</c> matches
/// <c>231120-123456789012345</c>.
/// </example>
public sealed class OrderNumberPattern
{
    /// <summary>Creates a pattern.</summary>
    /// <param name="name">A name for diagnostics, e.g. <c>jd</c>.</param>
    /// <param name="prefix">Literal ASCII prefix (ordinal, case-sensitive), or empty.</param>
    /// <param name="minDigits">Minimum length of the final digit run (at least 1).</param>
    /// <param name="maxDigits">Maximum length of the final digit run (at least <paramref name="minDigits"/>).</param>
    /// <param name="requiresCue">Only match when an order cue (订单号、单号、订单) precedes the number closely.</param>
    /// <param name="groupDigits">Digits before <paramref name="separator"/>, or 0 for no group.</param>
    /// <param name="separator">Separator after the first group (e.g. '-'); ignored when <paramref name="groupDigits"/> is 0.</param>
    /// <exception cref="ArgumentException">A length is out of range or the prefix is not ASCII letters/digits.</exception>
    public OrderNumberPattern(string name, string prefix, int minDigits, int maxDigits, bool requiresCue, int groupDigits = 0, char separator = '-')
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(prefix);
        ArgumentOutOfRangeException.ThrowIfLessThan(minDigits, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDigits, minDigits);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDigits, 64);
        ArgumentOutOfRangeException.ThrowIfNegative(groupDigits);
        foreach (var c in prefix)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                throw new ArgumentException($"Order-number pattern '{name}': prefix must be ASCII letters or digits, not '{prefix}'.", nameof(prefix));
            }
        }

        Name = name;
        Prefix = prefix;
        MinDigits = minDigits;
        MaxDigits = maxDigits;
        RequiresCue = requiresCue;
        GroupDigits = groupDigits;
        Separator = separator;
    }

    /// <summary>Name for diagnostics.</summary>
    public string Name { get; }

    /// <summary>Literal prefix (may be empty).</summary>
    public string Prefix { get; }

    /// <summary>Minimum length of the final digit run.</summary>
    public int MinDigits { get; }

    /// <summary>Maximum length of the final digit run.</summary>
    public int MaxDigits { get; }

    /// <summary>Whether an order cue must precede the number (within a few characters, same clause).</summary>
    public bool RequiresCue { get; }

    /// <summary>Digits in the first group before <see cref="Separator"/>; 0 when there is no group.</summary>
    public int GroupDigits { get; }

    /// <summary>Separator after the first group.</summary>
    public char Separator { get; }

    /// <summary>
    /// The defaults: 淘宝/天猫/抖音 (16–20 digits), 拼多多 (6 digits '-' 15 digits) and, after an order cue,
    /// 京东 and other shops (9–15 digits, which otherwise could be phone numbers or prices).
    /// </summary>
    public static IReadOnlyList<OrderNumberPattern> Defaults { get; } =
    [
        new("taobao-tmall-douyin", string.Empty, 16, 20, requiresCue: false),
        new("pinduoduo", string.Empty, 15, 15, requiresCue: false, groupDigits: 6, separator: '-'),
        new("jd-and-cued", string.Empty, 9, 15, requiresCue: true),
    ];
}
