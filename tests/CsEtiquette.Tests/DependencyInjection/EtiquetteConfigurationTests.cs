using CsEtiquette.Assistant;
using CsEtiquette.DependencyInjection;
using CsEtiquette.Linting;
using CsEtiquette.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CsEtiquette.Tests.DependencyInjection;

/// <summary>AddCsEtiquette(IConfiguration): binding, IOptions reflecting the values, ValidateOnStart, reload.</summary>
public sealed class EtiquetteConfigurationTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cse-config-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        System.IO.File.WriteAllText(path, text);
        return path;
    }

    private static IConfiguration Config(params (string Key, string? Value)[] pairs) =>
        new ConfigurationBuilder().AddInMemoryCollection(pairs.Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Build();

    [Fact]
    public void Section_IsBound_AndIOptionsShowsWhatTheServicesUse()
    {
        var config = Config(
            ("CsEtiquette:Assistant:AgentName", "阿杰"),
            ("CsEtiquette:Linting:DisabledRules:0", "CSE005"),
            ("CsEtiquette:Complaints:FollowUpWindow", "12:00:00"),
            ("CsEtiquette:Assistant:Policy:ProcessingTime", "48小时"),
            ("CsEtiquette:Assistant:Policy:SolutionOptions:0", "补发"),
            ("CsEtiquette:Assistant:Policy:SolutionOptions:1", "退款"));
        using var sp = new ServiceCollection().AddCsEtiquette(config.GetSection("CsEtiquette")).BuildServiceProvider();
        var options = sp.GetRequiredService<IOptions<EtiquetteOptions>>().Value;
        Assert.Equal("阿杰", options.AgentName);
        Assert.Contains("CSE005", options.DisabledRules);
        Assert.Equal(TimeSpan.FromHours(12), options.FollowUpWindow);
        Assert.Equal("48小时", options.Policy.ProcessingTime);
        Assert.Equal(new[] { "补发", "退款" }, options.Policy.SolutionOptions.ToArray());
        Assert.DoesNotContain(sp.GetRequiredService<IReplyLinter>().Rules, r => r.Id == "CSE005");
        Assert.Equal("阿杰", sp.GetRequiredService<ConversationFactory>().Start("c").AgentName);
        Assert.Same(options, sp.GetRequiredService<EtiquetteOptions>());
    }

    [Fact]
    public void ActionOverload_IOptionsValue_ReflectsTheConfiguredValues()
    {
        using var sp = new ServiceCollection().AddCsEtiquette(o => o.AgentName = "小周").BuildServiceProvider();
        Assert.Equal("小周", sp.GetRequiredService<IOptions<EtiquetteOptions>>().Value.AgentName);
        Assert.Equal("小周", sp.GetRequiredService<IOptionsMonitor<EtiquetteOptions>>().CurrentValue.AgentName);
    }

    [Fact]
    public void CodeConfigure_WinsOverTheSection()
    {
        var config = Config(("CsEtiquette:Assistant:AgentName", "阿杰"));
        using var sp = new ServiceCollection().AddCsEtiquette(config.GetSection("CsEtiquette"), o => o.AgentName = "小美").BuildServiceProvider();
        Assert.Equal("小美", sp.GetRequiredService<IOptions<EtiquetteOptions>>().Value.AgentName);
    }

    [Theory]
    [InlineData("CsEtiquette:Assistant:AgentNam", "x", "CsEtiquette:Assistant:AgentNam is not an EtiquetteAssistantOptions setting")]
    [InlineData("CsEtiquette:Complaints:FollowUpWindow", "a day", "CsEtiquette:Complaints:FollowUpWindow must be a time span")]
    [InlineData("CsEtiquette:Complaints:FollowUpWindow", "00:00:10", "CsEtiquette:Complaints:FollowUpWindow must be between 1 minute and 30 days")]
    [InlineData("CsEtiquette:Assistant:Policy:Refund", "x", "CsEtiquette:Assistant:Policy:Refund is not a ShopPolicy setting")]
    [InlineData("CsEtiquette:Assistant:Policy:DeliveryTime", " ", "CsEtiquette:Assistant:Policy: ShopPolicy.DeliveryTime must not be blank")]
    [InlineData("CsEtiquette:Assistant:AgentName", " ", "CsEtiquette:Assistant:AgentName must not be blank")]
    [InlineData("CsEtiquette:Linting:DisabledRules:0", "CSE999", "CsEtiquette:Linting:DisabledRules[0]: unknown rule id 'CSE999'")]
    [InlineData("CsEtiquette:Packs:Templates:0", "/nonexistent/cse-templates.json", "CsEtiquette:Packs:Templates[0]: file not found '/nonexistent/cse-templates.json'")]
    [InlineData("CsEtiquette:Packs:Rules:0", "/nonexistent/cse-rules.json", "CsEtiquette:Packs:Rules[0]: file not found '/nonexistent/cse-rules.json'")]
    [InlineData("CsEtiquette:Packs:UserDictionary", "/nonexistent/dict.txt", "CsEtiquette:Packs:UserDictionary: file not found '/nonexistent/dict.txt'")]
    [InlineData("CsEtiquette:Packs:ReloadOnChange", "yes", "CsEtiquette:Packs:ReloadOnChange must be true or false")]
    [InlineData("CsEtiquette:DisabledRules:0", "CSE005", "CsEtiquette:DisabledRules has moved to CsEtiquette:Linting:DisabledRules")]
    [InlineData("CsEtiquette:Lintin:DisabledRules:0", "CSE005", "CsEtiquette:Lintin is not a CsEtiquette setting")]
    public void BadSetting_StopsTheHostAtStart_NamingIt(string key, string value, string named)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new(key, value)]);
        builder.Services.AddCsEtiquette(builder.Configuration.GetSection("CsEtiquette"));
        using var host = builder.Build();
        var e = Assert.Throws<OptionsValidationException>(() => host.StartAsync().GetAwaiter().GetResult());
        Assert.Contains(named, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownThirdDisabledRule_StopsTheHostAtStart_WithItsConfigurationPath()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([
            new("CsEtiquette:Linting:DisabledRules:0", "CSE005"),
            new("CsEtiquette:Linting:DisabledRules:1", "CSE012"),
            new("CsEtiquette:Linting:DisabledRules:2", "CSE999")]);
        builder.Services.AddCsEtiquette(builder.Configuration.GetSection("CsEtiquette"));
        using var host = builder.Build();
        var e = Assert.Throws<OptionsValidationException>(() => host.StartAsync().GetAwaiter().GetResult());
        Assert.Equal(typeof(EtiquetteLintingOptions), e.OptionsType);
        var failure = Assert.Single(e.Failures);
        Assert.StartsWith("CsEtiquette:Linting:DisabledRules[2]: unknown rule id 'CSE999'", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void FeatureOptions_AreBoundFromTheirSubSections()
    {
        var dict = File("shop.dict", "保温杯 100 n\n");
        var config = Config(
            ("CsEtiquette:Packs:UserDictionary", dict),
            ("CsEtiquette:Packs:ReloadOnChange", "true"),
            ("CsEtiquette:Linting:DisabledRules:0", "CSE012"),
            ("CsEtiquette:Linting:DisabledRules:1", "CSE005"),
            ("CsEtiquette:Assistant:AgentName", "阿杰"),
            ("CsEtiquette:Complaints:FollowUpWindow", "2.00:00:00"));
        using var sp = new ServiceCollection().AddCsEtiquette(config.GetSection("CsEtiquette")).BuildServiceProvider();
        Assert.Equal(dict, sp.GetRequiredService<IOptions<EtiquettePackOptions>>().Value.UserDictionary);
        Assert.True(sp.GetRequiredService<IOptions<EtiquettePackOptions>>().Value.ReloadOnChange);
        Assert.Equal(["CSE012", "CSE005"], sp.GetRequiredService<IOptions<EtiquetteLintingOptions>>().Value.DisabledRules);
        Assert.Equal("阿杰", sp.GetRequiredService<IOptions<EtiquetteAssistantOptions>>().Value.AgentName);
        Assert.Equal(TimeSpan.FromDays(2), sp.GetRequiredService<IOptions<EtiquetteComplaintOptions>>().Value.FollowUpWindow);
        var composed = sp.GetRequiredService<IOptions<EtiquetteOptions>>().Value;
        Assert.Equal(dict, composed.UserDictionaryPath);
        Assert.True(composed.ReloadPacksOnChange);
        Assert.Equal(TimeSpan.FromDays(2), composed.FollowUpWindow);
        Assert.Equal(new[] { "CSE005", "CSE012" }, composed.DisabledRules.ToArray());
    }

    [Fact]
    public void ActionOverload_FeatureOptionsShowTheConfiguredValues()
    {
        using var sp = new ServiceCollection().AddCsEtiquette(o =>
        {
            o.AgentName = "小周";
            o.DisabledRules.Add("CSE012");
            o.FollowUpWindow = TimeSpan.FromHours(6);
        }).BuildServiceProvider();
        Assert.Equal("小周", sp.GetRequiredService<IOptions<EtiquetteAssistantOptions>>().Value.AgentName);
        Assert.Equal(["CSE012"], sp.GetRequiredService<IOptions<EtiquetteLintingOptions>>().Value.DisabledRules);
        Assert.Equal(TimeSpan.FromHours(6), sp.GetRequiredService<IOptions<EtiquetteComplaintOptions>>().Value.FollowUpWindow);
    }

    [Fact]
    public void BadFeatureValue_OutsideAHost_FailsAtFirstResolve_WithTheConfigurationPath()
    {
        var config = Config(("CsEtiquette:Linting:DisabledRules:0", "CSE999"));
        using var sp = new ServiceCollection().AddCsEtiquette(config.GetSection("CsEtiquette")).BuildServiceProvider();
        var e = Assert.Throws<EtiquetteOptionsException>(() => sp.GetRequiredService<IReplyAssistant>());
        Assert.StartsWith("CsEtiquette:Linting:DisabledRules[0]: unknown rule id 'CSE999'", e.Message, StringComparison.Ordinal);
        Assert.Equal("CsEtiquette:Linting:DisabledRules", e.OptionName);
    }

    [Fact]
    public void MalformedPack_StopsTheHostAtStart_NamingTheOptionAndFile()
    {
        var pack = File("broken-rules.json", "{ \"rules\": [ { \"id\": ");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new("CsEtiquette:Packs:Rules:0", pack)]);
        builder.Services.AddCsEtiquette(builder.Configuration.GetSection("CsEtiquette"));
        using var host = builder.Build();
        var e = Assert.Throws<OptionsValidationException>(() => host.StartAsync().GetAwaiter().GetResult());
        Assert.Contains("CsEtiquette:Packs:Rules", e.Message, StringComparison.Ordinal);
        Assert.Contains("broken-rules.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoodConfiguration_HostStarts()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new("CsEtiquette:Assistant:AgentName", "小美")]);
        builder.Services.AddCsEtiquette(builder.Configuration.GetSection("CsEtiquette"));
        using var host = builder.Build();
        await host.StartAsync();
        Assert.NotNull(host.Services.GetRequiredService<IReplyAssistant>());
        await host.StopAsync();
    }

    [Fact]
    public void ReloadPacksOnChange_NewTemplatePackTakesEffect_ABrokenOneIsIgnored()
    {
        var good = File("close.json", """
            { "schemaVersion": 1, "locale": "zh-CN", "name": "test", "templates": [ { "id": "closing.general", "scenario": "结束语",
              "variants": [ "感谢您选择橙子小店，祝您生活愉快~" ] } ] }
            """);
        var broken = File("broken.json", "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"test\", \"templates\": [ { \"id\": 5 } ] }");
        var config = new ConfigurationBuilder().AddInMemoryCollection([new("CsEtiquette:Packs:ReloadOnChange", "true")]).Build();
        using var sp = new ServiceCollection().AddCsEtiquette(config.GetSection("CsEtiquette")).BuildServiceProvider();
        var renderer = sp.GetRequiredService<ITemplateRenderer>();
        Assert.NotEqual("感谢您选择橙子小店，祝您生活愉快~", renderer.Render(TemplateIds.ClosingGeneral).Text);

        config["CsEtiquette:Packs:Templates:0"] = good;
        config.Reload();
        Assert.Equal("感谢您选择橙子小店，祝您生活愉快~", renderer.Render(TemplateIds.ClosingGeneral).Text);

        config["CsEtiquette:Packs:Templates:0"] = broken;
        config.Reload();
        Assert.Equal("感谢您选择橙子小店，祝您生活愉快~", renderer.Render(TemplateIds.ClosingGeneral).Text);
    }

    [Fact]
    public void DocsSampleAppSettings_Binds_AndValidates()
    {
        var path = Path.Combine(RepoRoot(), "docs", "appsettings.sample.json");
        var config = new ConfigurationBuilder().AddJsonFile(path).Build();
        var section = config.GetSection("CsEtiquette");
        var dir = Path.GetDirectoryName(path)!;
        using var sp = new ServiceCollection().AddCsEtiquette(section, o =>
        {
            // The sample's pack paths are relative to the docs folder.
            for (var i = 0; i < o.RulePackPaths.Count; i++)
            {
                o.RulePackPaths[i] = Path.Combine(dir, o.RulePackPaths[i]);
            }
        }).BuildServiceProvider();
        var options = sp.GetRequiredService<IOptions<EtiquetteOptions>>().Value;
        Assert.Equal("小美", options.AgentName);
        Assert.NotNull(sp.GetRequiredService<IReplyAssistant>());
    }

    internal static string RepoRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !System.IO.File.Exists(Path.Combine(dir, "CsEtiquette.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("repository root not found");
    }
}
