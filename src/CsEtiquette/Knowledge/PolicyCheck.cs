using CsEtiquette.Assistant;

namespace CsEtiquette.Knowledge;

/// <summary>
/// A request checked against a policy window (售后资格): how long ago the goods were delivered and whether that is
/// inside the window. Immutable and thread-safe; <see cref="Check"/> computes it.
/// </summary>
/// <param name="Window">The window the request falls under.</param>
/// <param name="Period">The window's length from the policy.</param>
/// <param name="Elapsed">Time from delivery (or, without a delivery time, from placing the order) to now; never negative.</param>
/// <param name="Source">Where the delivery time came from: <c>order</c> (<see cref="IOrderLookup"/>) or <c>customer</c> (买了15天).</param>
public sealed record PolicyCheck(PolicyWindow Window, TimeSpan Period, TimeSpan Elapsed, string Source)
{
    /// <summary>Whether the request is inside the window (exactly at its end still is).</summary>
    public bool IsWithinPolicy => Elapsed <= Period;

    /// <summary>Whole days since delivery, rounded up (the day count said to customers).</summary>
    public int ElapsedDays => (int)Math.Ceiling(Elapsed.TotalDays);

    /// <summary>Checks a request against <paramref name="policy"/>.</summary>
    /// <param name="window">The window the request falls under.</param>
    /// <param name="policy">The shop policy.</param>
    /// <param name="deliveredAt">When the goods were delivered.</param>
    /// <param name="now">Now.</param>
    /// <param name="source">Where <paramref name="deliveredAt"/> came from.</param>
    /// <returns>The check, or null when the policy has no such window (no warranty).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> or <paramref name="source"/> is null.</exception>
    public static PolicyCheck? Check(PolicyWindow window, ShopPolicy policy, DateTimeOffset deliveredAt, DateTimeOffset now, string source)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(source);
        TimeSpan? period = window switch
        {
            PolicyWindow.ReturnWindow => policy.ReturnWindow,
            PolicyWindow.AfterSalesPeriod => policy.AfterSalesPeriod,
            _ => policy.WarrantyPeriod,
        };
        if (period is not { } p)
        {
            return null;
        }

        var elapsed = now - deliveredAt;
        return new PolicyCheck(window, p, elapsed < TimeSpan.Zero ? TimeSpan.Zero : elapsed, source);
    }
}
