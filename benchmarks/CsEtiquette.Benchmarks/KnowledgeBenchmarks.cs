using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using CsEtiquette.Knowledge;

namespace CsEtiquette.Benchmarks;

/// <summary>
/// FAQ lookup (常见问题速查) over a 500-entry pack: the 37 entries of the embedded example pack plus 463 generated
/// product questions (25 products × 19 attributes, e.g. 电热水壶的保修期是多久), so postings lists are long and many
/// entries share tokens. Issue 16 target: median ≤ 5 µs.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class KnowledgeBenchmarks
{
    private static readonly string[] Products =
    [
        "电热水壶", "保温饭盒", "空气炸锅", "榨汁机", "电饭煲", "不粘锅", "砧板", "收纳箱", "晾衣架", "拖把",
        "扫地机器人", "加湿器", "台灯", "抱枕", "四件套", "毛巾", "浴巾", "拖鞋", "雨伞", "水杯",
        "咖啡机", "电动牙刷", "吹风机", "剃须刀", "体重秤",
    ];

    private static readonly string[] Attributes =
    [
        "的保修期是多久", "用的是什么材质", "的尺寸是多少", "怎么清洗", "有几种颜色", "能用多久", "的功率是多少", "有没有说明书",
        "重量是多少", "可以放洗碗机吗", "有异味正常吗", "第一次怎么用", "噪音大不大", "配件在哪里买", "坏了去哪里修",
        "适合几个人用", "包装里有什么", "是哪里生产的", "耗电吗",
    ];

    private ShopKnowledge _knowledge = null!;

    [GlobalSetup]
    public void Setup()
    {
        var example = ShopKnowledge.Example;
        var entries = new List<KnowledgeEntry>();
        foreach (var e in example.Entries)
        {
            if (!e.FromPolicy)
            {
                entries.Add(e);
            }
        }

        for (var i = 0; entries.Count < 500; i++)
        {
            var product = Products[i % Products.Length];
            var attribute = Attributes[i / Products.Length % Attributes.Length];
            entries.Add(new KnowledgeEntry($"gen-{i}", [product + attribute], $"{product}{attribute}:请以商品详情页为准。"));
        }

        _knowledge = new ShopKnowledge("bench-500", entries, policy: null);
        if (_knowledge.Entries.Length != 500)
        {
            throw new InvalidOperationException($"The benchmark pack has {_knowledge.Entries.Length} entries, not 500.");
        }
    }

    /// <summary>A question worded as in the pack (7 characters).</summary>
    [Benchmark(Baseline = true)]
    public int FindExactQuestion() => _knowledge.Find("赠品规则是什么", 1).Count;

    /// <summary>A paraphrase (18 characters) that shares few words with the pack's question.</summary>
    [Benchmark]
    public int FindParaphrase() => _knowledge.Find("请问你们家买东西送的赠品有什么规定呀", 1).Count;

    /// <summary>An out-of-scope message (nothing passes the threshold).</summary>
    [Benchmark]
    public int FindOutOfScope() => _knowledge.Find("你们老板是不是很有钱啊哈哈哈", 1).Count;
}
