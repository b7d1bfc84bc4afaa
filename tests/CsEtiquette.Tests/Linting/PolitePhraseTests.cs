using CsEtiquette.Linting;

namespace CsEtiquette.Tests.Linting;

/// <summary>
/// Polite and positive set phrases (不好意思, 不客气, 不错, 没问题, 没关系, 不用担心, 不用谢, 不麻烦,
/// 无论如何都会帮您, 马上为您处理 …) and the seeds' model replies are never flagged.
/// </summary>
public sealed class PolitePhraseTests
{
    [Fact]
    public void Catalogue_HasAtLeast100Replies() =>
        Assert.True(LintTestData.PoliteReplies().Count() >= 100);

    [Theory]
    [MemberData(nameof(LintTestData.PoliteReplies), MemberType = typeof(LintTestData))]
    public void Lint_DoesNotFlag_PoliteReply(string reply)
    {
        var report = ReplyLinter.Default.Lint(reply);
        Assert.True(!report.HasFindings, $"{reply} → {string.Join("; ", report.Findings.Select(f => $"{f.RuleId} '{f.MatchedText}'"))}");
    }

    [Theory]
    [InlineData("不好意思")]
    [InlineData("不客气")]
    [InlineData("不错")]
    [InlineData("没问题")]
    [InlineData("没关系")]
    [InlineData("不用担心")]
    [InlineData("不用谢")]
    [InlineData("不麻烦")]
    [InlineData("无论如何都会帮您")]
    [InlineData("马上为您处理")]
    public void Rewrite_LeavesSetPhraseUntouched(string phrase)
    {
        var result = CsEtiquette.Rewriting.PhraseRewriter.Default.Rewrite(phrase);
        Assert.Empty(result.Edits);
        Assert.Equal(phrase, result.Text);
    }

    [Theory]
    [InlineData("建议您尽快下单哦")]
    [InlineData("请尽快付款，优惠今晚结束")]
    [InlineData("麻烦您尽快确认收货")]
    public void Lint_DoesNotTreat_AdviceToTheCustomer_AsAVagueTimeline(string reply)
    {
        // 尽快 here is what the customer is invited to do, not a promise of ours: rewriting it to
        // "在24小时内" would turn advice into a deadline.
        Assert.DoesNotContain(ReplyLinter.Default.Lint(reply).Findings, f => f.RuleId == "CSE008");
    }

    [Fact]
    public void Lint_StillFlags_OurOwnVagueAsap()
    {
        var finding = Assert.Single(ReplyLinter.Default.Lint("我们会尽快处理").Findings, f => f.RuleId == "CSE008");
        Assert.Equal("尽快", finding.MatchedText);
    }
}
