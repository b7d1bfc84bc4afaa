namespace CsEtiquette.Insights;

/// <summary>Per-agent counters (mutable while aggregating; merged by addition).</summary>
internal sealed class AgentTally
{
    public long Replies;
    public long FlaggedReplies;
    public long ComplaintsHandled;
    public long ApologyApplicable;
    public long ApologyCompliant;
    public long FollowUpApplicable;
    public long FollowUpCompliant;
    public long FollowUpPending;

    public SortedDictionary<string, long> FindingsByRule { get; } = new(StringComparer.Ordinal);

    public void Add(AgentTally o)
    {
        Replies += o.Replies;
        FlaggedReplies += o.FlaggedReplies;
        ComplaintsHandled += o.ComplaintsHandled;
        ApologyApplicable += o.ApologyApplicable;
        ApologyCompliant += o.ApologyCompliant;
        FollowUpApplicable += o.FollowUpApplicable;
        FollowUpCompliant += o.FollowUpCompliant;
        FollowUpPending += o.FollowUpPending;
        foreach (var (rule, n) in o.FindingsByRule)
        {
            FindingsByRule[rule] = FindingsByRule.GetValueOrDefault(rule) + n;
        }
    }
}
