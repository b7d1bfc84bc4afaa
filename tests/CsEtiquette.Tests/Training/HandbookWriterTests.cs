using System.Text.RegularExpressions;
using CsEtiquette.Linting;
using CsEtiquette.Templates;
using CsEtiquette.Tests.Insights;
using CsEtiquette.Training;

namespace CsEtiquette.Tests.Training;

public sealed class HandbookWriterTests
{
    private static string Write(HandbookFormat format, IReadOnlyList<KeyValuePair<string, string>>? faq = null)
    {
        var sw = new StringWriter();
        new HandbookWriter().Write(sw, format, faq);
        return sw.ToString();
    }

    [Theory]
    [InlineData(HandbookFormat.Markdown)]
    [InlineData(HandbookFormat.Html)]
    public void Handbook_ListsEveryRuleAndEveryTemplate(HandbookFormat format)
    {
        var text = Write(format);
        foreach (var rule in ReplyLinter.Default.Rules)
        {
            Assert.Contains(rule.Id + " " + (format == HandbookFormat.Html ? System.Net.WebUtility.HtmlEncode(rule.Title) : rule.Title), text);
        }

        foreach (var id in TemplateLibrary.Default.Ids)
        {
            Assert.Contains(id, text);
        }

        foreach (var s in TrainingPack.Default.Scenarios)
        {
            Assert.Contains("cse drill " + s.Id, text);
        }

        Assert.Contains("客服沟通话术手册", text);
        Assert.Contains("常见问题速查指南", text);
        Assert.Contains("投诉处理四步法", text);
    }

    [Fact]
    public void Markdown_ShowsBadAndGoodExamples_AndTheMermaidDiagram()
    {
        var md = Write(HandbookFormat.Markdown);
        Assert.Contains("| 这个没货了 |", md);
        Assert.Contains("```mermaid", md);
        Assert.Contains("stateDiagram", md);
    }

    [Fact]
    public void FaqEntries_AppearInTheGuide_Escaped()
    {
        var html = Write(HandbookFormat.Html, [new("赠品规则是什么", "满199元赠<保温杯套>")]);
        Assert.Contains("赠品规则是什么", html);
        Assert.Contains("满199元赠&lt;保温杯套&gt;", html);
        Assert.DoesNotContain("<保温杯套>", html);
    }

    [Fact]
    public void Html_IsSelfContained()
    {
        var html = Write(HandbookFormat.Html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(new Regex("(src|href)=\"(https?:)?//"), html);
        Assert.Contains("<svg", html);
    }

    [Fact]
    public void Html_RendersInHeadlessChromium()
    {
        if (HeadlessChromium.Path is null)
        {
            Assert.Fail(HeadlessChromium.Problem);
        }

        var path = Path.Combine(Path.GetTempPath(), $"cse-handbook-{Guid.NewGuid():N}.html");
        File.WriteAllText(path, Write(HandbookFormat.Html));
        try
        {
            var (dom, log) = HeadlessChromium.DumpDom(path);
            Assert.Contains("id=\"CSE001\"", dom);
            Assert.Contains("<svg", dom);
            Assert.True(dom.Contains("</html>", StringComparison.Ordinal), log);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
