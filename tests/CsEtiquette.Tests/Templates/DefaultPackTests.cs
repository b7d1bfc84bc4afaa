using System.Reflection;
using CsEtiquette.Templates;

namespace CsEtiquette.Tests.Templates;

/// <summary>The built-in zh-CN pack: complete, documented, and written by our own rules.</summary>
public sealed class DefaultPackTests
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 24, 9, 30, 0, TimeSpan.FromHours(8));

    public static TheoryData<string> TemplateIdsInPack()
    {
        var data = new TheoryData<string>();
        foreach (var id in TemplateLibrary.Default.Ids)
        {
            data.Add(id);
        }

        return data;
    }

    /// <summary>Every template the issue asks for, by its documented id.</summary>
    public static TheoryData<string> RequiredIds() =>
    [
        "greeting.time-of-day", "listening.acknowledge", "confirm.paraphrase", "clarify.open-question",
        "guidance.order-and-photos", "guidance.order-number",
        "empathy.general", "empathy.damaged-item", "empathy.late-delivery", "empathy.wrong-item",
        "empathy.description-mismatch", "empathy.quality-fault", "empathy.refund-delay", "empathy.out-of-stock",
        "empathy.long-wait", "apology.general", "commitment.processing-time", "choice.offer", "steps.structured",
        "out-of-stock.arrival-notice", "out-of-stock.alternative", "handover.specialist", "followup.24h",
        "notice.logistics-delay", "greeting.holiday", "greeting.member-birthday", "abuse.calm-reply",
        "complaint.rule-based-reply", "closing.general",
    ];

    [Theory]
    [MemberData(nameof(RequiredIds))]
    public void DefaultPack_HasEveryRequiredTemplate(string id) => Assert.True(TemplateLibrary.Default.Contains(id), id);

    [Fact]
    public void TemplateIds_Constants_MatchThePackExactly()
    {
        var constants = typeof(TemplateIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetValue(null)!)
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(TemplateLibrary.Default.Ids.ToArray(), constants);
    }

    [Theory]
    [MemberData(nameof(TemplateIdsInPack))]
    public void EveryTemplate_IsDocumented_WithThreeOrMoreVariantsAndSamples(string id)
    {
        var t = TemplateLibrary.Default.Get(id);
        Assert.False(string.IsNullOrWhiteSpace(t.Scenario));
        Assert.False(string.IsNullOrWhiteSpace(t.Description));
        Assert.True(t.Variants.Count >= 3, $"{id} has {t.Variants.Count} variants");
        Assert.Equal(t.Variants.Count, t.Variants.Distinct(StringComparer.Ordinal).Count());
        Assert.All(t.Slots, s => Assert.False(string.IsNullOrWhiteSpace(s.Sample)));
    }

    [Theory]
    [MemberData(nameof(TemplateIdsInPack))]
    public void EveryTemplate_RendersEveryVariant_OnBothChannels_WithItsSamples(string id)
    {
        var renderer = TemplateRenderer.Default;
        var t = renderer.Library.Get(id);
        var slots = Samples(t);
        for (var v = 0; v < t.Variants.Count; v++)
        {
            foreach (var channel in new[] { ReplyChannel.Text, ReplyChannel.Voice })
            {
                var reply = renderer.Render(id, slots, new RenderContext(Morning) { Channel = channel, Variant = v });
                Assert.Equal(id, reply.TemplateId);
                Assert.Equal(v, reply.VariantIndex);
                AssertPolished(reply.Text, channel, $"{id}[{v}] {channel}");
                foreach (var s in t.Slots.Where(s => !s.IsAutomatic && t.Variants[v].Contains("{" + s.Name, StringComparison.Ordinal)))
                {
                    Assert.Contains(s.Sample, reply.Text, StringComparison.Ordinal);
                }

                if (channel == ReplyChannel.Voice)
                {
                    Assert.NotNull(reply.EstimatedSpeakingTime);
                    Assert.True(reply.EstimatedSpeakingTime > TimeSpan.Zero);
                }
                else
                {
                    Assert.Null(reply.EstimatedSpeakingTime);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(TemplateIdsInPack))]
    public void EveryTemplate_RendersWithOnlyItsRequiredSlots(string id)
    {
        var t = TemplateLibrary.Default.Get(id);
        var required = t.Slots.Where(s => s.IsRequired).ToDictionary(s => s.Name, s => s.Sample);
        for (var v = 0; v < t.Variants.Count; v++)
        {
            var reply = TemplateRenderer.Default.Render(id, required, new RenderContext(Morning) { Variant = v });
            AssertPolished(reply.Text, ReplyChannel.Text, $"{id}[{v}] defaults");
        }
    }

    [Fact]
    public void Greeting_FollowsTheSeedExample()
    {
        var reply = TemplateRenderer.Default.Render(
            TemplateIds.GreetingTimeOfDay,
            new Dictionary<string, string> { ["客服名"] = "小王", ["商品"] = "保温杯" },
            new RenderContext(Morning) { Variant = 0 });
        Assert.Equal("上午好！我是客服小王，看到您咨询的是保温杯，请问有什么可以帮到您？", reply.Text);
    }

    [Theory]
    [InlineData(TemplateIds.ApologyGeneral, "给您带来不好的体验非常抱歉，我们马上核实情况")]
    [InlineData(TemplateIds.OutOfStockArrivalNotice, "这款商品目前暂时售罄，我们已将您的需求记录，到货后会第一时间通知您，您看可以吗？")]
    [InlineData(TemplateIds.AbuseCalmReply, "您的心情我理解，如果我的服务有不到位的地方请指正，我会尽力帮您解决问题")]
    [InlineData(TemplateIds.CommitmentProcessingTime, "我们会在24小时内为您处理")]
    [InlineData(TemplateIds.HandoverSpecialist, "您的问题我已详细记录，我会立即反馈给相关专业团队，他们会在24小时内与您联系处理")]
    [InlineData(TemplateIds.GuidanceOrderAndPhotos, "为了能更准确地帮您解决问题，请问您能提供一下订单号和商品的照片吗？")]
    [InlineData(TemplateIds.GuidanceOrderNumber, "您方便告诉我订单号吗？我帮您查看具体物流节点。")]
    [InlineData(TemplateIds.ClarifyOpenQuestion, "您刚才提到的问题，是指商品的哪个具体方面呢？")]
    [InlineData(TemplateIds.ListeningAcknowledge, "嗯，我明白了")]
    [InlineData(TemplateIds.EmpathyDamagedItem, "您打开包裹时看到商品损坏，一定很失望，换作是我也会非常着急")]
    public void FirstVariant_KeepsTheSeedsPhrasing(string id, string seedPhrase)
    {
        var reply = TemplateRenderer.Default.Render(id, null, new RenderContext(Morning) { Variant = 0 });
        Assert.Contains(seedPhrase, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FollowUp_And_LogisticsNotice_FollowTheSeedExamples()
    {
        var r = TemplateRenderer.Default;
        var at = new RenderContext(Morning) { Variant = 0 };
        Assert.Equal(
            "您好，之前您反馈的商品破损问题已处理，请问目前是否还有其他疑问？",
            r.Render(TemplateIds.FollowUp24h, new Dictionary<string, string> { ["问题"] = "商品破损" }, at).Text);
        Assert.Equal(
            "您好，您购买的商品因天气原因延迟，我们已为您申请了运费补偿，预计3天内送达，随时可以联系我查询进度。",
            r.Render(TemplateIds.NoticeLogisticsDelay, new Dictionary<string, string> { ["原因"] = "天气原因", ["送达时间"] = "3天内" }, at).Text);
        Assert.Equal(
            "这款保温杯目前暂时售罄，不过同系列的XX款功能类似，且今天下单可优先发货，您是否愿意了解？",
            r.Render(TemplateIds.OutOfStockAlternative, new Dictionary<string, string> { ["商品"] = "这款保温杯", ["替代商品"] = "XX款" }, at).Text);
    }

    [Fact]
    public void ChoiceOffer_EveryVariant_EndsWithTheSeedsQuestion()
    {
        foreach (var v in TemplateLibrary.Default.Get(TemplateIds.ChoiceOffer).Variants)
        {
            Assert.EndsWith("您更倾向于哪种方式呢？", v, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void EmpathyTemplates_CoverEveryScenarioOfTheIssue()
    {
        var empathy = TemplateLibrary.Default.Ids.Where(i => i.StartsWith("empathy.", StringComparison.Ordinal)).ToArray();
        Assert.Equal(9, empathy.Length);
    }

    [Fact]
    public void DocsTemplatesMd_ListsEveryId()
    {
        var docs = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "templates.md"));
        foreach (var id in TemplateLibrary.Default.Ids)
        {
            Assert.Contains($"`{id}`", docs, StringComparison.Ordinal);
        }
    }

    /// <summary>The sample values of every slot (automatic ones excluded).</summary>
    internal static Dictionary<string, string> Samples(ReplyTemplate t) =>
        t.Slots.Where(s => !s.IsAutomatic).ToDictionary(s => s.Name, s => s.Sample);

    /// <summary>
    /// Our own replies follow our own rules (a quick local check next to LintCleanTests): no unfilled slot, no
    /// 你, no uncertain, negative, vague or internal words, at most one exclamation mark, voice without "~".
    /// </summary>
    internal static void AssertPolished(string text, ReplyChannel channel, string what)
    {
        Assert.False(string.IsNullOrWhiteSpace(text), what);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("}", text, StringComparison.Ordinal);
        Assert.DoesNotContain("你", text.Replace("迷你", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var word in Forbidden)
        {
            Assert.False(text.Contains(word, StringComparison.Ordinal), $"{what}: contains '{word}': {text}");
        }

        Assert.True(text.Count(c => c is '!' or '\uFF01') <= 1, $"{what}: more than one exclamation mark: {text}");
        Assert.True(text.Count(c => c is '~' or '\uFF5E') <= 1, $"{what}: more than one '~': {text}");
        if (channel == ReplyChannel.Voice)
        {
            Assert.False(text.Contains('~') || text.Contains('\uFF5E'), $"{what}: '~' on the voice channel: {text}");
        }

        var at = text.IndexOf("马上", StringComparison.Ordinal);
        if (at >= 0)
        {
            var sentenceEnd = text.IndexOfAny(['。', '?', '!', '\uFF1F', '\uFF01'], at);
            var sentence = sentenceEnd < 0 ? text[at..] : text[at..sentenceEnd];
            Assert.True(sentence.Any(char.IsAsciiDigit), $"{what}: 马上 without a concrete time: {text}");
        }
    }

    private static readonly string[] Forbidden =
    [
        "可能", "大概", "也许", "估计", "说不定", "应该吧", "不能", "不行", "没办法", "做不到", "解决不了", "处理不了",
        "无法", "不知道", "不清楚", "不归我管", "尽快", "稍后", "过几天", "工单", "SKU", "揽收", "妥投", "拦截件",
        "缺货", "没货", "卖完了", "不退", "啥", "咋", "木有", "神马", "亲，", "这是快递的问题", "不是我们的责任", "规定就是这样",
    ];

    internal static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CsEtiquette.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
