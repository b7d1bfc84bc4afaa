using CsEtiquette.Rewriting;

namespace CsEtiquette.Tests.Rewriting;

/// <summary>The verifier on hand-built edits: each defect of the issue is declined with its reason.</summary>
public sealed class RewriteVerifierTests
{
    private static string? Reason(string original, params Edit[] edits)
    {
        var text = EditApplier.Apply(original, edits);
        var r = RewriteVerifier.Check(original, edits, text, findings: null, fluency: null);
        return r is null ? null : r[0].Reason;
    }

    private static Edit E(int start, int length, string replacement) => new(start, length, replacement, "CSE001", "test");

    [Fact]
    public void RepeatedClause_IsDeclined() =>
        Assert.Equal(RewriteVerifier.RepeatedClause, Reason("这是快递的问题，跟我们没关系", E(0, 7, "我们马上为您核实并跟进"), E(8, 6, "我们马上为您核实并跟进")));

    [Theory]
    [InlineData("物流显示已经妥投了", 6, 2, "已签收")] // 已经已签收
    [InlineData("大概三天左右能到", 0, 4, "预计3天内")] // 3天内左右
    [InlineData("您这个情况我们无法处理", 5, 6, "您的问题我已详细记录")] // 您这个情况您的问题
    public void DoubledWord_IsDeclined(string original, int start, int length, string replacement) =>
        Assert.Equal(RewriteVerifier.DoubledWord, Reason(original, E(start, length, replacement)));

    [Fact]
    public void StrayParticle_IsDeclined() =>
        Assert.Equal(RewriteVerifier.StrayParticle, Reason("亲,这个没货了哦", E(2, 5, "这款商品目前暂时售罄，您看可以吗？")));

    [Fact]
    public void PromiseNextToASurvivingDeflection_IsDeclined() =>
        Assert.Equal(RewriteVerifier.Contradiction, Reason("这个问题我们解决不了,你找快递公司吧", E(0, 10, "我会立即反馈，他们会在24小时内与您联系处理")));

    [Theory]
    [InlineData("您说的“没办法用”是什么意思", 4, 3)]
    [InlineData("订单号12345678", 5, 3)]
    [InlineData("链接 https://a.com/x?sku=1 看看", 18, 3)]
    [InlineData("iPhone15没货了", 3, 3)]
    public void EditInsideAQuoteLinkNumberOrName_IsDeclined(string original, int start, int length) =>
        Assert.Equal(RewriteVerifier.Protected, Reason(original, E(start, length, "某某")));

    [Fact]
    public void CleanSplice_Passes() =>
        Assert.Null(Reason("亲 这个没货了", E(2, 5, "这款商品目前暂时售罄，您看可以吗？")));

    [Theory]
    [InlineData("亲亲 这款发不了顺丰哦", 5, 3, "您的订单暂时还没能发出，我马上为您核实原因")] // 这款|您的订单… and …原因|顺丰哦
    [InlineData("客服这边也没办法哦", 4, 5, "我这边马上帮您反馈处理，会在24小时内给您答复")] // 客服这边也|我这边…
    [InlineData("抱歉哈 这个改不了", 6, 3, "这边我马上帮您联系相关同事确认修改，会在24小时内给您答复")] // 这个|这边我…
    [InlineData("亲 这个真没办法了", 5, 4, "我这边马上帮您反馈处理，会在24小时内给您答复")] // 真|我这边…
    [InlineData("换不了了哦", 0, 3, "不在退换范围内，不过我可以帮您看看其他的解决办法，")] // …，|了哦
    public void WholeClauseWordingSplicedIntoAClause_IsDeclined(string original, int start, int length, string replacement) =>
        Assert.Equal(RewriteVerifier.Spliced, Reason(original, E(start, length, replacement)));

    [Theory]
    [InlineData("这个问题我们也没办法", 4, 6, "我这边马上帮您反馈处理，会在24小时内给您答复")] // a topic before a clause is fine
    [InlineData("订单信息改不了了哦", 4, 5, "这边我马上帮您联系相关同事确认修改，会在24小时内给您答复")]
    [InlineData("特价商品不退不换的哈", 4, 6, "不在退换范围内，不过我可以帮您看看其他的解决办法，您看可以吗？")]
    [InlineData("亲 这个没货了哦", 2, 6, "这款商品目前暂时售罄，我们已将您的需求记录，到货后会第一时间通知您，您看可以吗？")]
    public void WholeClauseWordingAtClauseEdges_Passes(string original, int start, int length, string replacement) =>
        Assert.Null(Reason(original, E(start, length, replacement)));

    [Fact]
    public void DeletingTheWholeReply_IsDeclined()
    {
        Assert.Equal(RewriteVerifier.NothingLeft, Reason("么么哒~", E(0, 3, "")));
        var r = PhraseRewriter.Default.Rewrite("么么哒");
        Assert.Equal("么么哒", r.Text);
        Assert.Contains(r.Suggestions, s => s.RuleId == "CSE004");
    }
}
