namespace CsEtiquette.Training;

/// <summary>
/// One customer turn of a drill: what the customer says (one of <see cref="CustomerLines"/>, picked by the
/// session's seed), the skills a good reply shows, and where the conversation goes after a good or a poor reply.
/// </summary>
/// <param name="Id">The turn id, unique in its scenario.</param>
/// <param name="CustomerLines">Interchangeable wordings of the customer's message (at least one).</param>
/// <param name="Expects">Skills a good reply to this turn shows.</param>
/// <param name="Good">The next turn after a good reply, or <see cref="End"/>.</param>
/// <param name="Poor">The next turn after a poor reply (usually a more upset customer), or <see cref="End"/>.</param>
public sealed record DrillTurn(
    string Id,
    IReadOnlyList<string> CustomerLines,
    IReadOnlyList<ServiceSkill> Expects,
    string Good,
    string Poor)
{
    /// <summary>The branch target that ends the drill.</summary>
    public const string End = "end";
}
