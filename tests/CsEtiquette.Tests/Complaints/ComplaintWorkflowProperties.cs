using CsEtiquette.Complaints;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CsEtiquette.Tests.Complaints;

/// <summary>A generated step: an event and the seconds since the previous step (sometimes negative).</summary>
public sealed record ComplaintStep(ComplaintEvent Event, int DeltaSeconds)
{
    public override string ToString() => $"{ComplaintJson.SerializeEvent(Event)} +{DeltaSeconds}s";
}

/// <summary>Random event sequences: any event in any order with mostly-valid payloads, mixed with runs of the
/// main path so that sequences also reach the later states (resolved, followed up, closed).</summary>
public static class ComplaintArbs
{
    private static readonly Gen<string> OrderNumbers = Gen.Elements("202611240001", "1", "", " ", "202611240002");
    private static readonly Gen<string> Texts = Gen.Elements("补发商品，预计3天到达", "全额退款，1-3个工作日退回原账户", "换新", " 换新", "", "破损", "少件");

    private static readonly Gen<ComplaintEvent> AnyEvent = Gen.Frequency(new (int, Gen<ComplaintEvent>)[] {
        (3, Gen.Constant<ComplaintEvent>(new AcknowledgeEmotion())),
        (3, from o in OrderNumbers
            from f in Gen.ListOf(Texts, 2)
            select (ComplaintEvent)new VerifyInformation(o, f.ToArray())),
        (3, from n in Gen.Choose(0, 4)
            from opts in Gen.ArrayOf(Texts, n)
            select (ComplaintEvent)new OfferSolutions(opts)),
        (3, Gen.Choose(-1, 3).Select(i => (ComplaintEvent)new ChooseSolution(i))),
        (3, Gen.Constant<ComplaintEvent>(new Resolve())),
        (3, Gen.Elements(true, false).Select(s => (ComplaintEvent)new FollowUp(s))),
        (1, from r in Gen.Elements(EscalationReason.Abuse, EscalationReason.Malicious, EscalationReason.PolicyException, EscalationReason.Unresolved, (EscalationReason)9)
            from t in Gen.Elements(EscalationTarget.Supervisor, EscalationTarget.Platform)
            select (ComplaintEvent)new Escalate(r, t)),
        (1, Gen.Constant<ComplaintEvent>(new Withdraw())),
        (2, Gen.Constant<ComplaintEvent>(new Close())) });

    private static readonly ComplaintEvent[] MainPath =
    [
        new AcknowledgeEmotion(), new VerifyInformation("202611240001", "破损"),
        new OfferSolutions("补发商品，预计3天到达", "全额退款，1-3个工作日退回原账户"), new ChooseSolution(1), new Resolve(),
        new FollowUp(true), new Close(),
    ];

    private static readonly Gen<int> Deltas = Gen.Frequency(new (int, Gen<int>)[] {
        (8, Gen.Choose(0, 2 * 24 * 3600)),
        (1, Gen.Choose(-3600, -1)) });

    private static readonly Gen<ComplaintStep[]> Chunk = Gen.Frequency(new (int, Gen<ComplaintStep[]>)[] {
        (4, from e in AnyEvent from d in Deltas select new[] { new ComplaintStep(e, d) }),
        (1, from start in Gen.Choose(0, MainPath.Length - 1)
            from len in Gen.Choose(1, MainPath.Length)
            from d in Gen.Choose(1, 600)
            select MainPath.Skip(start).Take(len).Select(e => new ComplaintStep(e, d)).ToArray()) });

    public static readonly Gen<ComplaintStep[]> Sequences =
        Gen.ListOf(Chunk).Select(chunks => chunks.SelectMany(c => c).ToArray());

    public static readonly Gen<DateTimeOffset> Starts =
        from minutes in Gen.Choose(0, 60 * 24 * 365)
        from offset in Gen.Elements(0, 8, -5)
        select new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(offset)).AddMinutes(minutes);

    public static Arbitrary<ComplaintStep[]> StepArrays() => Arb.From(Sequences);

    public static Arbitrary<DateTimeOffset> DateTimeOffsets() => Arb.From(Starts);
}

public sealed class ComplaintWorkflowProperties
{
    private static readonly ComplaintWorkflow Workflow = new();
    private static readonly ComplaintTransitionTable Table = ComplaintTransitionTable.Default;

    private static (ComplaintCase Case, List<ComplaintApplyResult> Results) Run(DateTimeOffset start, ComplaintStep[] steps)
    {
        var c = Workflow.Start("p", start);
        var t = start;
        var results = new List<ComplaintApplyResult>(steps.Length);
        foreach (var s in steps)
        {
            t = t.AddSeconds(s.DeltaSeconds);
            var r = Workflow.Apply(c, s.Event, t);
            results.Add(r);
            c = r.Case;
        }

        return (c, results);
    }

