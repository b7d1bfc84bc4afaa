using System.Collections.Frozen;

namespace CsEtiquette.Knowledge;

/// <summary>
/// An <see cref="IOrderLookup"/> over a fixed set of orders (tests, samples, <c>cse suggest --orders</c>). Immutable
/// and thread-safe.
/// </summary>
public sealed class InMemoryOrderLookup : IOrderLookup
{
    private readonly FrozenDictionary<string, OrderRecord> _orders;

    /// <summary>Creates the lookup.</summary>
    /// <param name="orders">The orders; a later order with the same number replaces an earlier one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="orders"/> or one of them is null.</exception>
    public InMemoryOrderLookup(IEnumerable<OrderRecord> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var map = new Dictionary<string, OrderRecord>(StringComparer.Ordinal);
        foreach (var o in orders)
        {
            ArgumentNullException.ThrowIfNull(o, nameof(orders));
            map[o.OrderNumber.Trim()] = o;
        }

        _orders = map.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>How many orders the lookup holds.</summary>
    public int Count => _orders.Count;

    /// <inheritdoc />
    public OrderRecord? Find(string orderNumber)
    {
        ArgumentNullException.ThrowIfNull(orderNumber);
        return _orders.GetValueOrDefault(orderNumber.Trim());
    }
}
