using CsEtiquette.Assistant;

namespace CsEtiquette.Knowledge;

/// <summary>
/// The policy facts of a knowledge pack (<c>$.policy</c>): return window, after-sales period, warranty, shipping and
/// delivery times, free-shipping threshold. Null means the pack does not say. Immutable and thread-safe.
/// </summary>
public sealed record KnowledgePolicy
{
    /// <summary>No-reason return window in days after delivery (七天无理由退货), e.g. 7.</summary>
    public int? ReturnWindowDays { get; init; }

    /// <summary>After-sales period in days after delivery (售后期限: exchange or return for a quality problem), e.g. 15.</summary>
    public int? AfterSalesDays { get; init; }

    /// <summary>Warranty period in days after delivery (保修期), e.g. 365.</summary>
    public int? WarrantyDays { get; init; }

    /// <summary>Hours from payment to shipping (发货时效), e.g. 48.</summary>
    public int? ShippingHours { get; init; }

    /// <summary>Order amount in yuan from which shipping is free (包邮门槛), e.g. 99.</summary>
    public decimal? FreeShippingThreshold { get; init; }

    /// <summary>Delivery time after shipping as said to customers (物流时效), e.g. <c>3-5天</c>.</summary>
    public string? DeliveryTime { get; init; }

    /// <summary>Refund time (退款时效), e.g. <c>1-3个工作日</c>.</summary>
    public string? RefundTime { get; init; }

    /// <summary>Processing commitment (处理时限), e.g. <c>24小时</c>.</summary>
    public string? ProcessingTime { get; init; }

    /// <summary>How soon a promised lookup is answered (查询答复时限), e.g. <c>30分钟</c>; see <see cref="ShopPolicy.LookupTime"/>.</summary>
    public string? LookupTime { get; init; }

    /// <summary>
    /// <paramref name="policy"/> with every fact this pack states laid over it: return window, after-sales period,
    /// warranty, refund, processing and lookup times. Facts the pack leaves null keep the value of <paramref name="policy"/>.
    /// </summary>
    /// <param name="policy">The policy to start from.</param>
    /// <returns>The combined policy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="policy"/> is null.</exception>
    public ShopPolicy ApplyTo(ShopPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return policy with
        {
            ReturnWindow = ReturnWindowDays is { } r ? TimeSpan.FromDays(r) : policy.ReturnWindow,
            AfterSalesPeriod = AfterSalesDays is { } a ? TimeSpan.FromDays(a) : policy.AfterSalesPeriod,
            WarrantyPeriod = WarrantyDays is { } w ? TimeSpan.FromDays(w) : policy.WarrantyPeriod,
            RefundTime = RefundTime ?? policy.RefundTime,
            ProcessingTime = ProcessingTime ?? policy.ProcessingTime,
            LookupTime = LookupTime ?? policy.LookupTime,
        };
    }
}