    [Property(Arbitrary = new[] { typeof(ComplaintArbs) }, MaxTest = 200)]
    public bool State_IsAlwaysInTheTable_AndHistoryFollowsTableRows(DateTimeOffset start, ComplaintStep[] steps)
    {
        var (c, results) = Run(start, steps);
        if (!results.TrueForAll(r => Table.States.Contains(r.Case.State)))
        {
            return false;
        }

        var state = Table.InitialState;
        foreach (var h in c.History)
        {
            if (h.From != state || !Table.Find(h.From, h.Event.Trigger).Any(row => row.To == h.To))
            {
                return false;
            }

            state = h.To;
        }

        return state == c.State;
    }

    [Property(Arbitrary = new[] { typeof(ComplaintArbs) }, MaxTest = 200)]
    public bool History_RespectsTheGuards(DateTimeOffset start, ComplaintStep[] steps)
    {
        var (c, _) = Run(start, steps);
        bool acknowledged = false, verified = false, offered = false, followedOrWithdrawn = false;
        var last = c.OpenedAt;
        foreach (var h in c.History)
        {
            if (h.At < last)
            {
                return false; // time order
            }

            last = h.At;
            switch (h.Event)
            {
                case AcknowledgeEmotion:
                    acknowledged = true;
                    break;
                case VerifyInformation when !acknowledged: // no verification before the apology
                    return false;
                case VerifyInformation:
                    verified = true;
                    break;
                case OfferSolutions o when !verified || o.Options.Length is < 2 or > 3 || o.Options.Select(x => x.Trim()).Distinct().Count() != o.Options.Length:
                    return false; // no solutions before verification; 2-3 distinct options
                case OfferSolutions:
                    offered = true;
                    break;
                case ChooseSolution when !offered:
                    return false;
                case FollowUp { Satisfied: true }:
                case Withdraw:
                    followedOrWithdrawn = true;
                    break;
                case Close when !followedOrWithdrawn: // no close before a follow-up or a withdrawal
                    return false;
            }
        }

        return true;
    }

    [Property(Arbitrary = new[] { typeof(ComplaintArbs) }, MaxTest = 200)]
    public bool TerminalStates_AreAbsorbing_AndRejectionsChangeNothing(DateTimeOffset start, ComplaintStep[] steps)
    {
        var c = Workflow.Start("p", start);
        var t = start;
        foreach (var s in steps)
        {
            t = t.AddSeconds(s.DeltaSeconds);
            var wasTerminal = Table.IsTerminal(c.State);
            var r = Workflow.Apply(c, s.Event, t);
            if (wasTerminal && (r.IsAccepted || r.Reason != ComplaintRejectionReason.CaseClosed))
            {
                return false;
            }

            if (!r.IsAccepted && !ReferenceEquals(r.Case, c))
            {
                return false;
            }

            c = r.Case;
        }

        return true;
    }

    [Property(Arbitrary = new[] { typeof(ComplaintArbs) }, MaxTest = 200)]
    public bool Version_EqualsAcceptedEvents(DateTimeOffset start, ComplaintStep[] steps)
    {
        var (c, results) = Run(start, steps);
        var accepted = results.Count(r => r.IsAccepted);
        return c.Version == accepted && c.History.Length == accepted
            && c.History.Select(h => h.Version).SequenceEqual(Enumerable.Range(1, accepted));
    }

    [Property(Arbitrary = new[] { typeof(ComplaintArbs) }, MaxTest = 100)]
    public bool JsonRoundTrip_IsExact_AtEveryStep(DateTimeOffset start, ComplaintStep[] steps)
    {
        var (_, results) = Run(start, steps);
        foreach (var c in results.Select(r => r.Case).Prepend(Workflow.Start("p", start)))
        {
            var json = ComplaintJson.Serialize(c);
            var back = ComplaintJson.Deserialize(json);
            if (!c.Equals(back) || json != ComplaintJson.Serialize(back))
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void Generator_ReachesEveryState()
    {
        // Guards the properties above against a generator that never gets past the first steps.
        var seen = new HashSet<ComplaintState>();
        foreach (var steps in ComplaintArbs.Sequences.Sample(60, 300))
        {
            var (_, results) = Run(ComplaintTestKit.T0, steps);
            foreach (var r in results)
            {
                seen.Add(r.Case.State);
            }
        }

        Assert.Equal(Enum.GetValues<ComplaintState>().Order(), seen.Order());
    }
}
