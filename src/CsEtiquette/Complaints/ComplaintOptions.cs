namespace CsEtiquette.Complaints;

/// <summary>
/// Settings of <see cref="ComplaintWorkflow"/>. Mutable while configuring; the workflow validates and copies the
/// values when it is constructed, so later changes do not affect it. Not thread-safe while being changed.
/// </summary>
public sealed class ComplaintOptions
{
    /// <summary>The largest follow-up window accepted by <see cref="Validate"/>: 30 days.</summary>
    public static readonly TimeSpan MaxFollowUpWindow = TimeSpan.FromDays(30);

    /// <summary>
    /// How long after the resolution the follow-up is due (问题解决后24小时内回访). Default 24 hours; must be at least
    /// one minute and at most <see cref="MaxFollowUpWindow"/>.
    /// </summary>
    public TimeSpan FollowUpWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The fewest options an offer may have. Default 2; must be at least 2 (never a single option).</summary>
    public int MinSolutionOptions { get; set; } = ShopPolicy.MinSolutionOptions;

    /// <summary>The most options an offer may have. Default 3; must be between <see cref="MinSolutionOptions"/> and 9.</summary>
    public int MaxSolutionOptions { get; set; } = ShopPolicy.MaxSolutionOptions;

    /// <summary>
    /// Replacements for suggested replies, by reply id of the embedded complaint pack (for example
    /// <c>complaint.follow-up</c>), to give replies your brand voice; an overridden state uses this text instead of
    /// its template (<see cref="ComplaintWorkflow.PlanNextStep"/> lists which state uses which id). Texts may use the slots <c>{order}</c>, <c>{orderNumber}</c>, <c>{options}</c>, <c>{chosen}</c>,
    /// <c>{window}</c> and <c>{target}</c>. Unknown ids or slots make <see cref="Validate"/> fail. Empty by default.
    /// </summary>
    public IDictionary<string, string> Replies { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>
    /// The complaint-replies pack the workflow starts from (<see cref="ComplaintReplyCatalog.Load(string)"/>); null for
    /// <see cref="ComplaintReplyCatalog.Default"/>. <see cref="Replies"/> override single replies on top of it.
    /// </summary>
    public ComplaintReplyCatalog? ReplyCatalog { get; set; }

    /// <summary>Checks every setting.</summary>
    /// <returns>One message per problem, each naming the option (e.g.
    /// <c>ComplaintOptions.FollowUpWindow must be …</c>); empty when the options are valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (FollowUpWindow < TimeSpan.FromMinutes(1) || FollowUpWindow > MaxFollowUpWindow)
        {
            errors.Add($"ComplaintOptions.FollowUpWindow must be between 1 minute and 30 days, not {FollowUpWindow}.");
        }

        if (MinSolutionOptions < 2)
        {
            errors.Add($"ComplaintOptions.MinSolutionOptions must be at least 2 (never a single option), not {MinSolutionOptions}.");
        }

        if (MaxSolutionOptions < MinSolutionOptions || MaxSolutionOptions > 9)
        {
            errors.Add($"ComplaintOptions.MaxSolutionOptions must be between MinSolutionOptions ({MinSolutionOptions}) and 9, not {MaxSolutionOptions}.");
        }

        foreach (var (id, text) in Replies)
        {
            var problem = ComplaintReplyCatalog.Check(id, text);
            if (problem is not null)
            {
                errors.Add($"ComplaintOptions.Replies[\"{id}\"]: {problem}");
            }
        }

        return errors;
    }
}
