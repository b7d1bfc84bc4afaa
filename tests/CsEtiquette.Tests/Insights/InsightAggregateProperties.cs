using CsEtiquette.Insights;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using static CsEtiquette.Tests.Insights.InsightTestLogs;

namespace CsEtiquette.Tests.Insights;

/// <summary>
/// The merge laws that make multi-machine runs possible: associativity, identity, "merge of split == whole",
/// and independence from the worker count.
/// </summary>
public sealed class InsightAggregateProperties
{
    private static readonly string[] CustomerTexts =
    [
        "这件衣服尺码偏大吗?", "什么时候发货?", "我要投诉,杯子破损了", "快递怎么还没到?", "好的谢谢",
        "优惠券怎么用不了?", "气死了,垃圾服务", "发票可以开公司抬头吗", "尺码表在哪里看?", "退款 退款 物流",
    ];

    private static readonly string[] AgentTexts =
    [
        "您好,请问有什么可以帮到您?", "给您带来不好的体验非常抱歉,我们马上核实情况。", "您可以选择补发商品,或申请全额退款",
        "不能退!", "您好,之前您反馈的问题已处理,请问目前是否还有其他疑问?", "可以为您补发,非常抱歉",
    ];

    private static readonly string[] Agents = ["小王", "小李", "小张"];

    private sealed record Step(bool Customer, int Text, int Agent, int GapMinutes);

    private static readonly Gen<Step> StepGen =
        from customer in Gen.Elements(true, false)
        from text in Gen.Choose(0, 9)
        from agent in Gen.Choose(0, 2)
        from gap in Gen.Frequency((8, Gen.Choose(1, 20)), (1, Gen.Choose(60, 600)), (1, Gen.Choose(1400, 2000)))
        select new Step(customer, text, agent, gap);

    /// <summary>Messages of interleaved conversations in time order (gaps sometimes over 24 h).</summary>
    private static readonly Gen<List<ChatMessage>> InterleavedLog =
        from steps in Gen.ListOf(Gen.Zip(Gen.Choose(0, 5), StepGen))
        select Lay(steps.Select(s => ("c" + s.Item1, s.Item2)));

    /// <summary>
    /// Whole conversations one after another within 16 h (≤ 40 conversations × 8 steps × 3 min), so every shard
    /// ends inside the same follow-up windows as the whole log; cut at conversation boundaries into 3 pieces.
    /// </summary>
    private static readonly Gen<(List<ChatMessage> Whole, int[] Cuts)> BlockLog =
        from convs in Gen.ListOf(Gen.NonEmptyListOf(StepGen.Select(s => s with { GapMinutes = 1 + (s.GapMinutes % 3) })))
            .Select(l => l.Take(40).ToList())
        from c1 in Gen.Choose(0, 12)
        from c2 in Gen.Choose(0, 12)
        select Blocks(convs, Math.Min(c1, c2), Math.Max(c1, c2));

    private static List<ChatMessage> Lay(IEnumerable<(string Conv, Step Step)> steps)
    {
        var t = Base;
        var list = new List<ChatMessage>();
        foreach (var (conv, s) in steps)
        {
            t = t.AddMinutes(s.GapMinutes);
            list.Add(s.Customer ? C(conv, CustomerTexts[s.Text], t) : A(conv, Agents[s.Agent], AgentTexts[s.Text % AgentTexts.Length], t));
        }

        return list;
    }

    private static (List<ChatMessage>, int[]) Blocks(IReadOnlyList<IReadOnlyList<Step>> convs, int cutA, int cutB)
    {
        var flat = new List<(string, Step)>();
        var boundaries = new List<int> { 0 };
        for (var i = 0; i < convs.Count; i++)
        {
            flat.AddRange(convs[i].Take(8).Select(s => ("k" + i, s)));
            boundaries.Add(flat.Count);
        }

        int At(int c) => boundaries[Math.Min(c, boundaries.Count - 1)];
        return (Lay(flat), [At(cutA), At(cutB)]);
    }

    private static string Json(QualityInspector inspector, IEnumerable<ChatMessage> log) => inspector.Inspect(log).ToJson();

    [Property(MaxTest = 60)]
    public Property Merge_IsAssociative() =>
        Prop.ForAll(Arb.From(Gen.Three(InterleavedLog)), logs =>
        {
            var (a, b, c) = logs;
            // Shards read through the reader so bad lines and blank lines take part too.
            InsightAggregate Shard(List<ChatMessage> log, string name, long seqBase)
            {
                var text = ToJsonLines(log) + "\n\n{bad\n";
                return Inspector(2, seqBase).Inspect(new ChatLogReader(new StringReader(text), ChatLogFormat.JsonLines), name);
            }

            var (x, y, z) = (Shard(a, "a", 0), Shard(b, "b", 1L << 40), Shard(c, "c", 2L << 40));
            var left = InsightAggregate.Merge(x, InsightAggregate.Merge(y, z)).ToJson();
            var right = InsightAggregate.Merge(InsightAggregate.Merge(x, y), z).ToJson();
            var swapped = InsightAggregate.Merge(InsightAggregate.Merge(z, x), y).ToJson();
            return left == right && left == swapped;
        });

    [Property(MaxTest = 60)]
    public Property Merge_WithEmpty_IsIdentity() =>
        Prop.ForAll(Arb.From(InterleavedLog), log =>
        {
            var a = Inspector().Inspect(log);
            var json = a.ToJson();
            return InsightAggregate.Merge(a, new InsightAggregate()).ToJson() == json
                && InsightAggregate.Merge(new InsightAggregate(), a).ToJson() == json;
        });

    [Property(MaxTest = 60)]
    public Property Merge_OfSplitLog_EqualsWholeLog() =>
        Prop.ForAll(Arb.From(BlockLog), input =>
        {
            var (whole, cuts) = input;
            var pieces = new[] { whole[..cuts[0]], whole[cuts[0]..cuts[1]], whole[cuts[1]..] };
            var merged = new InsightAggregate();
            var offset = 0;
            foreach (var piece in pieces)
            {
                merged = InsightAggregate.Merge(merged, Inspector(2, offset).Inspect(piece));
                offset += piece.Count;
            }

            return merged.ToJson() == Json(Inspector(), whole);
        });

    [Property(MaxTest = 60)]
    public Property Result_DoesNotDependOnWorkerCount() =>
        Prop.ForAll(Arb.From(InterleavedLog), log =>
        {
            var one = Json(Inspector(1), log);
            return one == Json(Inspector(2), log) && one == Json(Inspector(3), log);
        });
}
