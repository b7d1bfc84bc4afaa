using CsEtiquette.Linting;
using CsEtiquette.Rewriting;

namespace CsEtiquette.Tests.Linting;

/// <summary>
/// The before/after pairs of ../shared/seeds, verbatim. The seeds' punctuation was normalised to ASCII by the
/// publishing site; our replacements use full-width Chinese punctuation, so comparisons normalise , ? ! : ;.
/// </summary>
public sealed class SeedPairTests
{
    // customer-service-training-plan.txt, 避免负面词汇: 用"我们会在24小时内为您处理"替代"我们不能马上解决".
    [Fact]
    public void NegativeWording_CannotSolveNow_BecomesTimeCommitment()
    {
        var result = PhraseRewriter.Default.Rewrite("我们不能马上解决");
        Assert.Equal("我们会在24小时内为您处理", result.Text);
        var edit = Assert.Single(result.Edits);
        Assert.Equal(("CSE001", 0, 8), (edit.RuleId, edit.Start, edit.Length));
    }

    // efficient-communication-skills.txt: 将"这个商品没货了"转化为"这款商品目前暂时售罄,我们已将您的需求记录,到货后会第一时间通知您,您看可以吗?"
    [Fact]
    public void OutOfStock_BecomesRestockNotice()
    {
        var result = PhraseRewriter.Default.Rewrite("这个商品没货了");
        Assert.Equal(Norm("这款商品目前暂时售罄,我们已将您的需求记录,到货后会第一时间通知您,您看可以吗?"), Norm(result.Text));
        Assert.Equal("CSE002", Assert.Single(result.Edits).RuleId);
    }

    // efficient-communication-skills.txt: 将"您的问题我解决不了"转化为"您的问题我已详细记录,我会立即反馈给相关专业团队,他们会在X时间内与您联系处理"
    [Theory]
    [InlineData(null, "24小时")]
    [InlineData("2小时", "2小时")]
    public void CannotSolve_BecomesHandOverWithTime(string? limit, string expectedTime)
    {
        var ctx = limit is null ? RewriteContext.Default : new RewriteContext(new LintContext { Slots = new Dictionary<string, string> { ["处理时限"] = limit } });
        var result = PhraseRewriter.Default.Rewrite("您的问题我解决不了", ctx);
        Assert.Equal(Norm($"您的问题我已详细记录,我会立即反馈给相关专业团队,他们会在{expectedTime}内与您联系处理"), Norm(result.Text));
    }

    // customer-service-training-plan.txt, 将"无法满足"转化为"替代方案": "这款商品目前确实缺货,不过同系列的XX款功能类似,且今天下单可优先发货,您是否愿意了解?"
    [Fact]
    public void OutOfStock_WithAlternativeInContext_OffersIt()
    {
        var ctx = new RewriteContext(new LintContext { Slots = new Dictionary<string, string> { ["替代商品"] = "XX款" } });
        var result = PhraseRewriter.Default.Rewrite("这款商品缺货了", ctx);
        Assert.Equal(Norm("这款商品目前确实缺货,不过同系列的XX款功能类似,且今天下单可优先发货,您是否愿意了解?"), Norm(result.Text));
    }

    // Issue catalogue: "大概三天到" → "预计3天内送达" (seed: 避免使用"可能"、"大概"…应说明原因并告知后续处理流程和时间节点).
    [Fact]
    public void Uncertain_WithTimeInText_BecomesEstimate() =>
        Assert.Equal("预计3天内送达", PhraseRewriter.Default.Rewrite("大概三天到").Text);

    // Seeds: 避免使用"可能"、"大概"这类不确定词汇 — flagged even where no automatic fix is possible.
    [Theory]
    [InlineData("可能是仓库发错了")]
    [InlineData("大概是物流延误了")]
    public void Uncertain_WithoutTime_IsFlaggedForAHuman(string draft)
    {
        var f = Assert.Single(ReplyLinter.Default.Lint(draft).Findings);
        Assert.Equal("CSE003", f.RuleId);
        Assert.False(f.HasAutomaticFix);
    }

    // customer-service-training-plan.txt, 投诉处理四步法 接纳情绪: 先道歉再处理问题,例:"给您带来不好的体验非常抱歉,我们马上核实情况。"
    [Fact]
    public void Complaint_WithoutApology_GetsTheSeedApologyPrepended()
    {
        var result = PhraseRewriter.Default.Rewrite("请提供一下订单号。", new RewriteContext(new LintContext { IsComplaint = true }));
        // The sentence comes from the template library (apology.general, variant 0), which adds a reply time.
        Assert.StartsWith(Norm("给您带来不好的体验非常抱歉,我们马上核实情况"), Norm(result.Text));
        Assert.EndsWith("请提供一下订单号。", result.Text);
        var edit = Assert.Single(result.Edits);
        Assert.Equal((0, 0, "CSE009"), (edit.Start, edit.Length, edit.RuleId));
    }

    // Seed: 文字客服需注意标点符号与表情使用(如"~"体现亲和力,避免滥用感叹号).
    [Fact]
    public void ExclamationOveruse_UsesTildeInChat() =>
        Assert.Equal("好的！马上为您处理~", PhraseRewriter.Default.Rewrite("好的！马上为您处理！！").Text);

    // Seed: 避免使用网络俚语、方言土语或过于随意的表情符号,除非平台风格定位如此且用户已先行使用.
    [Fact]
    public void Emoji_AllowedOnceOnlyAfterTheCustomerUsedThem()
    {
        Assert.Single(ReplyLinter.Default.Lint("好的😀").Findings);
        Assert.Empty(ReplyLinter.Default.Lint("好的😀", new LintContext { CustomerUsedEmoji = true }).Findings);
        Assert.Single(ReplyLinter.Default.Lint("好的😀😀", new LintContext { CustomerUsedEmoji = true }).Findings);
    }

    // Seed: 应避免使用过于专业的术语 — e.g. 工单 / 揽收 / 妥投.
    [Fact]
    public void Jargon_BecomesPlainWords() =>
        Assert.Equal("已为您创建服务单，快递已取件", PhraseRewriter.Default.Rewrite("已为您创建工单，快递已揽收").Text);

    // Seed: 可分点说明(例如使用"首先…其次…另外…"等连接词).
    [Fact]
    public void LongChainOfSteps_GetsStructureSuggestion()
    {
        const string draft = "您先在订单页面申请退货，然后把商品寄回我们的仓库，再把快递单号发给我们，之后仓库收到货会检查商品，或者您也可以选择换货，我们都会为您处理好的";
        var f = Assert.Single(ReplyLinter.Default.Lint(draft).Findings);
        Assert.Equal("CSE012", f.RuleId);
        Assert.False(f.HasAutomaticFix);
        Assert.StartsWith("首先，", f.Fixes[0]);
        Assert.Contains("其次，", f.Fixes[0]);
        Assert.Empty(ReplyLinter.Default.Lint("首先，" + draft).Findings);
    }

    private static string Norm(string s) => s.Replace(',', '，').Replace('?', '？').Replace('!', '！').Replace(':', '：').Replace(';', '；');
}
