using CsEtiquette.Linting;
using CsEtiquette.Rewriting;

namespace CsEtiquette.Tests.Rewriting;

public sealed class PhraseRewriterTests
{
    private static readonly PhraseRewriter Rewriter = PhraseRewriter.Default;

    [Fact]
    public void Rewrite_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => Rewriter.Rewrite((string)null!));
        Assert.Throws<ArgumentNullException>(() => Rewriter.Rewrite((LintReport)null!));
    }

    [Theory]
    [InlineData("你好！！这个商品没货了，我们会尽快处理😀")]
    [InlineData("您好，请问有什么可以帮到您？")]
    [InlineData("你必须先申请退款")]
    public void Rewrite_FromLintReport_EqualsRewriteFromText(string draft)
    {
        var context = new RewriteContext(new LintContext { IsComplaint = true });
        var fromText = Rewriter.Rewrite(draft, context);
        var fromReport = Rewriter.Rewrite(ReplyLinter.Default.Lint(draft, context.Lint), context);
        Assert.Equal(fromText.Text, fromReport.Text);
        Assert.Equal(fromText.Edits, fromReport.Edits);
    }

    [Fact]
    public void Rewrite_CleanDraft_ReturnsItUnchanged()
    {
        var r = Rewriter.Rewrite("您好，请问有什么可以帮到您？");
        Assert.False(r.Changed);
        Assert.Same(r.Original, r.Text);
        Assert.Empty(r.RemainingFindings);
    }

    [Fact]
    public void Rewrite_SeveralRules_EditsInOriginalOffsets()
    {
        const string draft = "你好！！这个商品没货了，我们会尽快处理😀";
        var r = Rewriter.Rewrite(draft);
        Assert.Equal("您好！这款商品目前暂时售罄，我们已将您的需求记录，到货后会第一时间通知您，我们会在24小时内处理", r.Text);
        Assert.Equal(["CSE005", "CSE006", "CSE002", "CSE008", "CSE011"], r.Edits.Select(e => e.RuleId));
        foreach (var e in r.Edits)
        {
            Assert.False(string.IsNullOrEmpty(e.Explanation));
        }

        Assert.Equal((0, 2), (r.Edits[0].Start, r.Edits[0].Length));
        Assert.Equal("你好", draft.Substring(r.Edits[0].Start, r.Edits[0].Length));
    }

    [Fact]
    public void Edits_CanBeAppliedSelectively()
    {
        var r = Rewriter.Rewrite("你好，我们会尽快处理");
        Assert.Equal("您好，我们会尽快处理", r.Apply(e => e.RuleId == "CSE005"));
        Assert.Equal("你好，我们会在24小时内处理", r.Apply(r.Edits.Where(e => e.RuleId == "CSE008")));
        Assert.Equal(r.Original, r.Apply(Array.Empty<Edit>()));
    }

    [Fact]
    public void OnlyRules_LimitsWhatIsApplied_OthersRemainAsFindings()
    {
        var r = Rewriter.Rewrite("你好，我们会尽快处理", new RewriteContext { OnlyRules = ["CSE008"] });
        Assert.Equal("你好，我们会在24小时内处理", r.Text);
        Assert.Contains(r.RemainingFindings, f => f.RuleId == "CSE005");
    }

    [Fact]
    public void MissingSlot_GivesNoEdit_AndTheFindingRemains()
    {
        var r = Rewriter.Rewrite("过几天就到");
        Assert.Empty(r.Edits);
        Assert.Equal("CSE008", Assert.Single(r.RemainingFindings).RuleId);
        var withSlot = Rewriter.Rewrite("过几天就到", new RewriteContext(new LintContext { Slots = new Dictionary<string, string> { ["到货时间"] = "3天内" } }));
        Assert.Equal("预计3天内就到", withSlot.Text);
    }

    [Fact]
    public void Complaint_PrependsEmpathy_ThenFixesTheRest()
    {
        var r = Rewriter.Rewrite("你的订单我们会尽快处理", new RewriteContext(new LintContext { IsComplaint = true, CustomerEmotion = CustomerEmotion.Angry }));
        Assert.Equal("给您带来不好的体验非常抱歉，我们马上核实情况，30分钟内给您答复。您的订单我们会在24小时内处理", r.Text);
        Assert.Equal((0, 0, "CSE009"), (r.Edits[0].Start, r.Edits[0].Length, r.Edits[0].RuleId));
    }

    [Fact]
    public void DocsExample_AnxiousComplaint_WithAlternative()
    {
        var ctx = new RewriteContext(new LintContext
        {
            IsComplaint = true,
            CustomerEmotion = CustomerEmotion.Anxious,
            Slots = new Dictionary<string, string> { ["处理时限"] = "2小时", ["替代商品"] = "XX款", ["到货时间"] = "3天内" },
        });
        Assert.Equal(
            "您的心情我完全理解，换作是我也会很着急。这款商品目前确实缺货，不过同系列的XX款功能类似，且今天下单可优先发货，您是否愿意了解？",
            Rewriter.Rewrite("这款商品缺货了", ctx).Text);
    }

    [Fact]
    public void Voice_Channel_UsesFullStopInsteadOfTilde() =>
        Assert.Equal("好的！收到。", Rewriter.Rewrite("好的！收到！", new RewriteContext(new LintContext { Channel = ReplyChannel.Voice })).Text);

    [Fact]
    public void InlineMarker_IsKept_SoRewritingStaysIdempotent()
    {
        var r = Rewriter.Rewrite("[cse-disable CSE005]你好，我们会尽快处理");
        Assert.Equal("[cse-disable CSE005]你好，我们会在24小时内处理", r.Text);
        Assert.Equal("你好，我们会在24小时内处理", ReplyLinter.StripSuppressionMarkers(r.Text));
    }

    [Fact]
    public void CustomLinter_IsUsed()
    {
        var rewriter = new PhraseRewriter(new ReplyLinter(new LintOptions { DisabledRules = ["CSE005"] }));
        Assert.Equal("你好", rewriter.Rewrite("你好").Text);
    }

    [Fact]
    public void RewriteContext_ComposesTheLintContext()
    {
        var lc = new LintContext { Channel = ReplyChannel.Voice, IsComplaint = true, CustomerEmotion = CustomerEmotion.Anxious, CustomerUsedEmoji = true, SuppressedRules = ["CSE001"] };
        Assert.Same(lc, new RewriteContext(lc).Lint);
        Assert.Same(LintContext.Default, RewriteContext.Default.Lint);
        Assert.Throws<ArgumentNullException>(() => new RewriteContext(null!));
    }
}
