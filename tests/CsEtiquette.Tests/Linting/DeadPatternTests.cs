using CsEtiquette.Linting;

namespace CsEtiquette.Tests.Linting;

/// <summary>A user pack whose pattern can never produce a finding is rejected at load, naming the JSON path.</summary>
public sealed class DeadPatternTests
{
    private static string Pack(string patterns, string ruleExceptions = "") =>
        "{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"shop\",\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"patterns\":[\"亲们\"]},"
        + "{\"id\":\"B\",\"message\":\"m\",\"patterns\":[" + patterns + "]" + (ruleExceptions.Length > 0 ? ",\"exceptions\":[" + ruleExceptions + "]" : "") + "}]}";

    [Theory]
    [InlineData("\"x\",\"\"", "$.rules[1].patterns[1]", "empty")]
    [InlineData("\"x\",\"   \"", "$.rules[1].patterns[1]", "empty")]
    [InlineData("\"x\",{\"match\":\"不能 (马上|立刻)\",\"except\":[\"(我们|我)? 不能 (马上|立刻|现在)\"]}", "$.rules[1].patterns[1]", "except[0]")]
    [InlineData("{\"match\":\"不能\",\"except\":[\"不能 _?\"]}", "$.rules[1].patterns[0]", "matches everywhere")]
    [InlineData("{\"match\":\"不能 <num> 天\"}", "$.rules[1].patterns[0]", "exceptions[0]", "{\"match\":\"不能 <num> (天|小时)\",\"scope\":\"reply\"}")]
    [InlineData("\"x\",\"不能 了? 哦\"", "$.rules[1].patterns[1]", "exceptions[0]", "{\"match\":\"不能 了? (哦|呢)\",\"scope\":\"sentence\"}")]
    [InlineData("\"(不能|无法) 了?\",\"无法\"", "$.rules[1].patterns[1]", "earlier pattern at $.rules[1].patterns[0]")]
    [InlineData("\"x\",\"a? b? c? d? e? f? g? h? i? j? k? l\"", "$.rules[1].patterns[1]", "11 optional elements")]
    public void Parse_PatternThatCanNeverMatch_IsRejectedWithItsPath(string patterns, string path, string problem, string ruleExceptions = "")
    {
        var ex = Assert.Throws<RulePackException>(() => RulePack.Parse(Pack(patterns, ruleExceptions), "shop-rules.json"));
        Assert.StartsWith(path, ex.JsonPath);
        Assert.Contains(problem, ex.Message);
        Assert.StartsWith($"shop-rules.json: {path}", ex.Message);
    }

    [Theory]
    [InlineData("{\"match\":\"不能\",\"except\":[\"不能 (退|换)\"]}")]                 // the antipattern covers only some matches
    [InlineData("{\"match\":\"不能 改\",\"except\":[\"不能 _\"]}")]                       // _ needs 改 to be one token: not provably dead
    [InlineData("\"无法\",\"(不能|无法)\"")]                                               // the later pattern matches more
    [InlineData("{\"match\":\"无法\",\"except\":[\"x\"]},\"无法\"")]                      // the earlier one has exceptions of its own
    [InlineData("{\"match\":\"不能 <num>\",\"except\":[\"不能 <num> 天\"]}")]
    [InlineData("{\"match\":\"(我|我们)? 不能\",\"except\":[\"我们 不能\"]}")]
    public void Parse_PatternThatCanMatch_Loads(string patterns)
    {
        var pack = RulePack.Parse(Pack(patterns), "shop-rules.json");
        Assert.Equal(2, pack.Rules.Count);
    }

    [Fact]
    public void EmbeddedPacks_HaveNoDeadPattern()
    {
        // Loading runs the check; the default and compliance packs had one shadowed duplicate each before it existed.
        Assert.NotEmpty(RulePack.Default.Rules);
        Assert.NotEmpty(RulePack.Compliance.Rules);
        Assert.NotEmpty(RulePack.LiveStream.Rules);
    }

    [Fact]
    public void DeadPattern_InAnExtraPackFile_FailsTheLinterConstruction()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cse-dead-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Pack("\"x\",{\"match\":\"不能\",\"except\":[\"不能\"]}"));
        try
        {
            var ex = Assert.Throws<RulePackException>(() => new ReplyLinter(new LintOptions { ExtraPackPaths = [path] }));
            Assert.Equal(path, ex.PackSource);
            Assert.Equal("$.rules[1].patterns[1]", ex.JsonPath);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
