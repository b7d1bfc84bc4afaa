using System.Collections.Immutable;

namespace CsEtiquette.Knowledge;

/// <summary>An order as <see cref="IOrderLookup"/> returns it (订单信息). Immutable and thread-safe.</summary>
/// <param name="OrderNumber">The order number (订单号).</param>
/// <param name="PlacedAt">When the order was placed (下单时间).</param>
public sealed record OrderRecord(string OrderNumber, DateTimeOffset PlacedAt)
{
    /// <summary>When the order was delivered (签收时间); null while it is on its way. Policy windows count from it.</summary>
    public DateTimeOffset? DeliveredAt { get; init; }

    /// <summary>The items of the order (商品); empty when unknown.</summary>
    public ImmutableArray<string> Items { get; init; } = [];

    /// <summary>The order status as the host names it (e.g. <c>已签收</c>, <c>运输中</c>); null when unknown.</summary>
    public string? Status { get; init; }
}
