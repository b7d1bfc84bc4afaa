using CsEtiquette.Linting;

namespace CsEtiquette.Tests.Linting;

/// <summary>The platform-compliance pack (CSP001–CSP005): each rule's bad examples are errors, its good ones clean.</summary>
public sealed class ComplianceRuleTests
{
    private static readonly ReplyLinter Linter = ReplyLinter.Default;

    [Theory]
    // CSP001 广告法极限词
    [InlineData("CSP001", "这款是全网最低价哦", "全网最低价")]
    [InlineData("CSP001", "我们家最便宜了", "最便宜")]
    [InlineData("CSP001", "本店是第一品牌", "第一品牌")]
    [InlineData("CSP001", "国家级的工艺", "国家级")]
    [InlineData("CSP001", "这是顶级面料", "顶级")]
    [InlineData("CSP001", "100%纯棉的", "100%")]
    [InlineData("CSP001", "销量第一的爆款", "销量第一")]
    [InlineData("CSP001", "全网第一的口碑", "全网第一")]
    // CSP002 虚假或绝对化承诺
    [InlineData("CSP002", "保证明天一定到", "保证明天一定到")]
    [InlineData("CSP002", "这个绝对不会坏的", "绝对不会坏")]
    [InlineData("CSP002", "不满意百分百退款", "百分百退款")]
    [InlineData("CSP002", "我们绝对正品", "绝对正品")]
    [InlineData("CSP002", "假一赔十", "假一赔十")]
    [InlineData("CSP002", "明天肯定送到", "明天肯定送到")]
    [InlineData("CSP002", "这个永不褪色", "永不褪色")]
    // CSP003 站外联系或交易
    [InlineData("CSP003", "您加我微信吧", "加我微信")]
    [InlineData("CSP003", "方便的话加V详聊", "加V")]
    [InlineData("CSP003", "我的QQ号是12345", "QQ号是12345")]
    [InlineData("CSP003", "可以私下转账便宜点", "私下转账")]
    [InlineData("CSP003", "支付宝转给我就行", "支付宝转给我")]
    [InlineData("CSP003", "扫我的二维码付款", "扫我的二维码付款")]
    // CSP004 诱导好评
    [InlineData("CSP004", "好评返现5元", "好评返现")]
    [InlineData("CSP004", "五星好评送小礼品", "五星好评送")]
    [InlineData("CSP004", "给个好评就送优惠券", "给个好评就送")]
    [InlineData("CSP004", "麻烦您删除差评，我们给您补偿", "删除差评")]
    [InlineData("CSP004", "晒图好评有礼", "晒图好评有礼")]
    // CSP005 个人信息
    [InlineData("CSP005", "您的手机号13812345678已登记", "13812345678")]
    [InlineData("CSP005", "已为您修改为138-1234-5678", "138-1234-5678")]
    [InlineData("CSP005", "寄到北京市朝阳区建国路88号，对吗", "北京市朝阳区建国路88号")]
    [InlineData("CSP005", "您的地址是浙江省杭州市西湖区文三路90号", "浙江省杭州市西湖区文三路90号")]
    public void Lint_Flags_ComplianceViolation_AsError(string rule, string draft, string matched)
    {
        var findings = Linter.Lint(draft).Findings.Where(f => f.RuleId == rule).ToArray();
        var f = Assert.Single(findings);
        Assert.Equal(Severity.Error, f.Severity);
        Assert.Equal(matched, f.MatchedText);
    }

    [Theory]
    [InlineData("我们会第一时间为您处理")]
    [InlineData("最快明天到，物流信息可以在订单页查看")]
    [InlineData("最好的办法是先申请退货")]
    [InlineData("您可以在订单页第一栏看到物流信息")]
    [InlineData("这款是纯棉面料，价格以页面为准")]
    [InlineData("预计明天送达")]
    [InlineData("符合条件的话可以申请退款")]
    [InlineData("请勿私下转账，所有付款请在平台完成")]
    [InlineData("为了您的资金安全，不要加陌生人微信")]
    [InlineData("欢迎您收到后分享真实的使用体验")]
    [InlineData("您的订单号是202611240001234，已发货")]
    [InlineData("尾号5678的手机号已登记")]
    [InlineData("已为您修改为138****5678")]
    [InlineData("收货地址为朝阳区建国路**号")]
    [InlineData("您的包裹3号发出")]
    [InlineData("本店包邮，满100减20")]
    [InlineData("我保证会认真跟进您的问题")]
    [InlineData("这是我们第一次合作，感谢您的信任")]
    [InlineData("您加入会员后可以领券")]
    [InlineData("您的评价对我们很重要")]
    public void Lint_DoesNotFlag_OrdinaryUse(string draft)
    {
        Assert.DoesNotContain(Linter.Lint(draft).Findings, f => f.RuleId.StartsWith("CSP", StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_Flags_IssueExample_WithEveryClaim()
    {
        var findings = Linter.Lint("全网最低价,绝对正品,假一赔十,保证明天一定到").Findings;
        Assert.Contains(findings, f => f.RuleId == "CSP001" && f.MatchedText == "全网最低价");
        Assert.Contains(findings, f => f.RuleId == "CSP002" && f.MatchedText == "绝对正品");
        Assert.Contains(findings, f => f.RuleId == "CSP002" && f.MatchedText == "假一赔十");
        Assert.Contains(findings, f => f.RuleId == "CSP002" && f.MatchedText == "保证明天一定到");
        Assert.All(findings.Where(f => f.RuleId.StartsWith("CSP", StringComparison.Ordinal)), f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void CompliancePack_IsOnByDefault_AndCanBeTurnedOff()
    {
        Assert.Equal(["CSP001", "CSP002", "CSP003", "CSP004", "CSP005"], RulePack.Compliance.Rules.Select(r => r.Id));
        Assert.All(RulePack.Compliance.Rules, r => Assert.Equal(Severity.Error, r.Severity));
        Assert.Contains(Linter.Rules, r => r.Id == "CSP001");
        var off = new ReplyLinter(new LintOptions { IncludeCompliancePack = false });
        Assert.DoesNotContain(off.Rules, r => r.Id.StartsWith("CSP", StringComparison.Ordinal));
        Assert.Empty(off.Lint("全网最低价").Findings);
        var disabled = new ReplyLinter(new LintOptions { DisabledRules = ["CSP005"] });
        Assert.DoesNotContain(disabled.Lint("您的手机号13812345678已登记").Findings, f => f.RuleId == "CSP005");
    }

    [Theory]
    [InlineData("订单2-13812345678")]
    [InlineData("1381234567890123")]
    [InlineData("13812345678")]
    public void PersonalData_PhoneBoundaries(string draft)
    {
        var found = Linter.Lint(draft).Findings.Any(f => f.RuleId == "CSP005");
        Assert.Equal(draft == "13812345678", found);
    }

    [Fact]
    public void PersonalData_IsLinear_OnLongDigitAndAddressRuns()
    {
        var text = string.Concat(Enumerable.Repeat("区路1", 50_000)) + string.Concat(Enumerable.Repeat("1", 100_000)) + "号";
        var report = Linter.Lint(text);
        Assert.NotNull(report);
    }
}
