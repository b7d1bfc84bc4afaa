using CsEtiquette.Linting;

namespace CsEtiquette.Tests.Training;

/// <summary>The live-stream pack (CSL001–CSL003): bad examples are flagged, good ones stay clean, and it is opt-in.</summary>
public sealed class LiveStreamRuleTests
{
    private static readonly ReplyLinter Linter = new(new LintOptions { ExtraPacks = [RulePack.LiveStream] });

    [Theory]
    [InlineData("CSL001", "主播说的不算哦")]
    [InlineData("CSL001", "那是主播说的 我们这边不清楚")]
    [InlineData("CSL001", "价格以页面为准")]
    [InlineData("CSL002", "直播价已经结束了")]
    [InlineData("CSL002", "限时优惠过了就没了")]
    [InlineData("CSL002", "差价不退的")]
    [InlineData("CSL003", "福袋是随机的")]
    [InlineData("CSL003", "没抽中就没有了")]
    [InlineData("CSL003", "赠品已经送完了")]
    public void Bad_IsFlagged(string rule, string draft)
    {
        Assert.Contains(Linter.Lint(draft).Findings, f => f.RuleId == rule);
    }

    [Theory]
    [InlineData("我马上为您核实当场直播的活动规则，确认后会在24小时内给您答复。")]
    [InlineData("直播价已经结束了，不过我可以为您申请一张10元优惠券，您看可以吗？")]
    [InlineData("赠品已经送完了，我们为您申请同等价值的优惠券，您看可以吗？")]
    [InlineData("以页面为准的价格我帮您核实一下直播回放，马上回复您。")]
    [InlineData("福袋里的商品都是正品，请您放心。")]
    public void Good_IsClean(string draft)
    {
        Assert.DoesNotContain(Linter.Lint(draft).Findings, f => f.RuleId.StartsWith("CSL", StringComparison.Ordinal));
    }

    [Fact]
    public void Pack_IsOptIn()
    {
        Assert.DoesNotContain(ReplyLinter.Default.Rules, r => r.Id.StartsWith("CSL", StringComparison.Ordinal));
        Assert.Equal(["CSL001", "CSL002", "CSL003"], RulePack.LiveStream.Rules.Select(r => r.Id));
        Assert.All(RulePack.LiveStream.Rules, r => Assert.False(string.IsNullOrEmpty(r.Advice)));
    }
}

/// <summary>The live-stream templates load, join the default library, and every variant lints clean with the live-stream rules on.</summary>
public sealed class LiveStreamTemplateTests
{
    [Fact]
    public void Templates_JoinTheDefaultLibrary_AndLintClean()
    {
        var library = CsEtiquette.Templates.TemplateLibrary.Default.WithPack(CsEtiquette.Templates.TemplateLibrary.LiveStream);
        var renderer = new CsEtiquette.Templates.TemplateRenderer(library);
        var linter = new ReplyLinter(new LintOptions { ExtraPacks = [RulePack.LiveStream] });
        string[] ids = ["livestream.promise-check", "livestream.price-difference", "livestream.flash-sale-ended", "livestream.gift-missing"];
        Assert.Equal(ids.Order(StringComparer.Ordinal), CsEtiquette.Templates.TemplateLibrary.LiveStream.Ids.Order(StringComparer.Ordinal));
        foreach (var id in ids)
        {
            var template = library.Templates.Single(t => t.Id == id);
            for (var v = 0; v < template.Variants.Count; v++)
            {
                var text = renderer.Render(id, null, new CsEtiquette.Templates.RenderContext(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8))) { Variant = v }).Text;
                Assert.DoesNotContain("{", text);
                Assert.Empty(linter.Lint(text).Findings);
            }
        }

        Assert.DoesNotContain(CsEtiquette.Templates.TemplateLibrary.Default.Ids, id => id.StartsWith("livestream.", StringComparison.Ordinal));
    }
}
