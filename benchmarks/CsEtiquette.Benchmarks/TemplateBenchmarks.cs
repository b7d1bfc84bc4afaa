using BenchmarkDotNet.Attributes;
using CsEtiquette.Templates;

namespace CsEtiquette.Benchmarks;

/// <summary>
/// Template hot paths: rendering (should allocate only the result string) and loading the default pack
/// (target: under 20 ms). Run: dotnet run -c Release --project benchmarks/CsEtiquette.Benchmarks -- --filter '*TemplateBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class TemplateBenchmarks
{
    private readonly TemplateRenderer _renderer = TemplateRenderer.Default;
    private readonly Dictionary<string, string> _greetingSlots = new() { ["客服名"] = "小王", ["商品"] = "保温杯" };
    private readonly Dictionary<string, string> _noticeSlots = new() { ["原因"] = "天气原因", ["送达时间"] = "3天内" };
    private readonly RenderContext _text = new(new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.FromHours(8))) { Seed = 42, Turn = 7 };
    private RenderContext _voice = null!;

    [GlobalSetup]
    public void Setup() => _voice = _text.WithChannel(ReplyChannel.Voice);

    [Benchmark(Baseline = true)]
    public string RenderGreetingText() => _renderer.Render(TemplateIds.GreetingTimeOfDay, _greetingSlots, _text).Text;

    [Benchmark]
    public RenderedReply RenderGreetingVoice() => _renderer.Render(TemplateIds.GreetingTimeOfDay, _greetingSlots, _voice);

    [Benchmark]
    public string RenderLogisticsNoticeText() => _renderer.Render(TemplateIds.NoticeLogisticsDelay, _noticeSlots, _text).Text;

    [Benchmark]
    public TemplateLibrary LoadDefaultPack() => TemplateLibrary.LoadDefaultUncached();
}
