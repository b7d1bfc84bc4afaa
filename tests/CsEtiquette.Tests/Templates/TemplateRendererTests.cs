using CsEtiquette.Templates;
using Microsoft.Extensions.Time.Testing;

namespace CsEtiquette.Tests.Templates;

public sealed class TemplateRendererTests
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 24, 9, 30, 0, TimeSpan.FromHours(8));

    private static TemplateRenderer Custom(string variantsJson, string slotsJson = "[]", string extra = "") =>
        new(TemplateLibrary.Parse($$"""
            { "schemaVersion": 1, "locale": "zh-CN", "name": "test", {{extra}} "templates": [ { "id": "t.x", "scenario": "s", "slots": {{slotsJson}}, "variants": {{variantsJson}} } ] }
            """, "test.json"));

    [Fact]
    public void MissingRequiredSlots_Throw_NamingTheTemplateAndEveryMissingSlot()
    {
        var ex = Assert.Throws<TemplateRenderException>(() =>
            TemplateRenderer.Default.Render(TemplateIds.NoticeLogisticsDelay, new Dictionary<string, string> { ["商品"] = "羽绒服" }, new RenderContext(Morning)));
        Assert.Equal(TemplateIds.NoticeLogisticsDelay, ex.TemplateId);
        Assert.Equal(["原因", "送达时间"], ex.MissingSlots);
        Assert.Contains("'notice.logistics-delay'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("原因", ex.Message, StringComparison.Ordinal);
        Assert.Contains("送达时间", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSlot_IsReported_WhicheverVariantTheSeedWouldPick()
    {
        for (var turn = 0; turn < 10; turn++)
        {
            Assert.Throws<TemplateRenderException>(() => TemplateRenderer.Default.Render(
                TemplateIds.GreetingTimeOfDay, null, new RenderContext(Morning) { Turn = turn }));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void BlankSlotValues_CountAsMissing(string blank)
    {
        var ex = Assert.Throws<TemplateRenderException>(() => TemplateRenderer.Default.Render(
            TemplateIds.FollowUp24h, new Dictionary<string, string> { ["问题"] = blank }, new RenderContext(Morning)));
        Assert.Equal(["问题"], ex.MissingSlots);
    }

    [Fact]
    public void UnknownId_Throws_WithCloseMatches()
    {
        var ex = Assert.Throws<TemplateNotFoundException>(() => TemplateRenderer.Default.Render("empathy.damaged", null, new RenderContext(Morning)));
        Assert.Equal("empathy.damaged", ex.TemplateId);
        Assert.Equal("empathy.damaged-item", ex.Suggestions[0]);
        Assert.Contains("Did you mean: empathy.damaged-item", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("greting.time-of-day", "greeting.time-of-day")]
    [InlineData("followup.24", "followup.24h")]
    [InlineData("empathy", "empathy.damaged-item")]
    [InlineData("choice", "choice.offer")]
    public void UnknownId_SuggestsByEditDistanceOrPrefix(string typo, string expected) =>
        Assert.Contains(expected, Assert.Throws<TemplateNotFoundException>(() => TemplateLibrary.Default.Get(typo)).Suggestions);

    [Fact]
    public void UnknownId_FarFromEverything_SaysHowToList()
    {
        var ex = Assert.Throws<TemplateNotFoundException>(() => TemplateLibrary.Default.Get("zzzzzzzzzzzzzzzzzzzz"));
        Assert.Empty(ex.Suggestions);
        Assert.Contains("cse template list", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => TemplateRenderer.Default.Render(null!));
        Assert.Throws<ArgumentNullException>(() => TemplateRenderer.Default.RenderChoices(null!));
        Assert.Throws<ArgumentNullException>(() => TemplateRenderer.Default.RenderSteps(null!));
        Assert.Throws<ArgumentNullException>(() => TemplateRenderer.Default.RenderParaphrase(null!));
        Assert.Throws<ArgumentNullException>(() => RenderContext.FromClock(null!));
    }

    [Fact]
    public void ForcedVariant_OutOfRange_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => TemplateRenderer.Default.Render(TemplateIds.ClosingGeneral, null, new RenderContext(Morning) { Variant = 99 }));
        Assert.Contains("closing.general", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => new RenderContext(Morning) { Variant = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new RenderContext(Morning) { Turn = -1 });
    }

    [Fact]
    public void SlotValues_Precedence_CallerThenOptionsThenPackThenTemplateThenInline()
    {
        var json = """[ { "name": "a", "sample": "A", "default": "template" } ]""";
        var renderer = Custom("""["{a}|{b|inline}"]""", json.Replace("]", ", { \"name\": \"b\", \"sample\": \"B\" } ]", StringComparison.Ordinal));
        var ctx = new RenderContext(Morning);
        Assert.Equal("template|inline", renderer.Render("t.x", null, ctx).Text);
        Assert.Equal("caller|given", renderer.Render("t.x", new Dictionary<string, string> { ["a"] = "caller", ["b"] = "given" }, ctx).Text);

        var packed = new TemplateRenderer(renderer.Library.WithPack(TemplateLibrary.Parse("""{ "schemaVersion": 1, "locale": "zh-CN", "name": "test", "slotDefaults": { "a": "pack", "b": "packb" } }""")));
        Assert.Equal("pack|packb", packed.Render("t.x", null, ctx).Text);

        var withOptions = new TemplateRenderer(packed.Library, new TemplateOptions { SlotDefaults = new Dictionary<string, string> { ["a"] = "options" } });
        Assert.Equal("options|packb", withOptions.Render("t.x", null, ctx).Text);
        Assert.Equal("caller|packb", withOptions.Render("t.x", new Dictionary<string, string> { ["a"] = "caller" }, ctx).Text);
    }

    [Fact]
    public void OptionsSlotDefaults_SetThePersona()
    {
        var renderer = new TemplateRenderer(options: new TemplateOptions { SlotDefaults = new Dictionary<string, string> { ["客服名"] = "小美" } });
        var text = renderer.Render(TemplateIds.GreetingTimeOfDay, new Dictionary<string, string> { ["商品"] = "台灯" }, new RenderContext(Morning) { Variant = 0 }).Text;
        Assert.Equal("上午好！我是客服小美，看到您咨询的是台灯，请问有什么可以帮到您？", text);
    }

    [Fact]
    public void UnusedSlots_AreIgnored_AndValuesAreNotParsedAgain()
    {
        var text = TemplateRenderer.Default.Render(
            TemplateIds.FollowUp24h,
            new Dictionary<string, string> { ["问题"] = "{商品}", ["unused"] = "x" },
            new RenderContext(Morning) { Variant = 0 }).Text;
        Assert.Equal("您好，之前您反馈的{商品}问题已处理，请问目前是否还有其他疑问？", text);
    }

    [Fact]
    public void Escapes_RenderAsLiteralBraces()
    {
        var renderer = Custom("""["{{a}} {a} }}"]""", """[ { "name": "a", "sample": "A" } ]""");
        Assert.Equal("{a} 值 }", renderer.Render("t.x", new Dictionary<string, string> { ["a"] = "值" }, new RenderContext(Morning)).Text);
    }

    [Fact]
    public void VoiceChannel_DropsTildesAndEmoticons_AndEstimatesSpeakingTime()
    {
        var renderer = Custom("""["{时段}好~我是{a}😀,欢迎光临~", "好的~", "您好☺️~,请讲"]""", """[ { "name": "a", "sample": "A" } ]""");
        var slots = new Dictionary<string, string> { ["a"] = "小王~🌸" };
        var ctx = new RenderContext(Morning) { Channel = ReplyChannel.Voice, Variant = 0 };
        var reply = renderer.Render("t.x", slots, ctx);
        Assert.Equal("上午好，我是小王,欢迎光临", reply.Text);
        Assert.Equal(ReplyChannel.Voice, reply.Channel);

        // 11 spoken characters (punctuation is silent) at 180 per minute.
        Assert.Equal(TimeSpan.FromTicks(11 * TimeSpan.TicksPerMinute / 180), reply.EstimatedSpeakingTime);
        Assert.Equal("好的", renderer.Render("t.x", slots, new RenderContext(Morning) { Channel = ReplyChannel.Voice, Variant = 1 }).Text);
        Assert.Equal("您好,请讲", renderer.Render("t.x", slots, new RenderContext(Morning) { Channel = ReplyChannel.Voice, Variant = 2 }).Text);

        var text = renderer.Render("t.x", slots, new RenderContext(Morning) { Variant = 0 });
        Assert.Equal("上午好~我是小王~🌸😀,欢迎光临~", text.Text);
        Assert.Null(text.EstimatedSpeakingTime);
    }

    [Fact]
    public void SpeakingRate_IsConfigurable_AndValidated()
    {
        var slow = new TemplateRenderer(options: new TemplateOptions { VoiceCharactersPerMinute = 90 });
        var ctx = new RenderContext(Morning) { Channel = ReplyChannel.Voice, Variant = 0 };
        var fast = TemplateRenderer.Default.Render(TemplateIds.ClosingGeneral, null, ctx);
        var slowReply = slow.Render(TemplateIds.ClosingGeneral, null, ctx);
        Assert.Equal(fast.EstimatedSpeakingTime!.Value * 2, slowReply.EstimatedSpeakingTime!.Value);

        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new TemplateRenderer(options: new TemplateOptions { VoiceCharactersPerMinute = 0 }));
        Assert.Contains("VoiceCharactersPerMinute", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NoContext_UsesTheRenderersClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 24, 12, 0, 0, TimeSpan.Zero));
        clock.SetLocalTimeZone(TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "CST", "CST"));
        var renderer = new TemplateRenderer(timeProvider: clock);
        var text = renderer.Render(TemplateIds.GreetingTimeOfDay, new Dictionary<string, string> { ["客服名"] = "小王", ["商品"] = "杯子" }).Text;
        Assert.StartsWith("晚上好", text.Replace("您好，", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void RenderChoices_EnumeratesTwoOrThreeOptions_AndAsksWhichTheCustomerPrefers()
    {
        var two = TemplateRenderer.Default.RenderChoices(["为您办理退货退款", "为您补发一件新的商品"], null, new RenderContext(Morning) { Variant = 0 });
        Assert.Equal("关于您的订单问题，目前有两种处理方式：一是为您办理退货退款，二是为您补发一件新的商品。您更倾向于哪种方式呢？", two.Text);
        Assert.Equal(TemplateIds.ChoiceOffer, two.TemplateId);

        var three = TemplateRenderer.Default.RenderChoices(
            ["补发商品，预计3天到达", "申请全额退款，款项将在1-3个工作日退回原账户", "为您换一件同款"],
            new Dictionary<string, string> { ["事项"] = "破损的保温杯" },
            new RenderContext(Morning) { Variant = 0 });
        Assert.Equal("关于破损的保温杯，目前有三种处理方式：一是补发商品，预计3天到达；二是申请全额退款，款项将在1-3个工作日退回原账户；三是为您换一件同款。您更倾向于哪种方式呢？", three.Text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(5)]
    public void RenderChoices_OutsideTwoToThree_ThrowsArgumentException(int count)
    {
        var options = Enumerable.Range(1, count).Select(i => $"方案{i}").ToArray();
        var ex = Assert.Throws<ArgumentException>(() => TemplateRenderer.Default.RenderChoices(options));
        Assert.Equal("options", ex.ParamName);
    }

    [Fact]
    public void RenderChoices_RejectsEmptyAndRepeatedOptions()
    {
        Assert.Throws<ArgumentException>(() => TemplateRenderer.Default.RenderChoices(["退款", " 。"]));
        Assert.Throws<ArgumentException>(() => TemplateRenderer.Default.RenderChoices(["退款", "退款。"]));
    }

    [Fact]
    public void RenderSteps_UsesFirstSecondBesides()
    {
        var reply = TemplateRenderer.Default.RenderSteps(["请您提供订单号。", "其次，拍几张商品破损处的照片", "保留好商品外包装"], null, new RenderContext(Morning) { Variant = 0 });
        Assert.Equal("为了把您的问题处理好，我们这样安排：首先，请您提供订单号；其次，拍几张商品破损处的照片；另外，保留好商品外包装。", reply.Text);
        Assert.Throws<ArgumentException>(() => TemplateRenderer.Default.RenderSteps(["只有一步"]));
        Assert.Throws<ArgumentException>(() => TemplateRenderer.Default.RenderSteps(["1", "2", "3", "4", "5"]));
    }

    [Theory]
    [InlineData("我想把颜色换成蓝色，今天能发货吗！", "您的意思是想把颜色换成蓝色，今天能发货吗，对吗？")]
    [InlineData("你好，我收到的商品和页面描述有色差", "您的意思是收到的商品和页面描述有色差，对吗？")]
    [InlineData("你们给我退款", "您的意思是我们给您退款，对吗？")]
    [InlineData("我想换颜色!", "您的意思是想换颜色，对吗？")]
    [InlineData("迷你款有货吗", "您的意思是迷你款有货吗，对吗？")]
    public void RenderParaphrase_TurnsTheCustomersWordsRound(string words, string expected) =>
        Assert.Equal(expected, TemplateRenderer.Default.RenderParaphrase(words, new RenderContext(Morning) { Variant = 0 }).Text);

    [Fact]
    public void RenderParaphrase_EmptyWords_Throw() =>
        Assert.Throws<ArgumentException>(() => TemplateRenderer.Default.RenderParaphrase("你好！"));

    [Fact]
    public void Renderer_IsThreadSafe_UnderParallelUse()
    {
        var slots = new Dictionary<string, string> { ["客服名"] = "小王", ["商品"] = "杯子" };
        var expected = Enumerable.Range(0, 200).Select(t => TemplateRenderer.Default.Render(TemplateIds.GreetingTimeOfDay, slots, new RenderContext(Morning) { Seed = 7, Turn = t }).Text).ToArray();
        var actual = new string[200];
        Parallel.For(0, 200, t => actual[t] = TemplateRenderer.Default.Render(TemplateIds.GreetingTimeOfDay, slots, new RenderContext(Morning) { Seed = 7, Turn = t }).Text);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Render_AllocatesOnlyTheResultString()
    {
        var slots = new Dictionary<string, string> { ["客服名"] = "小王", ["商品"] = "保温杯" };
        var ctx = new RenderContext(Morning) { Seed = 3, Turn = 5 };
        var renderer = TemplateRenderer.Default;
        var reply = renderer.Render(TemplateIds.GreetingTimeOfDay, slots, ctx);
        for (var i = 0; i < 100; i++)
        {
            renderer.Render(TemplateIds.GreetingTimeOfDay, slots, ctx);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        renderer.Render(TemplateIds.GreetingTimeOfDay, slots, ctx);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // One string: header (~22 bytes) + 2 bytes per char, rounded up to 8.
        var stringBytes = 22 + (2 * reply.Text.Length);
        Assert.InRange(allocated, 1, stringBytes + 8);
    }
}
