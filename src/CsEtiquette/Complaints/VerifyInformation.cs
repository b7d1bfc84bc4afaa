using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace CsEtiquette.Complaints;

/// <summary>
/// Step 2, 核实信息: the order number and the facts of the complaint were confirmed with open questions
/// (“您方便告诉我订单号吗？我帮您查看具体物流节点。”). Accepted after the emotion was acknowledged, and again in
/// <see cref="ComplaintState.InformationVerified"/> to correct the order number or add facts.
/// A blank order number is rejected with <see cref="ComplaintRejectionReason.OrderNumberMissing"/>.
/// </summary>
public sealed record VerifyInformation : ComplaintEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="orderNumber">The order number (订单号); blank is rejected by the workflow.</param>
    /// <param name="facts">The verified facts (e.g. “外包装破损”); default or empty means none.</param>
    [JsonConstructor]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0027:Public API with optional parameter(s) should have the most parameters amongst its public overloads", Justification = "The default is what lets JSON omit \"facts\" (System.Text.Json treats constructor parameters without a default as required); the other overload takes params string[], a different type, so no call binds to both.")]
    public VerifyInformation(string orderNumber, ImmutableArray<string> facts = default)
    {
        OrderNumber = orderNumber;
        Facts = facts.IsDefault ? [] : facts;
    }

    /// <summary>Creates the event from an order number and any number of facts.</summary>
    /// <param name="orderNumber">The order number (订单号); blank is rejected by the workflow.</param>
    /// <param name="facts">The verified facts; null means none.</param>
    public VerifyInformation(string orderNumber, params string[] facts)
        : this(orderNumber, facts is null ? [] : ImmutableArray.Create(facts))
    {
    }

    /// <summary>The order number as given (the workflow stores it trimmed).</summary>
    public string OrderNumber { get; }

    /// <summary>The verified facts, never default.</summary>
    public ImmutableArray<string> Facts { get; }

    /// <inheritdoc />
    [JsonIgnore]
    public override ComplaintTrigger Trigger => ComplaintTrigger.VerifyInformation;

    /// <summary>Value equality: same order number and the same facts in the same order.</summary>
    /// <param name="other">The other event.</param>
    /// <returns><see langword="true"/> when both hold the same values.</returns>
    public bool Equals(VerifyInformation? other) =>
        other is not null && string.Equals(OrderNumber, other.OrderNumber, StringComparison.Ordinal)
        && Facts.AsSpan().SequenceEqual(other.Facts.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OrderNumber, Facts.Length);
}
