namespace CsEtiquette.Knowledge;

/// <summary>
/// Finds an order by its number (订单查询), so the assistant can check a request against the shop policy (a return
/// after the no-reason window, a warranty claim after the period). The host implements it over its order system;
/// <see cref="InMemoryOrderLookup"/> serves tests, samples and <c>cse suggest --orders</c>. Implementations must be
/// thread-safe and fast (called at most once per customer turn).
/// </summary>
public interface IOrderLookup
{
    /// <summary>The order with <paramref name="orderNumber"/>, or null when the host does not know it.</summary>
    /// <param name="orderNumber">The order number as the customer gave it (trimmed).</param>
    /// <returns>The order, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="orderNumber"/> is null.</exception>
    OrderRecord? Find(string orderNumber);
}
