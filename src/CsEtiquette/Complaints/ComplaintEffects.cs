using System.Collections.Immutable;

namespace CsEtiquette.Complaints;

/// <summary>The effects the rows of <see cref="ComplaintTransitionTable"/> refer to, one per kind of record kept.
/// Static and pure: no closures, no state.</summary>
internal static class ComplaintEffects
{
    /// <summary>Nothing beyond state, version and history (acknowledge, withdraw).</summary>
    public static readonly TransitionEffect None = static (next, _, _) => next;

    /// <summary>核实信息: the order number and the verified facts (merged, trimmed, without duplicates).</summary>
    public static readonly TransitionEffect RecordVerification = static (next, e, ctx) =>
    {
        var v = (VerifyInformation)e;
        return next with { OrderNumber = v.OrderNumber.Trim(), Facts = MergeFacts(ctx.Before.Facts, v.Facts) };
    };

    /// <summary>解决方案: the offered options (trimmed); any earlier choice is cleared.</summary>
    public static readonly TransitionEffect RecordOptions = static (next, e, _) =>
        next with { OfferedOptions = Trimmed(((OfferSolutions)e).Options), ChosenOptionIndex = null };

    /// <summary>The customer's choice.</summary>
    public static readonly TransitionEffect RecordChoice = static (next, e, _) =>
        next with { ChosenOptionIndex = ((ChooseSolution)e).Index };

    /// <summary>The resolution time and the follow-up due time (resolution + window).</summary>
    public static readonly TransitionEffect RecordResolution = static (next, _, ctx) =>
        next with { ResolvedAt = ctx.Now, FollowUpDueAt = ctx.Now + ctx.FollowUpWindow };

    /// <summary>A satisfied follow-up: nothing is due any more.</summary>
    public static readonly TransitionEffect RecordSatisfied = static (next, _, _) => next with { FollowUpDueAt = null };

    /// <summary>An unsatisfied follow-up: nothing is due, and the offer starts again.</summary>
    public static readonly TransitionEffect ReopenOffer = static (next, _, _) =>
        next with { FollowUpDueAt = null, OfferedOptions = [], ChosenOptionIndex = null };

    /// <summary>Who took the case over, why, when and from which state; no follow-up is due while escalated.</summary>
    public static readonly TransitionEffect RecordEscalation = static (next, e, ctx) =>
    {
        var x = (Escalate)e;
        return next with
        {
            Escalation = new ComplaintEscalation(x.Reason, x.Target, ctx.Now, ctx.Before.State, x.Note),
            FollowUpDueAt = null,
        };
    };

    /// <summary>结案: the closing time.</summary>
    public static readonly TransitionEffect RecordClosing = static (next, _, ctx) => next with { ClosedAt = ctx.Now };

    private static ImmutableArray<string> Trimmed(ImmutableArray<string> items)
    {
        var b = ImmutableArray.CreateBuilder<string>(items.Length);
        foreach (var s in items)
        {
            b.Add(s.Trim());
        }

        return b.MoveToImmutable();
    }

    private static ImmutableArray<string> MergeFacts(ImmutableArray<string> existing, ImmutableArray<string> added)
    {
        var b = existing.ToBuilder();
        foreach (var f in added)
        {
            var t = f.Trim();
            if (!b.Contains(t))
            {
                b.Add(t);
            }
        }

        return b.ToImmutable();
    }
}
