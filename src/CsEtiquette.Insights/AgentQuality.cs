namespace CsEtiquette.Insights;

/// <summary>
/// One agent's quality-inspection line (客服质检). The <see cref="QualityScore"/> formula is
/// <c>100 × (0.6·clean + 0.2·apology + 0.2·followUp) ÷ (sum of the weights of the parts that apply)</c>, where
/// clean = replies without a warning/error finding ÷ replies, apology = apology-before-solution rate and
/// followUp = follow-up-within-24h rate; a part with no decided case is left out.
/// </summary>
/// <param name="Agent">The agent's name.</param>
/// <param name="Replies">Replies checked by the linter.</param>
/// <param name="FlaggedReplies">Replies with at least one warning or error finding.</param>
/// <param name="FindingsByRule">Findings per rule id (CSE001…), all severities.</param>
/// <param name="ComplaintsHandled">Complaint conversations in which this agent replied first after the complaint.</param>
/// <param name="ApologyBeforeSolution">先道歉再处理: the first solution was preceded by an apology.</param>
/// <param name="FollowUpWithin24h">闭环跟进: a follow-up came within 24 h of this agent's solution.</param>
/// <param name="QualityScore">0..100 rounded to 0.1, or <see langword="null"/> without replies.</param>
public sealed record AgentQuality(
    string Agent,
    long Replies,
    long FlaggedReplies,
    IReadOnlyDictionary<string, long> FindingsByRule,
    long ComplaintsHandled,
    Compliance ApologyBeforeSolution,
    Compliance FollowUpWithin24h,
    double? QualityScore)
{
    /// <summary>Replies without warning/error findings ÷ replies (0..1), or <see langword="null"/> without replies.</summary>
    public double? CleanRate => Replies > 0 ? (double)(Replies - FlaggedReplies) / Replies : null;

    /// <summary>The documented score formula (see the type's remarks).</summary>
    internal static double? Score(long replies, long flagged, Compliance apology, Compliance followUp)
    {
        if (replies <= 0)
        {
            return null;
        }

        var sum = 0.6 * (replies - flagged) / replies;
        var weight = 0.6;
        if (apology.Rate is { } a)
        {
            sum += 0.2 * a;
            weight += 0.2;
        }

        if (followUp.Rate is { } f)
        {
            sum += 0.2 * f;
            weight += 0.2;
        }

        return Math.Round(100 * sum / weight, 1, MidpointRounding.AwayFromZero);
    }
}
