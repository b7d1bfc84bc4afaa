using System.Diagnostics;
using CsEtiquette.Templates;

namespace CsEtiquette.Tests.Templates;

public sealed class TemplateLibraryTests
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 24, 9, 30, 0, TimeSpan.FromHours(8));

    private const string BrandPack = """
        {
          "schemaVersion": 1,
          "locale": "zh-CN",
          "name": "brand voice",
          "slotDefaults": { "客服名": "小橙", "处理时限": "12小时" },
          "templates": [
            {
              "id": "closing.general",
              "scenario": "结束语",
              "description": "brand closing",
              "variants": [ "感谢您选择橙子小店,祝您生活愉快~" ]
            },
            {
              "id": "brand.welcome-back",
              "scenario": "老客户问候",
              "slots": [ { "name": "会员名", "sample": "李女士" }, { "name": "客服名", "sample": "小橙" } ],
              "variants": [ "{会员名},欢迎回来~我是客服{客服名}。", "{会员名}您好,我是{客服名},很高兴再次为您服务。" ]
            }
          ]
        }
        """;

    [Fact]
    public void Default_IsLoadedOnce_AndShared() => Assert.Same(TemplateLibrary.Default, TemplateLibrary.Default);

    [Fact]
    public void Default_LoadsInUnder20Milliseconds_WhenWarm()
    {
        TemplateLibrary.LoadDefaultUncached();
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var sw = Stopwatch.StartNew();
            var library = TemplateLibrary.LoadDefaultUncached();
            sw.Stop();
            Assert.Equal(TemplateLibrary.Default.Count, library.Count);
            best = sw.Elapsed < best ? sw.Elapsed : best;
        }

        Assert.True(best < TimeSpan.FromMilliseconds(20), $"default pack load took {best.TotalMilliseconds:F2} ms");
    }

    [Fact]
    public void UserPack_OverridesById_AddsTemplates_AndSetsShopPolicyDefaults()
    {
        var library = TemplateLibrary.Default.WithPack(TemplateLibrary.Parse(BrandPack, "brand.json"));
        Assert.Equal(TemplateLibrary.Default.Count + 1, library.Count);
        Assert.Equal("brand.json", library.Get("closing.general").Source);
        Assert.Equal(["embedded:templates.zh-CN.json", "brand.json"], library.Sources);

        var renderer = new TemplateRenderer(library);
        var ctx = new RenderContext(Morning);
        Assert.Equal("感谢您选择橙子小店,祝您生活愉快~", renderer.Render("closing.general", null, ctx).Text);
        Assert.StartsWith("李女士", renderer.Render("brand.welcome-back", new Dictionary<string, string> { ["会员名"] = "李女士" }, ctx).Text, StringComparison.Ordinal);
        Assert.Contains("小橙", renderer.Render("brand.welcome-back", new Dictionary<string, string> { ["会员名"] = "李女士" }, ctx).Text, StringComparison.Ordinal);

        // Shop policy: the built-in templates pick up the pack-wide defaults.
        Assert.Equal("我们会在12小时内为您处理。", renderer.Render(TemplateIds.CommitmentProcessingTime, null, new RenderContext(Morning) { Variant = 0 }).Text);
        var greeting = library.Get(TemplateIds.GreetingTimeOfDay).Slots.Single(s => s.Name == "客服名");
        Assert.False(greeting.IsRequired);
        Assert.Equal("小橙", greeting.Default);

        // The default library is unchanged.
        Assert.Equal("我们会在24小时内为您处理。", TemplateRenderer.Default.Render(TemplateIds.CommitmentProcessingTime, null, new RenderContext(Morning) { Variant = 0 }).Text);
        Assert.True(TemplateLibrary.Default.Get(TemplateIds.GreetingTimeOfDay).Slots.Single(s => s.Name == "客服名").IsRequired);
    }

    [Fact]
    public void Load_FromFile_AndWithPackPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cse-pack-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, BrandPack);
        try
        {
            Assert.Equal(2, TemplateLibrary.Load(path).Count);
            Assert.True(TemplateLibrary.Default.WithPack(path).Contains("brand.welcome-back"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Load_MissingFile_NamesTheFile()
    {
        var ex = Assert.Throws<TemplatePackException>(() => TemplateLibrary.Load("/no/such/pack.json"));
        Assert.Equal("/no/such/pack.json", ex.PackSource);
        Assert.StartsWith("/no/such/pack.json: $:", ex.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> MalformedPacks() => new()
    {
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"templates\": [ ", "$", "malformed JSON" },
        { "[]", "$", "expected an object" },
        { "{ \"templates\": [] }", "$.schemaVersion", "missing" },
        { "{ \"schemaVersion\": 2, \"templates\": [] }", "$.schemaVersion", "must be 1" },
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\" }", "$.templates", "missing" },
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"templets\": [] }", "$.templets", "unknown property 'templets'" },
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"templates\": {} }", "$.templates", "expected an array" },
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"templates\": [ { \"scenario\": \"s\", \"variants\": [\"a\"] } ] }", "$.templates[0].id", "missing" },
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"templates\": [ { \"id\": \"Bad Id\", \"scenario\": \"s\", \"variants\": [\"a\"] } ] }", "$.templates[0].id", "not a valid id" },
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"templates\": [ { \"id\": \"a.b\", \"variants\": [\"a\"] } ] }", "$.templates[0].scenario", "missing" },
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"templates\": [ { \"id\": \"a.b\", \"scenario\": \"s\" } ] }", "$.templates[0].variants", "missing" },
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"templates\": [ { \"id\": \"a.b\", \"scenario\": \"s\", \"variants\": [] } ] }", "$.templates[0].variants", "is empty" },
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"templates\": [ { \"id\": \"a.b\", \"scenario\": \"s\", \"variants\": [\"ok\", 3] } ] }", "$.templates[0].variants[1]", "expected a string" },
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"templates\": [ { \"id\": \"a.b\", \"scenario\": \"s\", \"variants\": [\"ok\", \"您好{商品\"] } ] }", "$.templates[0].variants[1]", "unclosed '{' at offset 2" },
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"templates\": [ { \"id\": \"a.b\", \"scenario\": \"s\", \"variants\": [\"您好}\"] } ] }", "$.templates[0].variants[0]", "unmatched '}' at offset 2" },
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"templates\": [ { \"id\": \"a.b\", \"scenario\": \"s\", \"variants\": [\"{商品}\"] } ] }", "$.templates[0].variants[0]", "slot '{商品}', which is not declared" },
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"templates\": [ { \"id\": \"a.b\", \"scenario\": \"s\", \"slots\": [ { \"name\": \"x\", \"sample\": \"1\" } ], \"variants\": [\"hi\"] } ] }", "$.templates[0].slots[0]", "no variant uses it" },
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"templates\": [ { \"id\": \"a.b\", \"scenario\": \"s\", \"slots\": [ { \"name\": \"x\" } ], \"variants\": [\"{x}\"] } ] }", "$.templates[0].slots[0].sample", "missing" },
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"templates\": [ { \"id\": \"a.b\", \"scenario\": \"s\", \"slots\": [ { \"name\": \"时段\", \"sample\": \"上午\" } ], \"variants\": [\"{时段}\"] } ] }", "$.templates[0].slots[0].name", "filled automatically" },
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"templates\": [ { \"id\": \"a.b\", \"scenario\": \"s\", \"variants\": [\"a\"] }, { \"id\": \"a.b\", \"scenario\": \"s\", \"variants\": [\"b\"] } ] }", "$.templates[1].id", "duplicate id 'a.b'" },
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"slotDefaults\": { \"处理时限\": 24 } }", "$.slotDefaults.处理时限", "expected a string" },
        { "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"templates\": [ { \"id\": \"a.b\", \"scenario\": \"s\", \"variants\": [\"{ }\"] } ] }", "$.templates[0].variants[0]", "contains 'whitespace'" },
    };

    [Theory]
    [MemberData(nameof(MalformedPacks))]
    public void MalformedPack_Throws_NamingFilePathAndProblem(string json, string path, string problem)
    {
        var ex = Assert.Throws<TemplatePackException>(() => TemplateLibrary.Parse(json, "my-pack.json"));
        Assert.Equal("my-pack.json", ex.PackSource);
        Assert.Equal(path, ex.JsonPath);
        Assert.Contains(problem, ex.Problem, StringComparison.Ordinal);
        Assert.StartsWith($"my-pack.json: {path}: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateSlots_DescribeRequiredDefaultAndAutomatic()
    {
        var greeting = TemplateLibrary.Default.Get(TemplateIds.GreetingTimeOfDay);
        Assert.Equal(["客服名", "商品", "时段"], greeting.Slots.Select(s => s.Name));
        Assert.True(greeting.Slots[0].IsRequired);
        Assert.True(greeting.Slots[2].IsAutomatic);
        Assert.False(greeting.Slots[2].IsRequired);

        var handover = TemplateLibrary.Default.Get(TemplateIds.HandoverSpecialist);
        var time = handover.Slots.Single(s => s.Name == "处理时限");
        Assert.Equal("24小时", time.Default);
        Assert.False(time.IsRequired);
    }

    [Fact]
    public void Empty_HasNoTemplates_AndSuggestsNothing()
    {
        Assert.Equal(0, TemplateLibrary.Empty.Count);
        Assert.Empty(Assert.Throws<TemplateNotFoundException>(() => TemplateLibrary.Empty.Get("greeting.time-of-day")).Suggestions);
    }
}
