using CsEtiquette.Analysis;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace CsEtiquette.Tests.Packs;

/// <summary>The assistant cues and complaint replies packs are public and replaceable, like every other pack.</summary>
public sealed class ReplaceablePackTests
{
    private static string EmbeddedText(string resource)
    {
        using var stream = typeof(ComplaintReplyCatalog).Assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [Fact]
    public void ComplaintReplies_ReplacementPack_IsWhatTheWorkflowSays()
    {
        var json = EmbeddedText("CsEtiquette.Data.complaint-replies.zh-CN.json")
            .Replace(ComplaintReplyCatalog.Default["complaint.close"], "感谢您的耐心，橙子小店祝您生活愉快~", StringComparison.Ordinal);
        var catalog = ComplaintReplyCatalog.Parse(json, "shop-replies.json");
        Assert.Equal("感谢您的耐心，橙子小店祝您生活愉快~", catalog["complaint.close"]);
        Assert.Equal(ComplaintReplyCatalog.Default.Ids.Order(StringComparer.Ordinal), catalog.Ids.Order(StringComparer.Ordinal));
        _ = new ComplaintWorkflow(new ComplaintOptions { ReplyCatalog = catalog });
    }

    [Fact]
    public void ComplaintReplies_ReplacementMissingAReply_IsRejectedNamingIt()
    {
        var ex = Assert.Throws<ComplaintReplyPackException>(() => ComplaintReplyCatalog.Parse(
            """{"schemaVersion":1,"locale":"zh-CN","name":"mine","replies":{"complaint.close":"感谢您的支持。"}}""", "mine.json"));
        Assert.Equal("$.replies", ex.JsonPath);
        Assert.Contains("is missing", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void AssistantCues_ReplacementPack_IsUsedByTheAssistantAndDi()
    {
        var cues = AssistantCues.Parse(EmbeddedText("CsEtiquette.Data.assistant.zh-CN.json"), "my-cues.json");
        var assistant = new ReplyAssistant(CustomerMessageAnalyzer.Default, ReplyLinter.Default, PhraseRewriter.Default,
            TemplateRenderer.Default, new ComplaintWorkflow(), cues: cues);
        Assert.NotNull(assistant);

        var services = new ServiceCollection().AddSingleton(cues).AddCsEtiquette();
        using var provider = services.BuildServiceProvider();
        Assert.NotNull(provider.GetRequiredService<IReplyAssistant>());
    }
}
