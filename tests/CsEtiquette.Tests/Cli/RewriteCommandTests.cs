using System.Text.Json;

namespace CsEtiquette.Tests.Cli;

public sealed class RewriteCommandTests
{
    [Fact]
    public void Json_ExactFieldNames_UnescapedCjk_OriginalOffsets()
    {
        var (code, output, err) = CliHarness.Run("我们不能马上解决\n您好\n", "rewrite", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal("{\"text\":\"我们会在24小时内为您处理\",\"edits\":[{\"rule\":\"CSE001\",\"start\":0,\"length\":8,\"replacement\":\"我们会在24小时内为您处理\"}],\"suggestions\":[]}", lines[0]);
        Assert.Equal("{\"text\":\"您好\",\"edits\":[],\"suggestions\":[]}", lines[1]);
        using var doc = JsonDocument.Parse(lines[0]);
        Assert.Equal(["text", "edits", "suggestions"], doc.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["rule", "start", "length", "replacement"], doc.RootElement.GetProperty("edits")[0].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Json_Suggestions_ExactFieldNames_ForAFindingThatNeedsAHuman()
    {
        var (code, output, _) = CliHarness.Run("可能是仓库发错了\n", "rewrite", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output.TrimEnd('\n'));
        var suggestions = doc.RootElement.GetProperty("suggestions");
        Assert.True(suggestions.GetArrayLength() >= 1, output);
        Assert.Equal(["rule", "start", "length", "text"], suggestions[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("CSE003", suggestions[0].GetProperty("rule").GetString());
        Assert.Equal(0, suggestions[0].GetProperty("start").GetInt32());
        Assert.False(string.IsNullOrEmpty(suggestions[0].GetProperty("text").GetString()));
    }

    [Fact]
    public void Slots_AreUsed_ByFixes()
    {
        var (code, output, _) = CliHarness.Run("我们不能马上解决，过几天就到\n这个商品没货了\n", "rewrite", "--slot", "处理时限=2小时", "--slot", "到货时间=3天内", "--slot", "替代商品=XX款");
        Assert.Equal(0, code);
        Assert.Equal("我们会在2小时内为您处理，预计3天内就到\n这款商品目前确实缺货，不过同系列的XX款功能类似，且今天下单可优先发货，您是否愿意了解？\n", output);
    }

    [Fact]
    public void Text_Format_WritesOneRewrittenDraftPerLine()
    {
        var (code, output, _) = CliHarness.Run("你好\n\n木有了\n", "rewrite");
        Assert.Equal(0, code);
        Assert.Equal("您好\n\n没有了\n", output);
    }

    [Theory]
    [InlineData("--slot", "novalue")]
    [InlineData("--format", "yaml")]
    [InlineData("--complaint")]
    public void BadArguments_AreUsageErrors(params string[] args)
    {
        var (code, _, err) = CliHarness.Run("你好\n", ["rewrite", .. args]);
        Assert.Equal(2, code);
        Assert.StartsWith("cse rewrite:", err);
    }
}
