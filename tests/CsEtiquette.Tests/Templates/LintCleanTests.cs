using CsEtiquette.Linting;
using CsEtiquette.Templates;

namespace CsEtiquette.Tests.Templates;

/// <summary>
/// Our own replies follow our own rules: every rendered default template, on both channels, at every part of
/// the day, with sample and with only-required slots, yields zero findings from <c>ReplyLinter.Default</c>.
/// Empathy, apology and abuse replies are also linted as complaint replies (CSE009 must see the empathy).
/// </summary>
public sealed class LintCleanTests
{
    public static TheoryData<string> TemplateIdsInPack() => DefaultPackTests.TemplateIdsInPack();

    [Theory]
    [MemberData(nameof(TemplateIdsInPack))]
    public void EveryVariant_OnBothChannels_AtEveryPartOfTheDay_HasZeroFindings(string id)
    {
        var t = TemplateLibrary.Default.Get(id);
        var samples = DefaultPackTests.Samples(t);
        var required = t.Slots.Where(s => s.IsRequired).ToDictionary(s => s.Name, s => s.Sample);
        var day = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.FromHours(8));
        foreach (var hour in new[] { 7, 10, 12, 15, 20 })
        {
            for (var v = 0; v < t.Variants.Count; v++)
            {
                foreach (var channel in new[] { ReplyChannel.Text, ReplyChannel.Voice })
                {
                    foreach (var slots in new[] { samples, required })
                    {
                        var text = TemplateRenderer.Default.Render(id, slots, new RenderContext(day.AddHours(hour)) { Variant = v, Channel = channel }).Text;
                        AssertClean(text, channel, complaint: false, $"{id}[{v}] {channel}");
                        if (IsComplaintReply(id))
                        {
                            AssertClean(text, channel, complaint: true, $"{id}[{v}] {channel} (complaint)");
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void ComposedReplies_HaveZeroFindings()
    {
        var at = new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.FromHours(8));
        for (var v = 0; v < 3; v++)
        {
            var c = new RenderContext(at) { Variant = v };
            AssertClean(TemplateRenderer.Default.RenderChoices(["为您办理退货退款", "为您补发一件新的商品，预计3天内到达"], null, c).Text, ReplyChannel.Text, false, "choices(2)");
            AssertClean(TemplateRenderer.Default.RenderChoices(["补发商品，预计3天到达", "申请全额退款，款项将在1-3个工作日退回原账户", "为您换一件同款"], null, c).Text, ReplyChannel.Text, false, "choices(3)");
            AssertClean(TemplateRenderer.Default.RenderSteps(["请您提供订单号", "拍几张商品破损处的照片", "保留好商品外包装"], null, c).Text, ReplyChannel.Text, false, "steps");
            AssertClean(TemplateRenderer.Default.RenderParaphrase("我想把颜色换成蓝色，今天能发货吗", c).Text, ReplyChannel.Text, false, "paraphrase");
        }
    }

    /// <summary>Templates sent to an upset or complaining customer must carry apology or empathy.</summary>
    private static bool IsComplaintReply(string id) =>
        id.StartsWith("empathy.", StringComparison.Ordinal) || id is TemplateIds.ApologyGeneral or TemplateIds.AbuseCalmReply;

    private static void AssertClean(string text, ReplyChannel channel, bool complaint, string what)
    {
        var report = ReplyLinter.Default.Lint(text, new LintContext { Channel = channel, IsComplaint = complaint });
        Assert.True(
            report.Findings.Count == 0,
            $"{what}: {text}\n{string.Join("\n", report.Findings.Select(f => $"  {f.RuleId} '{f.MatchedText}' {f.Message}"))}");
    }
}
