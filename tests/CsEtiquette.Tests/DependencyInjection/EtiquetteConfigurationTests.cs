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
            ("CsEtiquette:AgentName", "阿杰"),
            ("CsEtiquette:DisabledRules:0", "CSE005"),
            ("CsEtiquette:FollowUpWindow", "12:00:00"),
            ("CsEtiquette:Policy:ProcessingTime", "48小时"),
            ("CsEtiquette:Policy:SolutionOptions:0", "补发"),
            ("CsEtiquette:Policy:SolutionOptions:1", "退款"));
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
        var config = Config(("CsEtiquette:AgentName", "阿杰"));
        using var sp = new ServiceCollection().AddCsEtiquette(config.GetSection("CsEtiquette"), o => o.AgentName = "小美").BuildServiceProvider();
        Assert.Equal("小美", sp.GetRequiredService<IOptions<EtiquetteOptions>>().Value.AgentName);
    }

    [Theory]
    [InlineData("CsEtiquette:AgentNam", "x", "CsEtiquette:AgentNam is not an EtiquetteOptions setting")]
    [InlineData("CsEtiquette:FollowUpWindow", "a day", "CsEtiquette:FollowUpWindow must be a time span")]
    [InlineData("CsEtiquette:Policy:Refund", "x", "CsEtiquette:Policy:Refund is not a ShopPolicy setting")]
    [InlineData("CsEtiquette:AgentName", " ", "EtiquetteOptions.AgentName")]
    [InlineData("CsEtiquette:DisabledRules:0", "CSE999", "EtiquetteOptions.DisabledRules")]
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
    public void MalformedPack_StopsTheHostAtStart_NamingTheOptionAndFile()
    {
        var pack = File("broken-rules.json", "{ \"rules\": [ { \"id\": ");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new("CsEtiquette:RulePackPaths:0", pack)]);
        builder.Services.AddCsEtiquette(builder.Configuration.GetSection("CsEtiquette"));
        using var host = builder.Build();
        var e = Assert.Throws<OptionsValidationException>(() => host.StartAsync().GetAwaiter().GetResult());
        Assert.Contains("EtiquetteOptions.RulePackPaths", e.Message, StringComparison.Ordinal);
        Assert.Contains("broken-rules.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoodConfiguration_HostStarts()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new("CsEtiquette:AgentName", "小美")]);
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
        var config = new ConfigurationBuilder().AddInMemoryCollection([new("CsEtiquette:ReloadPacksOnChange", "true")]).Build();
        using var sp = new ServiceCollection().AddCsEtiquette(config.GetSection("CsEtiquette")).BuildServiceProvider();
        var renderer = sp.GetRequiredService<ITemplateRenderer>();
        Assert.NotEqual("感谢您选择橙子小店，祝您生活愉快~", renderer.Render(TemplateIds.ClosingGeneral).Text);

        config["CsEtiquette:TemplatePackPaths:0"] = good;
        config.Reload();
        Assert.Equal("感谢您选择橙子小店，祝您生活愉快~", renderer.Render(TemplateIds.ClosingGeneral).Text);

        config["CsEtiquette:TemplatePackPaths:0"] = broken;
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
