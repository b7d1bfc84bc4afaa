using System.Text.Json;

namespace CsEtiquette.Tests.Cli;

public sealed class LintCommandTests
{
    [Fact]
    public void Json_OneObjectPerLine_WithExactFieldNames_AndUnescapedCjk()
    {
        var (code, output, err) = CliHarness.Run("我们不能马上解决\n您好，请问有什么可以帮到您？\n", "lint", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal("{\"findings\":[{\"rule\":\"CSE001\",\"start\":0,\"length\":8,\"severity\":\"warning\",\"message\":\"避免负面词汇（不能、没办法、解决不了…），改为积极的处理承诺。\",\"fixes\":[\"我们会在24小时内为您处理\"],\"line\":1,\"text\":\"我们不能马上解决\"}]}", lines[0]);
        Assert.Equal("{\"findings\":[]}", lines[1]);

        using var doc = JsonDocument.Parse(lines[0]);
        var f = doc.RootElement.GetProperty("findings")[0];
        Assert.Equal(["rule", "start", "length", "severity", "message", "fixes", "line", "text"], f.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Json_EscapesQuotesAndControls_AndStaysParseable()
    {
        var (code, output, _) = CliHarness.Run("我帮你看\"好\"\t😀\n", "lint", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output.Trim());
        var rules = doc.RootElement.GetProperty("findings").EnumerateArray().Select(e => e.GetProperty("rule").GetString()).ToArray();
        Assert.Contains("CSE005", rules);
        Assert.Contains("CSE011", rules);
    }

    [Theory]
    [InlineData("您好", "\"您好\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("\t\n\u0001", "\"\\t\\n\\u0001\"")]
    [InlineData("😀", "\"😀\"")]
    public void JsonStrings_KeepCjkAndEmoji_EscapeOnlyWhatJsonNeeds(string value, string expected) =>
        AssertJsonString(value, expected);

    [Fact]
    public void JsonStrings_EscapeLoneSurrogates() =>
        AssertJsonString(new string(['\uD800', 'x']), "\"\\ud800x\"");

    private static void AssertJsonString(string value, string expected)
    {
        var sb = new System.Text.StringBuilder();
        CsEtiquette.Cli.CliJson.AppendString(sb, value);
        Assert.Equal(expected, sb.ToString());
    }

    [Fact]
    public void Complaint_Flag_EnablesEmpathyRule()
    {
        var (_, plain, _) = CliHarness.Run("请提供订单号\n", "lint", "--format", "json");
        var (_, complaint, _) = CliHarness.Run("请提供订单号\n", "lint", "--format", "json", "--complaint");
        Assert.Equal("{\"findings\":[]}", plain.Trim());
        Assert.Contains("\"rule\":\"CSE009\",\"start\":0,\"length\":0", complaint);
    }

    [Fact]
    public void Text_Format_ShowsLineOffsetsRuleAndFix()
    {
        var (code, output, _) = CliHarness.Run("您好\n你好\n", "lint");
        Assert.Equal(0, code);
        Assert.Equal("1: ok\n2:0+2 CSE005 warning 「你好」 称呼客户请用敬称“您”，不要用“你”。\n    fix: 您好\n", output);
    }

    [Fact]
    public void Rules_ExtraPack_IsApplied()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cse-shop-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "schemaVersion": 1, "locale": "zh-CN", "name": "test", "rules": [ { "id": "SHOP001", "message": "不要说亲亲", "patterns": [ { "match": "亲亲", "replace": "您" } ] } ] }""");
        try
        {
            var (code, output, _) = CliHarness.Run("亲亲在吗\n", "lint", "--format", "json", "--rules", path);
            Assert.Equal(0, code);
            Assert.Contains("\"rule\":\"SHOP001\"", output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Rules_MalformedPack_IsDataError_NamingFileAndPath()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cse-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "schemaVersion": 1, "locale": "zh-CN", "name": "test", "rules": [ { "id": "X", "message": "m", "patterns": [ "(a|b" ] } ] }""");
        try
        {
            var (code, output, err) = CliHarness.Run("你好\n", "lint", "--rules", path);
            Assert.Equal(1, code);
            Assert.Equal(string.Empty, output);
            Assert.Contains(path, err);
            Assert.Contains("$.rules[0].patterns[0]", err);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--frobnicate")]
    [InlineData("--rules")]
    public void BadArguments_AreUsageErrors(params string[] args)
    {
        var (code, _, err) = CliHarness.Run("你好\n", ["lint", .. args]);
        Assert.Equal(2, code);
        Assert.StartsWith("cse lint:", err);
    }

    [Fact]
    public void PositionalArgument_IsAnInputFile_MissingExits1()
    {
        // Since `cse lint [FILE…]` (issue 19) a positional argument is a file; a missing one is a data error.
        var (code, _, err) = CliHarness.Run("你好\n", "lint", "draft-as-argument");
        Assert.Equal(1, code);
        Assert.StartsWith("cse lint:", err);
    }

    [Fact]
    public void EmptyInput_WritesNothing()
    {
        var (code, output, _) = CliHarness.Run(string.Empty, "lint", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, output);
    }
}
