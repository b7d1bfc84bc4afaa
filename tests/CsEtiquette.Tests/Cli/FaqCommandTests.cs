using System.Text.Json;
using CsEtiquette.Tests.Knowledge;

namespace CsEtiquette.Tests.Cli;

public sealed class FaqCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cse-faq-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Pack(string json)
    {
        var path = Path.Combine(_dir, "shop.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Fact]
    public void Faq_WritesOneMatchesLinePerQuestion_ExactShape()
    {
        var path = Pack(ShopKnowledgeTests.MinimalPack);
        var (code, stdout, _) = CliHarness.Run("赠品规则是什么\n今天天气怎么样\n\n", "faq", "--knowledge", path);
        Assert.Equal(0, code);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        using (var doc = JsonDocument.Parse(lines[0]))
        {
            var root = doc.RootElement;
            Assert.Equal(["matches"], root.EnumerateObject().Select(p => p.Name));
            var m = Assert.Single(root.GetProperty("matches").EnumerateArray());
            Assert.Equal(["id", "score"], m.EnumerateObject().Select(p => p.Name));
            Assert.Equal("gift-rules", m.GetProperty("id").GetString());
            Assert.InRange(m.GetProperty("score").GetDouble(), 0.5, 1.0);
        }

        Assert.Equal("{\"matches\":[]}", lines[1]);
        Assert.Equal("{\"matches\":[]}", lines[2]);
    }

    [Fact]
    public void Faq_Top_ReturnsUpToNBestFirst()
    {
        using var stream = typeof(CsEtiquette.Knowledge.ShopKnowledge).Assembly.GetManifestResourceStream(CsEtiquette.Knowledge.ShopKnowledge.ExampleResourceName)!;
        var path = Pack(new StreamReader(stream).ReadToEnd());
        var (code, stdout, _) = CliHarness.Run("发票开错了能重开吗\n", "faq", "--knowledge", path, "--top", "3");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var matches = doc.RootElement.GetProperty("matches").EnumerateArray().ToList();
        Assert.InRange(matches.Count, 1, 3);
        Assert.Equal("invoice-change", matches[0].GetProperty("id").GetString());
        for (var i = 1; i < matches.Count; i++)
        {
            Assert.True(matches[i - 1].GetProperty("score").GetDouble() >= matches[i].GetProperty("score").GetDouble());
        }
    }

    [Theory]
    [InlineData("faq")]
    [InlineData("faq", "--knowledge")]
    [InlineData("faq", "--knowledge", "x.json", "--top", "0")]
    [InlineData("faq", "--knowledge", "x.json", "--top", "abc")]
    [InlineData("faq", "--knowledge", "x.json", "--bogus")]
    public void Faq_BadCommandLine_ExitsTwo(params string[] args) =>
        Assert.Equal(2, CliHarness.Run(string.Empty, args).Code);

    [Fact]
    public void Faq_BadPack_ExitsOneNamingFileAndPath()
    {
        var path = Pack("""{"schemaVersion":1,"locale":"zh-CN","name":"x","entries":[{"id":"a","answer":"b"}]}""");
        var (code, _, err) = CliHarness.Run("赠品\n", "faq", "--knowledge", path);
        Assert.Equal(1, code);
        Assert.Contains(path, err, StringComparison.Ordinal);
        Assert.Contains("$.entries[0].questions", err, StringComparison.Ordinal);
        Assert.Equal(1, CliHarness.Run("赠品\n", "faq", "--knowledge", Path.Combine(_dir, "missing.json")).Code);
    }

    [Fact]
    public void Faq_Help_PrintsSynopsis()
    {
        var (code, stdout, _) = CliHarness.Run(string.Empty, "faq", "--help");
        Assert.Equal(0, code);
        Assert.Contains("--knowledge PATH", stdout, StringComparison.Ordinal);
    }
}
