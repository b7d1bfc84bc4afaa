using BenchmarkDotNet.Attributes;
using CsEtiquette.Insights;

namespace CsEtiquette.Benchmarks;

/// <summary>
/// Quality inspection throughput (messages/s = 20,000 ÷ mean of <see cref="Inspect20k"/>) and the per-message
/// TF-IDF keyword cost. Run: dotnet run -c Release --project benchmarks/CsEtiquette.Benchmarks -- --filter '*ReportPipeline*' --job short
/// For the 1,000,000-message end-to-end run with peak memory, see eng/insights/bench-report.sh.
/// </summary>
[MemoryDiagnoser]
public class ReportPipelineBenchmarks
{
    private static readonly string[] Customer =
    [
        "你好,这款保温杯尺码偏大吗?我平时穿M码,身高165体重55公斤", "请问连衣裙什么时候发货?我昨天下的单,订单号是202611240001",
        "快递三天了还没到,物流信息一直不更新,怎么回事?", "我要投诉!收到的蓝牙耳机是破损的,太失望了",
        "优惠券怎么用不了?满减活动是不是已经结束了?还能补发一张吗?",
    ];

    private static readonly string[] Agent =
    [
        "您好,我是客服小王,这款偏大一码,建议您选小一码哦~还有其他问题随时联系我哦", "给您带来不好的体验非常抱歉,我们马上核实情况,您方便告诉我订单号吗?",
        "您可以选择补发商品,预计3天到达;或申请全额退款,您更倾向哪种方式?", "这个不能退,没办法,您自己看着办吧,规定就是这样的",
        "您好,之前您反馈的问题已处理,请问目前是否还有其他疑问?",
    ];

    private readonly List<ChatMessage> _messages = [];
    private QualityInspector _inspector = null!;
    private QualityInspector _aggregationOnly = null!;

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        var t = new DateTimeOffset(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(8));
        for (var i = 0; i < 20_000; i++)
        {
            t = t.AddSeconds(rng.Next(0, 4));
            var conv = "c" + rng.Next(0, 2_000);
            _messages.Add(rng.Next(2) == 0
                ? new ChatMessage(conv, ChatRole.Customer, null, Customer[rng.Next(Customer.Length)], t)
                : new ChatMessage(conv, ChatRole.Agent, "小" + "王李张赵陈"[rng.Next(5)], Agent[rng.Next(Agent.Length)], t));
        }

        _inspector = new QualityInspector(new QualityInspectorOptions { Workers = 2 });
        _ = _inspector.Inspect(_messages.Take(100)); // load dictionaries, rule packs and the idf table
        _aggregationOnly = new QualityInspector(new QualityInspectorOptions { Workers = 2 }, new NoLint(), new NoAnalysis());
    }

    [Benchmark]
    public long Inspect20k() => _inspector.Inspect(_messages).MessageCount;

    /// <summary>The same without linter and analyzer: routing, conversation state, TF-IDF counting, topics.</summary>
    [Benchmark]
    public long Inspect20kWithoutLintAndAnalysis() => _aggregationOnly.Inspect(_messages).MessageCount;

    [Benchmark]
    public int ExtractTagsOneMessage() => KeywordExtractor.Default.ExtractTags(Customer[0], 20).Count;

    private sealed class NoLint : IReplyChecker
    {
        public bool Check(string reply, bool isComplaint, CustomerEmotion customerEmotion, bool empathyShown, List<string> ruleIds, out bool showsEmpathy)
        {
            showsEmpathy = false;
            return false;
        }
    }

    private sealed class NoAnalysis : ICustomerClassifier
    {
        public CustomerSignals Classify(string text) => new("Other", CustomerEmotion.Neutral, false, false);
    }
}
