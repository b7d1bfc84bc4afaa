using System.Text.Json;
using CsEtiquette.Templates;

namespace CsEtiquette.Tests.Cli;

public sealed class TemplateCommandTests
{
    [Fact]
    public void List_ShowsEveryIdScenarioAndSlots()
    {
        var (code, output, err) = CliHarness.Run("", "template", "list");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        foreach (var id in TemplateLibrary.Default.Ids)
        {
            Assert.Contains(id, output, StringComparison.Ordinal);
        }

        var greeting = output.Split('\n').Single(l => l.StartsWith("greeting.time-of-day ", StringComparison.Ordinal));
        Assert.Contains("开场问候", greeting, StringComparison.Ordinal);
        Assert.Contains("客服名*", greeting, StringComparison.Ordinal);
        Assert.Contains("时段(auto)", greeting, StringComparison.Ordinal);
    }

    [Fact]
    public void List_Json_IsOneObjectPerTemplate()
    {
        var (code, output, _) = CliHarness.Run("", "template", "list", "--format", "json");
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(TemplateLibrary.Default.Count, lines.Length);
        using var doc = JsonDocument.Parse(lines[0]);
        Assert.Equal(TemplateLibrary.Default.Ids[0], doc.RootElement.GetProperty("id").GetString());
        Assert.True(doc.RootElement.GetProperty("variants").GetInt32() >= 3);
    }

    [Fact]
    public void Render_WithSlotsTimeAndVariant()
    {
        var (code, output, err) = CliHarness.Run("", "template", "render", "greeting.time-of-day",
            "--slot", "客服名=小王", "--slot", "商品=保温杯", "--at", "2026-11-24T09:30:00+08:00", "--variant", "0");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        Assert.Equal("上午好！我是客服小王，看到您咨询的是保温杯，请问有什么可以帮到您？\n", output);
    }

    [Fact]
    public void Render_SameSeedAndTurn_IsStable_AndVoiceJsonHasSpeakingTime()
    {
        string[] args = ["template", "render", "greeting.time-of-day", "--slot", "客服名=小王", "--slot", "商品=保温杯",
            "--at", "2026-11-24T20:00:00+08:00", "--seed", "42", "--turn", "3", "--channel", "voice", "--format", "json"];
        var first = CliHarness.Run("", args);
        var second = CliHarness.Run("", args);
        Assert.Equal(0, first.Code);
        Assert.Equal(first.Out, second.Out);
        using var doc = JsonDocument.Parse(first.Out);
        var text = doc.RootElement.GetProperty("text").GetString()!;
        Assert.Contains("晚上好", text, StringComparison.Ordinal);
        Assert.DoesNotContain("~", text, StringComparison.Ordinal);
        Assert.Equal("voice", doc.RootElement.GetProperty("channel").GetString());
        Assert.True(doc.RootElement.GetProperty("speakingSeconds").GetDouble() > 0);
    }

    [Fact]
    public void Render_ChoicesAndSteps()
    {
        var (code, output, _) = CliHarness.Run("", "template", "render", "choice.offer", "--option", "为您办理退货退款", "--option", "为您补发一件新的商品", "--variant", "0");
        Assert.Equal(0, code);
        Assert.Equal("关于您的订单问题，目前有两种处理方式：一是为您办理退货退款，二是为您补发一件新的商品。您更倾向于哪种方式呢？\n", output);

        (code, output, _) = CliHarness.Run("", "template", "render", "steps.structured", "--step", "提供订单号", "--step", "上传照片", "--variant", "0");
        Assert.Equal(0, code);
        Assert.Contains("首先，提供订单号；其次，上传照片", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_UnknownTemplate_Exits1_WithSuggestionsOnStderr()
    {
        var (code, output, err) = CliHarness.Run("", "template", "render", "empathy.damaged");
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("empathy.damaged-item", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_MissingSlot_Exits1_NamingEverySlot()
    {
        var (code, _, err) = CliHarness.Run("", "template", "render", "greeting.time-of-day");
        Assert.Equal(1, code);
        Assert.Contains("客服名", err, StringComparison.Ordinal);
        Assert.Contains("商品", err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("template")]
    [InlineData("template", "frob")]
    [InlineData("template", "render")]
    [InlineData("template", "render", "a.b", "c.d")]
    [InlineData("template", "render", "closing.general", "--at", "yesterday")]
    [InlineData("template", "render", "closing.general", "--seed", "x")]
    [InlineData("template", "render", "closing.general", "--turn", "-1")]
    [InlineData("template", "render", "closing.general", "--channel", "fax")]
    [InlineData("template", "render", "closing.general", "--slot", "novalue")]
    [InlineData("template", "render", "closing.general", "--variant", "9")]
    [InlineData("template", "render", "choice.offer", "--option", "只有一个")]
    [InlineData("template", "render", "closing.general", "--option", "a", "--option", "b")]
    [InlineData("template", "list", "extra")]
    [InlineData("template", "list", "--bogus")]
    public void UsageErrors_Exit2(params string[] args)
    {
        var (code, _, err) = CliHarness.Run("", args);
        Assert.Equal(2, code);
        Assert.NotEqual(string.Empty, err);
    }

    [Fact]
    public void Pack_OverridesTemplates_AndMalformedPackExits1()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cse-cli-pack-{Guid.NewGuid():N}.json");
        try
        {
            File.WriteAllText(path, """{ "schemaVersion": 1, "locale": "zh-CN", "name": "test", "templates": [ { "id": "closing.general", "scenario": "结束语", "variants": ["感谢光临橙子小店。"] } ] }""");
            var (code, output, _) = CliHarness.Run("", "template", "render", "closing.general", "--pack", path);
            Assert.Equal(0, code);
            Assert.Equal("感谢光临橙子小店。\n", output);

            File.WriteAllText(path, """{ "schemaVersion": 1, "locale": "zh-CN", "name": "test", "templates": [ { "id": "closing.general", "scenario": "结束语", "variants": ["{oops"] } ] }""");
            (code, _, var err) = CliHarness.Run("", "template", "list", "--pack", path);
            Assert.Equal(1, code);
            Assert.Contains(path, err, StringComparison.Ordinal);
            Assert.Contains("$.templates[0].variants[0]", err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Show_PrintsSlotsAndVariants()
    {
        var (code, output, _) = CliHarness.Run("", "template", "show", "apology.general");
        Assert.Equal(0, code);
        Assert.Contains("答复时限", output, StringComparison.Ordinal);
        Assert.Contains("[0] 给您带来不好的体验非常抱歉", output, StringComparison.Ordinal);
    }
}
