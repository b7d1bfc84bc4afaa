using BenchmarkDotNet.Attributes;
using CsEtiquette.Assistant;

namespace CsEtiquette.Benchmarks;

/// <summary>The reply assistant end to end: analysis, composition from templates, complaint step, lint (and rewrite for drafts).</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReplyAssistantBenchmarks
{
    private sealed class FixedClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 24, 2, 5, 0, TimeSpan.Zero);
    }

    private Conversation _fresh = null!;
    private Conversation _awaitingOrder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fresh = new Conversation("bench", "小美", ShopPolicy.Default, new FixedClock(), seed: 7) { Product = "保温杯" };
        _awaitingOrder = ReplyAssistant.Default.Suggest(_fresh, "我收到的保温杯是坏的,太让人生气了!").Conversation;
    }

    /// <summary>First message of a complaint: opens the case, empathy + apology + paraphrase + ask for the order.</summary>
    [Benchmark(Baseline = true)]
    public int SuggestComplaintOpening() => ReplyAssistant.Default.Suggest(_fresh, "我收到的保温杯是坏的,太让人生气了!").Text.Length;

    /// <summary>The order number arrives: verify, offer the two options.</summary>
    [Benchmark]
    public int SuggestOfferChoices() => ReplyAssistant.Default.Suggest(_awaitingOrder, "订单号是2026112412345678").Text.Length;

    /// <summary>A calm first question: greeting + acknowledgement.</summary>
    [Benchmark]
    public int SuggestCalmGreeting() => ReplyAssistant.Default.Suggest(_fresh, "在吗").Text.Length;

    /// <summary>An agent's draft: lint + rewrite in the conversation's context.</summary>
    [Benchmark]
    public int CheckDraft() => ReplyAssistant.Default.CheckDraft("你别急,这个我们不能马上解决,大概三天到!!", _awaitingOrder).SuggestedText.Length;
}
