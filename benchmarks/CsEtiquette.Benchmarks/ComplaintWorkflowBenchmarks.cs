using BenchmarkDotNet.Attributes;
using CsEtiquette.Complaints;
using CsEtiquette.Templates;

namespace CsEtiquette.Benchmarks;

/// <summary>The complaint workflow: one Apply, a full seven-event case, and the JSON round trip of a closed case.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ComplaintWorkflowBenchmarks
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
    private readonly ComplaintWorkflow _workflow = new();
    private readonly ComplaintEvent[] _events =
    [
        new AcknowledgeEmotion(), new VerifyInformation("202611240001", "外包装破损"),
        new OfferSolutions("补发商品，预计3天到达", "全额退款，1-3个工作日退回原账户"), new ChooseSolution(1), new Resolve(),
        new FollowUp(true), new Close(),
    ];

    private ComplaintCase _verified = null!;
    private ComplaintCase _closed = null!;
    private string _closedJson = null!;

    [GlobalSetup]
    public void Setup()
    {
        _verified = Run(2);
        _closed = Run(_events.Length);
        _closedJson = ComplaintJson.Serialize(_closed);
    }

    private ComplaintCase Run(int count)
    {
        var c = _workflow.Start("bench", T0);
        for (var i = 0; i < count; i++)
        {
            c = _workflow.Apply(c, _events[i], T0.AddMinutes(i + 1)).Case;
        }

        return c;
    }

    [Benchmark]
    public ComplaintApplyResult ApplyOfferSolutions() => _workflow.Apply(_verified, _events[2], T0.AddHours(1));

    [Benchmark]
    public ComplaintApplyResult RejectOutOfOrder() => _workflow.Apply(_verified, _events[4], T0.AddHours(1));

    [Benchmark]
    public ComplaintCase FullCase() => Run(_events.Length);

    [Benchmark]
    public ComplaintNextStep NextStep() => _workflow.NextStep(_verified);

    [Benchmark]
    public ComplaintCase JsonRoundTrip() => ComplaintJson.Deserialize(ComplaintJson.Serialize(_closed));

    [Benchmark]
    public ComplaintCase JsonDeserialize() => ComplaintJson.Deserialize(_closedJson);
}
