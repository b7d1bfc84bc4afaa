using System.Text.Json;
using CsEtiquette.Complaints;
using CsEtiquette.DependencyInjection;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Templates;
using CsEtiquette.Training;
using Microsoft.Extensions.DependencyInjection;

namespace CsEtiquette.Tests.Foundation;

/// <summary>The shop facts (处理时限, the 2–3 option bounds) live once, in <see cref="ShopPolicy"/> (#13).</summary>
public sealed class ShopFactsTests
{
    private const string Draft = "不能马上退款，我们会尽快处理";

    [Theory]
    [InlineData("CsEtiquette.Data.rules.zh-CN.json", "slots")]
    [InlineData("CsEtiquette.Data.templates.zh-CN.json", "slotDefaults")]
    [InlineData("CsEtiquette.Data.templates.livestream.zh-CN.json", "slotDefaults")]
    public void EmbeddedPacks_DoNotRepeatTheShopFacts(string resource, string property)
    {
        using var stream = typeof(ShopPolicy).Assembly.GetManifestResourceStream(resource)!;
        using var doc = JsonDocument.Parse(stream);
        var slots = doc.RootElement.GetProperty(property);
        Assert.False(slots.TryGetProperty("处理时限", out _));
        Assert.False(slots.TryGetProperty("到账时间", out _));
    }

    [Fact]
    public void DefaultLinterAndTemplates_FillTheProcessingTime_FromShopPolicyDefault()
    {
        Assert.Equal(ShopPolicy.Default.ProcessingTime, TemplateLibrary.Default.SlotDefaults["处理时限"]);
        Assert.Equal(ShopPolicy.Default.ProcessingTime, ReplyLinter.Default.SlotDefaults["处理时限"]);
        Assert.Contains("24小时", PhraseRewriter.Default.Rewrite(Draft).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LintOptionsPolicy_OverridesThePack_InFixes()
    {
        var policy = ShopPolicy.Default with { ProcessingTime = "48小时" };
        var linter = new ReplyLinter(new LintOptions { Policy = policy });
        Assert.Equal("48小时", linter.SlotDefaults["处理时限"]);
        var text = new PhraseRewriter(linter).Rewrite(Draft).Text;
        Assert.Contains("48小时", text, StringComparison.Ordinal);
        Assert.DoesNotContain("24小时", text, StringComparison.Ordinal);
    }

    [Fact]
    public void LintOptionsPolicy_Invalid_IsRejectedNamingTheSetting()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ReplyLinter(new LintOptions { Policy = ShopPolicy.Default with { ProcessingTime = " " } }));
        Assert.Contains("ShopPolicy.ProcessingTime", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ContainerPolicy_ReachesTheRewriter_SoFixesAndRepliesPromiseTheSameTime()
    {
        using var sp = new ServiceCollection()
            .AddCsEtiquette(o => o.Policy = ShopPolicy.Default with { ProcessingTime = "12小时" })
            .BuildServiceProvider();
        var text = sp.GetRequiredService<IPhraseRewriter>().Rewrite(Draft).Text;
        Assert.Contains("12小时", text, StringComparison.Ordinal);
        Assert.DoesNotContain("24小时", text, StringComparison.Ordinal);
    }

    [Fact]
    public void OptionBounds_HaveOneHome()
    {
        Assert.Equal(ShopPolicy.MinSolutionOptions, ReplyFragments.MinChoices);
        Assert.Equal(ShopPolicy.MaxSolutionOptions, ReplyFragments.MaxChoices);
        var complaint = new ComplaintOptions();
        Assert.Equal(ShopPolicy.MinSolutionOptions, complaint.MinSolutionOptions);
        Assert.Equal(ShopPolicy.MaxSolutionOptions, complaint.MaxSolutionOptions);
        var tooMany = ShopPolicy.Default with { SolutionOptions = ["一", "二", "三", "四"] };
        Assert.Contains("ShopPolicy.SolutionOptions must hold 2 or 3 options", string.Join(" ", tooMany.Validate()), StringComparison.Ordinal);
    }

    [Fact]
    public void Handbook_StatesTheBoundsAndTheFollowUpWindow_FromTheirHomes()
    {
        var writer = new StringWriter();
        new HandbookWriter().Write(writer, HandbookFormat.Markdown);
        var markdown = writer.ToString();
        Assert.Contains("提供2–3个可选择的方案；问题解决后24小时内回访", markdown, StringComparison.Ordinal);
    }
}
