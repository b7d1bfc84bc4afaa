using CsEtiquette.Rewriting;

namespace CsEtiquette.Tests.Rewriting;

/// <summary>Regression tests on whole drafts: the broken outputs listed in the issue and the known-wrong items, with exact output.</summary>
public sealed class ClauseRewriteTests
{
    [Theory]
    [InlineData("这是快递的问题，跟我们没关系", "我们马上为您联系快递核实并跟进")]
    [InlineData("这款已经卖完了，不会再补货了", "这款商品目前已经售罄，暂时没有补货计划，我可以为您推荐相似的款式，您看可以吗？")]
    [InlineData("亲,这个没货了哦", "亲,这款商品目前暂时售罄，我们已将您的需求记录，到货后会第一时间通知您，您看可以吗？")]
    [InlineData("亲,这个没货了呢", "亲,这款商品目前暂时售罄，我们已将您的需求记录，到货后会第一时间通知您，您看可以吗？")]
    [InlineData("亲,这个没货了哈", "亲,这款商品目前暂时售罄，我们已将您的需求记录，到货后会第一时间通知您，您看可以吗？")]
    [InlineData("亲,这个没货了吧", "亲,这款商品目前暂时售罄，我们已将您的需求记录，到货后会第一时间通知您，您看可以吗？")]
    [InlineData("大概三天左右能到", "预计3天内送达")]
    [InlineData("物流显示已经妥投了", "物流显示已经签收了")]
    [InlineData("等仓库揽收", "等快递上门取件")]
    [InlineData("您这个情况我们无法处理", "您的问题我已详细记录，我会立即反馈给相关专业团队，他们会在24小时内与您联系处理")]
    [InlineData("这个问题我们解决不了,你找快递公司吧", "这个问题我马上帮您联系快递公司核实处理，会在24小时内给您答复")]
    [InlineData("不能马上退款，我们会尽快处理", "退款我们会在24小时内为您办理")]
    [InlineData("退款可能要过几天才能到账", "退款预计1-3个工作日内到账")]
    [InlineData("这个是系统问题,我也没办法", "系统这边出现了异常，我马上帮您反馈技术同事处理，会在24小时内给您答复")]
    [InlineData("老板决定的 我做不了主", "这个我马上帮您向主管申请，会在24小时内给您答复")]
    [InlineData("您要是不满意可以去投诉", "给您带来不好的体验非常抱歉，您有任何不满意的地方我都会为您记录并跟进处理")]
    [InlineData("妹纸 这款是哒 有现货", "亲 这款是的 有现货")]
    [InlineData("退款原返哦 亲耐心等下", "退款会原路退回您的支付账户哦 亲耐心等下")]
    [InlineData("系统调度中 请耐心等待哈", "订单正在为您安排中 请耐心等待哈")]
    [InlineData("这个发票开不了哦", "发票这边我马上帮您核实开具方式，会在24小时内给您答复")]
    [InlineData("本店不接受议价哦", "本店商品已经是优惠价了，我可以帮您看看有没有能用的优惠券，您看可以吗？")]
    [InlineData("暂不支持货到付款哈", "目前还没有开通货到付款，您可以选择在线支付，您看可以吗？")]
    [InlineData("都是你自己选错尺码了", "尺码不合适的话，我马上帮您申请换货，您看可以吗？")]
    [InlineData("您好 #E-s49", "您好")]
    [InlineData("收到啦 😀", "收到啦")]
    [InlineData("这个颜色断货了 不好意思哈", "不好意思，这个颜色目前暂时售罄，我们已将您的需求记录，到货后会第一时间通知您，您看可以吗？")]
    [InlineData("这款没有货了，亲可以等等", "这款商品目前暂时售罄，我们已将您的需求记录，到货后会第一时间通知您，亲可以等等")]
    [InlineData("这个不能退哦 亲", "这个不在退换范围内，不过我可以帮您看看其他的解决办法，您看可以吗，亲？")]
    public void Draft_IsRewrittenExactly(string draft, string expected) =>
        Assert.Equal(expected, PhraseRewriter.Default.Rewrite(draft).Text);

    [Fact]
    public void DeclinedFix_BecomesASuggestion_NeverBrokenText()
    {
        // A bare hedge has no automatic fix: the clause gets a suggestion instead.
        var r = PhraseRewriter.Default.Rewrite("可能是仓库发错了");
        Assert.Equal("可能是仓库发错了", r.Text);
        var s = Assert.Single(r.Suggestions);
        Assert.Equal(("CSE003", 0, 8), (s.RuleId, s.Start, s.Length));
        Assert.Equal("我们正在为您核实，会在24小时内给您准确答复", s.Text);
    }
}
