using CsEtiquette.Templates;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CsEtiquette.Tests.Templates;

/// <summary>Properties over the clock, seeds, turns and hostile slot values.</summary>
public sealed class TemplateRendererProperties
{
    private static readonly TemplateRenderer Renderer = TemplateRenderer.Default;
    private static readonly string[] Ids = [.. TemplateLibrary.Default.Ids];

    private static readonly Gen<DateTimeOffset> Clock =
        from minute in Gen.Choose(0, (24 * 60) - 1)
        from offsetHours in Gen.Choose(-12, 14)
        from day in Gen.Choose(0, 3650)
        select new DateTimeOffset(new DateTime(2020, 1, 1).AddDays(day).AddMinutes(minute), TimeSpan.FromHours(offsetHours));

    [Property(MaxTest = 300)]
    public Property EveryTemplate_AnyVariantChannelAndTimeOfDay_RendersPolished() =>
        Prop.ForAll(
            Arb.From(
                from id in Gen.Elements(Ids)
                from at in Clock
                from voice in Gen.Elements(false, true)
                from seed in Gen.Choose(int.MinValue, int.MaxValue)
                from turn in Gen.Choose(0, 10_000)
                select (id, at, voice, seed, turn)),
            x =>
            {
                var t = Renderer.Library.Get(x.id);
                var channel = x.voice ? ReplyChannel.Voice : ReplyChannel.Text;
                var reply = Renderer.Render(x.id, DefaultPackTests.Samples(t), new RenderContext(x.at) { Channel = channel, Seed = x.seed, Turn = x.turn });
                DefaultPackTests.AssertPolished(reply.Text, channel, x.id);
                return reply.TemplateId == x.id && reply.VariantIndex >= 0 && reply.VariantIndex < t.Variants.Count;
            });

    [Fact]
    public void Greeting_EveryMinuteOfTheDay_NamesTheTimeOfDayOfTheOffsetsLocalClock()
    {
        var slots = new Dictionary<string, string> { ["客服名"] = "小王", ["商品"] = "保温杯" };
        var start = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.FromHours(8));
        for (var minute = 0; minute < 24 * 60; minute++)
        {
            var at = start.AddMinutes(minute);
            var expected = TimesOfDay.Classify(TimeOnly.FromTimeSpan(at.TimeOfDay)).ToChinese();
            for (var v = 0; v < 4; v++)
            {
                var text = Renderer.Render(TemplateIds.GreetingTimeOfDay, slots, new RenderContext(at) { Variant = v }).Text;
                Assert.Contains(expected + "好", text, StringComparison.Ordinal);
            }
        }
    }

    [Property]
    public Property SameSeedAndTurn_GiveTheSameReply() =>
        Prop.ForAll(
            Arb.From(from id in Gen.Elements(Ids) from seed in ArbMap.Default.GeneratorFor<long>() from turn in Gen.Choose(0, 100_000) select (id, seed, turn)),
            x =>
            {
                var t = Renderer.Library.Get(x.id);
                var ctx = new RenderContext(DateTimeOffset.UnixEpoch) { Seed = x.seed, Turn = x.turn };
                var a = Renderer.Render(x.id, DefaultPackTests.Samples(t), ctx);
                var b = new TemplateRenderer().Render(x.id, DefaultPackTests.Samples(t), new RenderContext(DateTimeOffset.UnixEpoch) { Seed = x.seed, Turn = x.turn });
                return a == b;
            });

    [Property(MaxTest = 500)]
    public Property ConsecutiveTurns_NeverRepeatTheVariant() =>
        Prop.ForAll(
            Arb.From(from id in Gen.Elements(Ids) from seed in ArbMap.Default.GeneratorFor<long>() from turn in Gen.Choose(1, int.MaxValue - 1) select (id, seed, turn)),
            x =>
            {
                var t = Renderer.Library.Get(x.id);
                var slots = DefaultPackTests.Samples(t);
                var previous = Renderer.Render(x.id, slots, new RenderContext(DateTimeOffset.UnixEpoch) { Seed = x.seed, Turn = x.turn - 1 });
                var current = Renderer.Render(x.id, slots, new RenderContext(DateTimeOffset.UnixEpoch) { Seed = x.seed, Turn = x.turn });
                return previous.VariantIndex != current.VariantIndex && previous.Text != current.Text;
            });

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(64)]
    public void VariantSelector_NoRepeat_AndEveryVariantUsedInEachBlock(int n)
    {
        for (long seed = -3; seed < 40; seed++)
        {
            var previous = -1;
            var used = new HashSet<int>();
            for (var turn = 0; turn < n * 30; turn++)
            {
                var v = VariantSelector.Select(seed, 12345UL, turn, n);
                Assert.InRange(v, 0, n - 1);
                Assert.NotEqual(previous, v);
                previous = v;
                used.Add(v);
                if (turn % n == n - 1)
                {
                    Assert.Equal(n, used.Count);
                    used.Clear();
                }
            }
        }
    }

    [Fact]
    public void DifferentSeeds_SpreadOverTheVariants()
    {
        var firstVariants = new HashSet<int>();
        for (long seed = 0; seed < 64; seed++)
        {
            firstVariants.Add(Renderer.Render(TemplateIds.ListeningAcknowledge, null, new RenderContext(DateTimeOffset.UnixEpoch) { Seed = seed }).VariantIndex);
        }

        Assert.Equal(TemplateLibrary.Default.Get(TemplateIds.ListeningAcknowledge).Variants.Count, firstVariants.Count);
    }

    [Property]
    public bool AnySlotValue_IsInsertedVerbatim_OnText_AndWithoutTildesOrEmojiOnVoice(NonNull<string> value)
    {
        if (string.IsNullOrWhiteSpace(value.Get))
        {
            return true; // blank values count as missing (see TemplateRendererTests)
        }

        var slots = new Dictionary<string, string> { ["问题"] = value.Get + "~😀" };
        for (var variant = 0; variant < 3; variant++)
        {
            var ctx = new RenderContext(DateTimeOffset.UnixEpoch) { Variant = variant };
            var text = Renderer.Render(TemplateIds.FollowUp24h, slots, ctx).Text;
            var voice = Renderer.Render(TemplateIds.FollowUp24h, slots, ctx.WithChannel(ReplyChannel.Voice)).Text;
            if (!text.Contains(value.Get + "~😀", StringComparison.Ordinal) || voice.Contains("~😀", StringComparison.Ordinal) || voice.Contains("😀", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    [Property]
    public Property HostileUnicodeSlotValues_NeverBreakRendering() =>
        Prop.ForAll(
            Arb.From(Gen.ArrayOf(Gen.Elements("\uD800", "\uDC00", "😀", "👍🏽", "e\u0301", "𠀋", "~", "～", "{", "}", "{商品}", "|", "你", "\0", "好")).Select(parts => string.Concat(parts))),
            value =>
            {
                var slots = new Dictionary<string, string> { ["客服名"] = "小王" + value, ["商品"] = "杯" + value };
                var ctx = new RenderContext(DateTimeOffset.UnixEpoch);
                var text = Renderer.Render(TemplateIds.GreetingTimeOfDay, slots, ctx).Text;
                var voice = Renderer.Render(TemplateIds.GreetingTimeOfDay, slots, ctx.WithChannel(ReplyChannel.Voice)).Text;
                return text.Contains("杯" + value, StringComparison.Ordinal) && !voice.Contains('~') && !voice.Contains("😀", StringComparison.Ordinal);
            });
}
