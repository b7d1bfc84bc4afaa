using CsEtiquette.Analysis;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.DependencyInjection;
using CsEtiquette.Insights;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Segmentation;
using CsEtiquette.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace CsEtiquette.Tests.DependencyInjection;

public sealed class EtiquetteServiceCollectionExtensionsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cse-di-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void AddCsEtiquette_ResolvesEveryServiceAsASingleton()
    {
        using var sp = new ServiceCollection().AddCsEtiquette().BuildServiceProvider(validateScopes: true);
        Assert.Same(sp.GetRequiredService<IChineseSegmenter>(), sp.GetRequiredService<ChineseSegmenter>());
        Assert.Same(ChineseSegmenter.Default, sp.GetRequiredService<ChineseSegmenter>());
        Assert.IsType<CustomerMessageAnalyzer>(sp.GetRequiredService<ICustomerMessageAnalyzer>());
        Assert.Same(sp.GetRequiredService<IReplyLinter>(), sp.GetRequiredService<ReplyLinter>());
        Assert.IsType<PhraseRewriter>(sp.GetRequiredService<IPhraseRewriter>());
        Assert.IsType<TemplateRenderer>(sp.GetRequiredService<ITemplateRenderer>());
        Assert.IsType<ComplaintWorkflow>(sp.GetRequiredService<IComplaintWorkflow>());
        Assert.IsType<InMemoryComplaintStore>(sp.GetRequiredService<IComplaintStore>());
        Assert.IsType<ReplyAssistant>(sp.GetRequiredService<IReplyAssistant>());
        Assert.Same(sp.GetRequiredService<IReplyAssistant>(), sp.GetRequiredService<IReplyAssistant>());
        Assert.Same(sp.GetRequiredService<IComplaintStore>(), sp.GetRequiredService<IComplaintStore>());
        Assert.Same(TimeProvider.System, sp.GetRequiredService<TimeProvider>());
    }

    [Fact]
    public void AddCsEtiquette_QualityInspector_UsesTheConfiguredLinter()
    {
        // A disabled rule must not be counted by the registered inspector either.
        using var sp = new ServiceCollection().AddCsEtiquette(o => o.DisabledRules.Add("CSE005")).AddCsEtiquetteInsights().BuildServiceProvider();
        var inspector = sp.GetRequiredService<IQualityInspector>();
        Assert.Same(inspector, sp.GetRequiredService<IQualityInspector>());
        var log = "{\"conversation\":\"c1\",\"role\":\"agent\",\"agent\":\"小王\",\"text\":\"你好，你的订单已发货\",\"at\":\"2026-11-24T10:00:00+08:00\"}\n";
        var report = InsightReport.Create(inspector.Inspect(new ChatLogReader(new StringReader(log), ChatLogFormat.JsonLines)));
        Assert.DoesNotContain("CSE005", report.ToJson());
        Assert.Contains("小王", report.ToJson());
    }

    [Fact]
    public void AddCsEtiquette_KeepsServicesRegisteredBefore()
    {
        var store = new InMemoryComplaintStore();
        var clock = Assistant.TestClock.At(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.FromHours(8)));
        var services = new ServiceCollection();
        services.AddSingleton<IComplaintStore>(store);
        services.AddSingleton<TimeProvider>(clock);
        services.AddCsEtiquette();
        using var sp = services.BuildServiceProvider();
        Assert.Same(store, sp.GetRequiredService<IComplaintStore>());
        Assert.Same(clock, sp.GetRequiredService<TimeProvider>());
        Assert.Single(services, d => d.ServiceType == typeof(IComplaintStore));
        var conversation = sp.GetRequiredService<ConversationFactory>().Start("c-1");
        Assert.Same(clock, conversation.Clock);
    }

    [Fact]
    public void AddCsEtiquette_CalledTwice_RegistersOnce()
    {
        var services = new ServiceCollection().AddCsEtiquette().AddCsEtiquette();
        Assert.Single(services, d => d.ServiceType == typeof(IReplyAssistant));
    }

    [Fact]
    public void AgentName_FillsTheGreeting()
    {
        var clock = Assistant.TestClock.At(new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.FromHours(8)));
        var services = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddCsEtiquette(o => o.AgentName = "阿杰");
        using var sp = services.BuildServiceProvider();
        var conversation = sp.GetRequiredService<ConversationFactory>().Start("c-2") with { Product = "羽绒服" };
        Assert.Equal("阿杰", conversation.AgentName);
        var s = sp.GetRequiredService<IReplyAssistant>().Suggest(conversation, "在吗");
        Assert.Contains("下午好", s.Text, StringComparison.Ordinal);
        Assert.Contains("阿杰", s.Text, StringComparison.Ordinal);
        var rendered = sp.GetRequiredService<ITemplateRenderer>().Render(TemplateIds.GreetingTimeOfDay,
            new Dictionary<string, string> { ["商品"] = "羽绒服" });
        Assert.Contains("阿杰", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UserDictionary_IsUsedBySegmenter()
    {
        var path = File("user.dict", "暖暖保温杯 10000 n\n");
        using var sp = new ServiceCollection().AddCsEtiquette(o => o.UserDictionaryPath = path).BuildServiceProvider();
        var segmenter = sp.GetRequiredService<IChineseSegmenter>();
        Assert.NotSame(ChineseSegmenter.Default, segmenter);
        Assert.Contains("暖暖保温杯", segmenter.Cut("我买的暖暖保温杯坏了"));
    }

    [Fact]
    public void DisabledRules_AreNotChecked()
    {
        using var sp = new ServiceCollection().AddCsEtiquette(o => o.DisabledRules.Add("CSE005")).AddCsEtiquetteInsights().BuildServiceProvider();
        var linter = sp.GetRequiredService<IReplyLinter>();
        Assert.DoesNotContain(linter.Rules, r => r.Id == "CSE005");
        Assert.DoesNotContain(linter.Lint("你好,请稍等").Findings, f => f.RuleId == "CSE005");
    }

    [Fact]
    public void FollowUpWindow_ReachesTheWorkflow()
    {
        using var sp = new ServiceCollection().AddCsEtiquette(o => o.FollowUpWindow = TimeSpan.FromHours(12)).BuildServiceProvider();
        var workflow = (ComplaintWorkflow)sp.GetRequiredService<IComplaintWorkflow>();
        Assert.Equal(TimeSpan.FromHours(12), workflow.FollowUpWindow);
    }

    [Theory]
    [InlineData("agent", "EtiquetteOptions.AgentName")]
    [InlineData("window", "EtiquetteOptions.FollowUpWindow")]
    [InlineData("dict", "EtiquetteOptions.UserDictionaryPath")]
    [InlineData("rules", "EtiquetteOptions.RulePackPaths")]
    [InlineData("templates", "EtiquetteOptions.TemplatePackPaths")]
    [InlineData("policy", "EtiquetteOptions.Policy")]
    public void InvalidOptionValue_FailsAtRegistration_NamingTheOption(string what, string option)
    {
        var missing = Path.Combine(_dir, "missing.json");
        var e = Assert.Throws<EtiquetteOptionsException>(() => new ServiceCollection().AddCsEtiquette(o =>
        {
            switch (what)
            {
                case "agent": o.AgentName = " "; break;
                case "window": o.FollowUpWindow = TimeSpan.Zero; break;
                case "dict": o.UserDictionaryPath = missing; break;
                case "rules": o.RulePackPaths.Add(missing); break;
                case "templates": o.TemplatePackPaths.Add(missing); break;
                case "policy": o.Policy = ShopPolicy.Default with { DeliveryTime = "" }; break;
            }
        }));
        Assert.Contains(option, e.Message, StringComparison.Ordinal);
        Assert.Equal(option, e.OptionName);
    }

    [Fact]
    public void UnknownDisabledRule_FailsAtFirstResolve_NamingTheOption()
    {
        using var sp = new ServiceCollection().AddCsEtiquette(o => o.DisabledRules.Add("CSE999")).BuildServiceProvider();
        var e = Assert.Throws<EtiquetteOptionsException>(() => sp.GetRequiredService<IReplyLinter>());
        Assert.Contains("CsEtiquette:Linting:DisabledRules[0]: unknown rule id", e.Message, StringComparison.Ordinal);
        Assert.Contains("CSE999", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedRulePack_FailsAtFirstResolve_NamingTheOptionAndFile()
    {
        var path = File("bad-rules.json", "{ \"rules\": [ { \"id\": ");
        using var sp = new ServiceCollection().AddCsEtiquette(o => o.RulePackPaths.Add(path)).BuildServiceProvider();
        var e = Assert.Throws<EtiquetteOptionsException>(() => sp.GetRequiredService<IReplyAssistant>());
        Assert.Contains("CsEtiquette:Packs:Rules", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad-rules.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedTemplatePack_FailsAtFirstResolve_NamingTheOptionAndFile()
    {
        var path = File("bad-templates.json", "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"test\", \"templates\": [ { \"id\": 5 } ] }");
        using var sp = new ServiceCollection().AddCsEtiquette(o => o.TemplatePackPaths.Add(path)).BuildServiceProvider();
        var e = Assert.Throws<EtiquetteOptionsException>(() => sp.GetRequiredService<ITemplateRenderer>());
        Assert.Contains("CsEtiquette:Packs:Templates", e.Message, StringComparison.Ordinal);
        Assert.Contains("bad-templates.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NullServices_Throws() =>
        Assert.Throws<ArgumentNullException>(() => EtiquetteServiceCollectionExtensions.AddCsEtiquette(null!));

    [Fact]
    public void ReadmeQuickStart_Works()
    {
        // The README's quick start, verbatim apart from Console.
        using var provider = new ServiceCollection().AddCsEtiquette(o => o.AgentName = "小美").BuildServiceProvider();
        var assistant = provider.GetRequiredService<IReplyAssistant>();
        var conversation = provider.GetRequiredService<ConversationFactory>().Start("chat-42") with { Product = "保温杯" };

        var suggestion = assistant.Suggest(conversation, "我收到的保温杯是坏的,太让人生气了!");
        conversation = suggestion.Conversation;
        var rewritten = assistant.CheckDraft("你等几天吧,我们不能马上解决!!", conversation).SuggestedText;

        Assert.Contains("订单号", suggestion.Text, StringComparison.Ordinal);
        Assert.Equal(ComplaintState.EmotionAcknowledged, conversation.Complaint!.State);
        Assert.DoesNotContain("不能", rewritten, StringComparison.Ordinal);
        Assert.Equal(ConversationFactory.StableSeed("chat-42"), conversation.Seed);
    }

    [Fact]
    public void TemplatePack_ReachesTheComplaintWorkflowsSuggestedReplies()
    {
        var pack = File("close.json", """
            { "schemaVersion": 1, "locale": "zh-CN", "name": "test", "templates": [ { "id": "closing.general", "scenario": "结束语",
              "variants": [ "感谢您选择橙子小店，祝您生活愉快~" ] } ] }
            """);
        using var sp = new ServiceCollection().AddCsEtiquette(o => o.TemplatePackPaths.Add(pack)).BuildServiceProvider();
        var workflow = sp.GetRequiredService<IComplaintWorkflow>();
        var at = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);
        var c = workflow.Start("c-9", at);
        foreach (var e in new ComplaintEvent[]
        {
            new AcknowledgeEmotion(), new VerifyInformation("2026112412345678", "商品破损"),
            new OfferSolutions("补发商品", "全额退款"), new ChooseSolution(0), new Resolve(), new FollowUp(true),
        })
        {
            c = workflow.Apply(c, e, at).Case;
        }

        Assert.Equal(ComplaintState.FollowedUp, c.State);
        // The workflow renders no template; the registered suggester renders with the registered renderer.
        Assert.Equal("感谢您选择橙子小店，祝您生活愉快~",
            sp.GetRequiredService<ComplaintReplySuggester>().NextStep(workflow, c).SuggestedReply);
    }
}
