using CsEtiquette.Linting;

namespace CsEtiquette.Tests.Linting;

public sealed class RulePackTests
{
    [Fact]
    public void Default_Loads_AndItsSlotDefaultsComeFromShopPolicy()
    {
        Assert.Equal(12, RulePack.Default.Rules.Count);
        // The shop facts live once, in ShopPolicy (#13): the pack no longer repeats them, the linter still fills them.
        Assert.False(RulePack.Default.SlotDefaults.ContainsKey("处理时限"));
        Assert.Equal("24小时", ReplyLinter.Default.SlotDefaults["处理时限"]);
        Assert.Equal(ShopPolicy.Default.ProcessingTime, ReplyLinter.Default.SlotDefaults["处理时限"]);
        Assert.Equal(ShopPolicy.Default.RefundTime, ReplyLinter.Default.SlotDefaults["到账时间"]);
        Assert.All(RulePack.Default.Rules, r => Assert.False(string.IsNullOrEmpty(r.MessageEn)));
    }

    [Theory]
    [InlineData("{ \"rules\": [ ", "$", "malformed JSON")]
    [InlineData("[]", "$", "expected an object")]
    [InlineData("{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"test\"}", "$.rules", "'rules' is missing")]
    [InlineData("{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"test\",\"rules\":[{\"message\":\"m\",\"patterns\":[\"x\"]}]}", "$.rules[0].id", "'id' is missing")]
    [InlineData("{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"test\",\"rules\":[{\"id\":\"A\",\"patterns\":[\"x\"]}]}", "$.rules[0].message", "'message' is missing")]
    [InlineData("{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"test\",\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"severity\":\"fatal\",\"patterns\":[\"x\"]}]}", "$.rules[0].severity", "'fatal'")]
    [InlineData("{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"test\",\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"patterns\":[\"(不能|无法\"]}]}", "$.rules[0].patterns[0]", "unbalanced '('")]
    [InlineData("{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"test\",\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"patterns\":[{\"match\":\"a|\"}]}]}", "$.rules[0].patterns[0].match", "empty alternative")]
    [InlineData("{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"test\",\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"patterns\":[{\"match\":\"a?\"}]}]}", "$.rules[0].patterns[0].match", "every element is optional")]
    [InlineData("{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"test\",\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"patterns\":[{\"match\":\"a\",\"replace\":[\"{时限\"]}]}]}", "$.rules[0].patterns[0].replace[0]", "unclosed '{'")]
    [InlineData("{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"test\",\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"patterns\":[{\"match\":\"a\",\"replace\":\"{$2}\"}]}]}", "$.rules[0].patterns[0].replace", "only 1 elements")]
    [InlineData("{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"test\",\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"patterns\":[{\"match\":\"a\",\"replace\":[3]}]}]}", "$.rules[0].patterns[0].replace[0]", "expected a string, found a number")]
    [InlineData("{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"test\",\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"detector\":\"magic\"}]}", "$.rules[0].detector", "unknown detector 'magic'")]
    [InlineData("{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"test\",\"rules\":[{\"id\":\"A\",\"message\":\"m\"}]}", "$.rules[0].patterns", "at least one pattern")]
    [InlineData("{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"test\",\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"patterns\":[\"x\"],\"exceptions\":[{\"match\":\"x\",\"scope\":\"page\"}]}]}", "$.rules[0].exceptions[0].scope", "'page'")]
    [InlineData("{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"test\",\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"patterns\":[\"x\"]},{\"id\":\"A\",\"message\":\"m\",\"patterns\":[\"y\"]}]}", "$.rules[1].id", "duplicate rule id 'A'")]
    [InlineData("{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"test\",\"slots\":{\"处理时限\":24},\"rules\":[]}", "$.slots.处理时限", "expected a string")]
    public void Parse_Malformed_NamesSourcePathAndProblem(string json, string path, string problem)
    {
        var ex = Assert.Throws<RulePackException>(() => RulePack.Parse(json, "shop-rules.json"));
        Assert.Equal("shop-rules.json", ex.PackSource);
        Assert.StartsWith(path, ex.JsonPath);
        Assert.Contains(problem, ex.Problem);
        Assert.StartsWith($"shop-rules.json: {path}", ex.Message);
    }

    [Fact]
    public void Load_MissingFile_NamesTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cse-missing-{Guid.NewGuid():N}.json");
        var ex = Assert.Throws<RulePackException>(() => RulePack.Load(path));
        Assert.Contains(path, ex.Message);
    }

    [Fact]
    public void Load_MalformedFile_NamesFilePathAndProblem_AlsoThroughLintOptions()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cse-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"test\",\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"patterns\":[{\"match\":\"(a\"}]}]}");
        try
        {
            var ex = Assert.Throws<RulePackException>(() => new ReplyLinter(new LintOptions { ExtraPackPaths = [path] }));
            Assert.Equal(path, ex.PackSource);
            Assert.Equal("$.rules[0].patterns[0].match", ex.JsonPath);
            Assert.Contains("unbalanced", ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Parse_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => RulePack.Parse(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => RulePack.Load(null!));
    }

    [Fact]
    public void Empathy_DetectorWithoutDefaultSentence_IsRejectedWhenCompiled()
    {
        var pack = RulePack.Parse("""{"schemaVersion":1,"locale":"zh-CN","name":"test","rules":[{"id":"E","message":"m","detector":"empathy","markers":{"empathy":["抱歉"]}}]}""", "e.json");
        var ex = Assert.Throws<RulePackException>(() => new ReplyLinter(new LintOptions { IncludeDefaultPack = false, ExtraPacks = [pack] }));
        Assert.Contains("e.json", ex.Message);
        Assert.Contains("sentences.default", ex.Message);
    }

    [Fact]
    public void DefaultPack_ReplacementsAndEmpathySentences_LintClean()
    {
        // Our own fixes must follow our own rules, or rewriting would not converge.
        var linter = ReplyLinter.Default;
        var slots = new Dictionary<string, string> { ["替代商品"] = "XX款", ["到货时间"] = "3天内" };
        foreach (var text in new[]
        {
            "我们会在24小时内为您处理",
            "您的问题我已详细记录，我会立即反馈给相关专业团队，他们会在24小时内与您联系处理",
            "这款商品目前暂时售罄，我们已将您的需求记录，到货后会第一时间通知您，您看可以吗？",
            "这款商品目前确实缺货，不过同系列的XX款功能类似，且今天下单可优先发货，您是否愿意了解？",
            "这个问题我马上帮您转给负责的同事跟进",
            "我这边马上为您核实一下。",
            "我们马上为您核实并跟进",
            "根据平台规则，我来为您详细说明处理依据",
            "给您带来不好的体验非常抱歉，我们马上核实情况。",
            "您的心情我非常理解，给您带来不好的体验非常抱歉。",
            "非常理解您着急的心情，我们马上为您处理。",
            "您遇到这样的情况一定很失望，换作是我也会非常着急，非常抱歉。",
            "非常抱歉给您带来不好的体验，我们马上为您核实。",
        })
        {
            var report = linter.Lint(text, new LintContext { Slots = slots });
            Assert.True(!report.HasFindings, $"{text}: {string.Join(", ", report.Findings.Select(f => f.RuleId + " " + f.MatchedText))}");
        }

        foreach (var emotion in Enum.GetValues<CustomerEmotion>())
        {
            var context = new LintContext { IsComplaint = true, CustomerEmotion = emotion };
            var sentence = linter.Lint(string.Empty, context).Findings.Single().AutomaticFix!;
            Assert.Empty(linter.Lint(sentence, context).Findings);
        }
    }
}
