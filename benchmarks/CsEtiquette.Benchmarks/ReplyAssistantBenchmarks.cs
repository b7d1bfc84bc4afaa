using BenchmarkDotNet.Attributes;
using CsEtiquette.Analysis;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.Knowledge;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Templates;

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

    [GlobalSetup(Targets = [nameof(SuggestComplaintOpening), nameof(SuggestOfferChoices), nameof(SuggestCalmGreeting), nameof(CheckDraft)])]
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

    // Six customer turns of 37–40 characters (issue 16: Suggest ≤ 20 µs for a 40-character message in a 6-turn conversation).
    internal static readonly string[] SixTurns =
    [
        "你好，我上周在你们店买的保温杯今天刚收到，打开一看发现杯盖裂开了一条缝，很失望了",
        "订单号是2026112412345678，麻烦你帮我看一下，我这个杯子是准备送人",
        "另外想问一下你们这边发货一般用的是什么快递呀，我这边是偏远地区能不能送到的啊",
        "我考虑了一下还是觉得补发一个新的比较好吧，麻烦你们尽快安排发货可以吗，谢谢你们",
        "那新的杯子大概什么时候能发出来呀，我这周末之前就要拿去送人的，挺着急的呢，谢谢",
        "那个新杯子的杯盖会不会又是裂的啊，你们发货之前能不能先帮我仔细检查一下杯盖好吗",
    ];

    private ReplyAssistant _knowledgeAssistant = null!;
    private Conversation _fiveTurns = null!;

    [GlobalSetup(Targets = [nameof(SuggestSixthTurn), nameof(SixTurnConversation)])]
    public void SetupSixTurns()
    {
        Setup();
        _knowledgeAssistant = new ReplyAssistant(CustomerMessageAnalyzer.Default, ReplyLinter.Default, PhraseRewriter.Default,
            TemplateRenderer.Default, new ComplaintWorkflow(), ShopKnowledge.Example);
        var c = _fresh with { Policy = ShopKnowledge.Example.Policy.ApplyTo(ShopPolicy.Default) };
        for (var i = 0; i < 5; i++)
        {
            c = _knowledgeAssistant.Suggest(c, SixTurns[i]).Conversation;
        }

        _fiveTurns = c;
    }

    /// <summary>The sixth 40-character customer message of a running complaint (5 customer and 5 agent turns before it), with the example knowledge pack.</summary>
    [Benchmark]
    public int SuggestSixthTurn() => _knowledgeAssistant.Suggest(_fiveTurns, SixTurns[5]).Text.Length;

    /// <summary>All six turns from an empty conversation (divide by 6 for the mean per turn).</summary>
    [Benchmark(OperationsPerInvoke = 6)]
    public int SixTurnConversation()
    {
        var c = _fresh with { Policy = _fiveTurns.Policy };
        var n = 0;
        foreach (var m in SixTurns)
        {
            var s = _knowledgeAssistant.Suggest(c, m);
            n += s.Text.Length;
            c = s.Conversation;
        }

        return n;
    }
}
