using System.Collections.Immutable;
using System.Text.Json.Serialization;

namespace CsEtiquette.Complaints;

/// <summary>
/// Step 3, 解决方案: two or three distinct options are offered for the customer to choose from, e.g.
/// “补发商品，预计3天到达” and “全额退款，1-3个工作日退回原账户”. Never one option: the customer should feel in control
/// (提供选择，而非单方面决定). Accepted after the information is verified, and again in
/// <see cref="ComplaintState.SolutionsOffered"/> to replace options the customer declined.
/// </summary>
public sealed record OfferSolutions : ComplaintEvent
{
    /// <summary>Creates the event.</summary>
    /// <param name="options">The options; default means none (rejected by the workflow).</param>
    [JsonConstructor]
    public OfferSolutions(ImmutableArray<string> options)
    {
        Options = options.IsDefault ? [] : options;
    }

    /// <summary>Creates the event from option texts.</summary>
    /// <param name="options">The options; null means none (rejected by the workflow).</param>
    public OfferSolutions(params string[] options)
        : this(options is null ? [] : ImmutableArray.Create(options))
    {
    }

    /// <summary>The offered options as given (the workflow stores them trimmed), never default.</summary>
    public ImmutableArray<string> Options { get; }

    /// <inheritdoc />
    [JsonIgnore]
    public override ComplaintTrigger Trigger => ComplaintTrigger.OfferSolutions;

    /// <summary>Value equality: the same options in the same order.</summary>
    /// <param name="other">The other event.</param>
    /// <returns><see langword="true"/> when both hold the same options.</returns>
    public bool Equals(OfferSolutions? other) =>
        other is not null && Options.AsSpan().SequenceEqual(other.Options.AsSpan());

    /// <inheritdoc />
    public override int GetHashCode() => Options.Length;
}
