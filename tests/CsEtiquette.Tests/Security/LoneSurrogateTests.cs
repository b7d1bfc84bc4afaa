using CsEtiquette.Analysis;
using CsEtiquette.Insights;
using CsEtiquette.Linting;
using CsEtiquette.Templates;
using CsEtiquette.Tests.Cli;

namespace CsEtiquette.Tests.Security;

/// <summary>Issue #17 defect 1: an escaped lone surrogate is a counted bad line or a pack error, never a crash.</summary>
public sealed class LoneSurrogateTests
{
    private const string Good = "{\"conversation\":\"c1\",\"role\":\"customer\",\"text\":\"在吗\",\"at\":\"2026-11-24T10:00:00Z\"}";

    [Theory]
    [InlineData("{\"conversation\":\"c1\",\"role\":\"customer\",\"text\":\"\\ud800\",\"at\":\"2026-11-24T10:00:01Z\"}", "text")]
    [InlineData("{\"conversation\":\"c1\",\"role\":\"agent\",\"agent\":\"\\udc00\",\"text\":\"您好\",\"at\":\"2026-11-24T10:00:01Z\"}", "agent")]
    public void ChatLog_LoneSurrogate_IsABadLine(string line, string field)
    {
        var reader = new ChatLogReader(new StringReader(Good + "\n" + line + "\n"), ChatLogFormat.JsonLines);
        var entries = reader.ReadAll().ToList();
        Assert.Equal(2, entries.Count);
        Assert.NotNull(entries[0].Message);
        Assert.Null(entries[1].Message);
        Assert.Contains($"field '{field}'", entries[1].Error, StringComparison.Ordinal);
        Assert.Contains("lone surrogate", entries[1].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_WithLoneSurrogateLine_CountsItAndFinishes()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cse-sur-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, Good + "\n{\"conversation\":\"c1\",\"role\":\"customer\",\"text\":\"\\ud800\",\"at\":\"2026-11-24T10:00:01Z\"}\n");
        try
        {
            var (code, _, err) = CliHarness.Run("", "report", path);
            Assert.Equal(0, code);
            Assert.Contains(":2: field 'text' holds an escaped lone surrogate", err, StringComparison.Ordinal);
            var (strictCode, _, strictErr) = CliHarness.Run("", "report", path, "--strict");
            Assert.Equal(1, strictCode);
            Assert.Contains("lone surrogate", strictErr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void RulePack_LoneSurrogate_IsAPackErrorNamingTheSource()
    {
        var ex = Assert.Throws<RulePackException>(() => RulePack.Parse("{\n \"name\": \"\\ud800\"\n}", "my-rules.json"));
        Assert.Contains("my-rules.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TemplatePack_LoneSurrogate_IsAPackErrorNamingTheSource()
    {
        var ex = Assert.Throws<TemplatePackException>(() => TemplateLibrary.Parse("{\"schemaVersion\":1,\"name\":\"\\udc00x\"}", "shop.json"));
        Assert.Contains("shop.json", ex.Message, StringComparison.Ordinal);
        Assert.Contains("lone surrogate", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnalysisLexicon_LoneSurrogate_IsALexiconErrorNamingTheSource()
    {
        var ex = Assert.Throws<AnalysisLexiconException>(() => AnalysisLexicon.Parse("{\"emotions\":{\"\\ud83d\":\"Angry\"}}", "lex.json"));
        Assert.Contains("lex.json", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"\\ud83d\\ude00\"", 0)] // a proper pair
    [InlineData("\"\\\\ud800\"", 0)] // an escaped backslash, then plain text
    [InlineData("\"\\ud800\"", 1)]
    [InlineData("\"a\\ud800\\u0041\"", 1)]
    [InlineData("\n\n\"\\udfff\"", 3)]
    public void LoneSurrogateScan_FindsTheLine(string json, int line) =>
        Assert.Equal(line, CsEtiquette.Internal.PackFile.FindLoneSurrogateEscape(json));

    [Theory]
    [InlineData("lint", "--rules")]
    [InlineData("analyze", "--lexicon")]
    public void Cli_PackWithLoneSurrogate_ExitsOneNamingThePath(string command, string option)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cse-sur-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"name\":\"\\ud800\"}");
        try
        {
            var (code, _, err) = CliHarness.Run("你好\n", command, option, path);
            Assert.Equal(1, code);
            Assert.Contains(path, err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
