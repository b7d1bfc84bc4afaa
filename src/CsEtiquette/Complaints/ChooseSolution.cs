using System.Text.Json.Serialization;

namespace CsEtiquette.Complaints;

/// <summary>
/// The customer chose one of the offered options. Accepted in <see cref="ComplaintState.SolutionsOffered"/>;
/// an index outside the offered options is rejected with <see cref="ComplaintRejectionReason.OptionIndexOutOfRange"/>.
/// </summary>
/// <param name="Index">The zero-based index into <see cref="ComplaintCase.OfferedOptions"/>.</param>
public sealed record ChooseSolution(int Index) : ComplaintEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ComplaintTrigger Trigger => ComplaintTrigger.ChooseSolution;
}
