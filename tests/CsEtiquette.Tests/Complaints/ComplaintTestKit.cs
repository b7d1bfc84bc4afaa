using CsEtiquette.Complaints;

namespace CsEtiquette.Tests.Complaints;

/// <summary>Shared helpers: a fixed start time, a manual clock and a "replay and assert accepted" helper.</summary>
internal static class ComplaintTestKit
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

    public static readonly string[] TwoOptions = ["补发商品，预计3天到达", "全额退款，1-3个工作日退回原账户"];

    /// <summary>Applies events one minute apart starting at T0 + 1 min; every one must be accepted.</summary>
    public static ComplaintCase Replay(ComplaintWorkflow wf, params ComplaintEvent[] events)
    {
        var c = wf.Start("case-1", T0);
        var t = T0;
        foreach (var e in events)
        {
            t = t.AddMinutes(1);
            var r = wf.Apply(c, e, t);
            Assert.True(r.IsAccepted, $"{e.Trigger} in {c.State} was rejected: {r.Reason} {r.Message}");
            c = r.Case;
        }

        return c;
    }

    public static ComplaintEvent[] ToResolved() =>
    [
        new AcknowledgeEmotion(),
        new VerifyInformation("202611240001", "外包装破损"),
        new OfferSolutions(TwoOptions),
        new ChooseSolution(0),
        new Resolve(),
    ];

    public static ComplaintEvent[] Prefix(int count) => ToResolved()[..count];
}
