using CsEtiquette.Linting;

namespace CsEtiquette.Tests.Linting;

public sealed class ReplyLinterTests
{
    private static readonly ReplyLinter Linter = ReplyLinter.Default;

    [Fact]
    public void Lint_Null_Throws() => Assert.Throws<ArgumentNullException>(() => Linter.Lint(null!));

    [Fact]
    public void Lint_Empty_HasNoFindings() => Assert.Empty(Linter.Lint(string.Empty).Findings);

    [Fact]
    public void Default_HasRulesCse001ToCse012()
    {
        // The compliance pack (CSP001–CSP005) follows the default pack's rules.
        var ids = Linter.Rules.Select(r => r.Id).Where(id => id.StartsWith("CSE", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"CSE{i:000}"), ids);
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"CSP{i:000}"), Linter.Rules.Skip(12).Select(r => r.Id));
    }

    [Fact]
    public void Finding_OffsetsAndMatchedText_AgreeWithDraft()
    {
        const string draft = "你好，这个商品没货了，我们会尽快处理";
        var report = Linter.Lint(draft);
        Assert.Equal(["CSE005", "CSE002", "CSE008"], report.Findings.Select(f => f.RuleId));
        foreach (var f in report.Findings)
        {
            Assert.Equal(draft.Substring(f.Start, f.Length), f.MatchedText);
        }

        Assert.Equal(report.Findings.OrderBy(f => f.Start), report.Findings);
    }

    [Theory]
    [InlineData("这个不行李箱很轻")]  // 不|行李箱: 不行 straddles a token boundary
    [InlineData("大概率是天气原因")]  // 大|概率
    [InlineData("这款迷你音箱很受欢迎")] // 迷你
    [InlineData("尽可能满足您的需求")]  // 尽可能
    public void Lint_DoesNotMatch_AcrossTokenBoundaries(string draft) => Assert.Empty(Linter.Lint(draft).Findings);

    [Fact]
    public void Lint_Ignores_QuotedCustomerWords()
    {
        Assert.Empty(Linter.Lint("您说“你们怎么还不发货”，我们马上为您查询。").Findings);
        Assert.Empty(Linter.Lint("您提到「没办法登录」，我们马上为您核实。").Findings);
        Assert.Single(Linter.Lint("你说“没办法登录”，我们马上为您核实。").Findings); // 你 outside the quote
    }

    [Fact]
    public void Complaint_WithoutEmpathy_IsFlaggedAtStart_WithInsertion()
    {
        var f = Assert.Single(Linter.Lint("请提供订单号", new LintContext { IsComplaint = true }).Findings);
        Assert.Equal(("CSE009", 0, 0), (f.RuleId, f.Start, f.Length));
        Assert.Contains("抱歉", f.AutomaticFix);
    }

    [Theory]
    [InlineData("非常抱歉，请提供订单号")]
    [InlineData("您的心情我理解，请提供订单号")]
    [InlineData("不好意思让您久等了")]
    [InlineData("给您带来不便，请您谅解")]
    public void Complaint_WithEmpathy_IsNotFlagged(string draft) =>
        Assert.Empty(Linter.Lint(draft, new LintContext { IsComplaint = true }).Findings);

    [Theory]
    [InlineData(CustomerEmotion.Angry, "抱歉")]
    [InlineData(CustomerEmotion.Anxious, "着急")]
    [InlineData(CustomerEmotion.Disappointed, "换作是我")]
    public void UpsetCustomer_GetsEmotionSpecificEmpathy(CustomerEmotion emotion, string expected)
    {
        var f = Assert.Single(Linter.Lint("请提供订单号", new LintContext { CustomerEmotion = emotion }).Findings);
        Assert.Contains(expected, f.AutomaticFix);
    }

    [Theory]
    [InlineData(CustomerEmotion.Neutral)]
    [InlineData(CustomerEmotion.Satisfied)]
    [InlineData(CustomerEmotion.Unknown)]
    public void CalmCustomer_NeedsNoEmpathy(CustomerEmotion emotion) =>
        Assert.Empty(Linter.Lint("请提供订单号", new LintContext { CustomerEmotion = emotion }).Findings);

    [Fact]
    public void EmpathySentence_ComesFromTheTemplateLibrary()
    {
        var expected = CsEtiquette.Templates.TemplateRenderer.Default.Render(
            "apology.general", null, new CsEtiquette.Templates.RenderContext(DateTimeOffset.UnixEpoch) { Variant = 0 }).Text;
        Assert.Equal(expected, Linter.Lint("请提供订单号", new LintContext { IsComplaint = true }).Findings[0].AutomaticFix);
        Assert.DoesNotContain("~", Linter.Lint("请提供订单号", new LintContext { IsComplaint = true, Channel = ReplyChannel.Voice }).Findings[0].AutomaticFix);
    }

    [Theory]
    [InlineData("no.such-template", "cannot be rendered")]
    [InlineData("apology.general#9", "cannot be rendered")]
    [InlineData("apology.general#x", "template-id#variant")]
    public void EmpathyTemplate_Invalid_IsRejectedNamingThePath(string spec, string problem)
    {
        var json = """{"schemaVersion":1,"locale":"zh-CN","name":"test","rules":[{"id":"E","message":"m","detector":"empathy","markers":{"empathy":["抱歉"]},"settings":{"templates":{"default":"SPEC"}}}]}""".Replace("SPEC", spec, StringComparison.Ordinal);
        var pack = RulePack.Parse(json, "e.json");
        var ex = Assert.Throws<RulePackException>(() => new ReplyLinter(new LintOptions { IncludeDefaultPack = false, ExtraPacks = [pack] }));
        Assert.Equal("$.rules[0].settings.templates.default", ex.JsonPath);
        Assert.Contains(problem, ex.Message);
    }

    [Fact]
    public void Voice_Channel_FlagsEmojiEvenWhenCustomerUsedThem_AndUsesFullStopForExtraExclamations()
    {
        var voice = new LintContext { Channel = ReplyChannel.Voice, CustomerUsedEmoji = true };
        Assert.Single(Linter.Lint("好的😀", voice).Findings);
        var f = Assert.Single(Linter.Lint("好的！收到！", voice).Findings);
        Assert.Equal("。", f.AutomaticFix);
    }

    [Theory]
    [InlineData("好的👍🏻")]        // skin tone
    [InlineData("好的👨‍👩‍👧")]     // ZWJ family
    [InlineData("好的❤️")]         // VS16
    [InlineData("好的[握手]")]
    [InlineData("好的:)")]
    public void Emoji_Clusters_AreOneFinding_DeletedWhole(string draft)
    {
        var f = Assert.Single(Linter.Lint(draft).Findings);
        Assert.Equal("CSE011", f.RuleId);
        Assert.Equal(2, f.Start);
        Assert.Equal(draft.Length - 2, f.Length);
        Assert.Equal(string.Empty, f.AutomaticFix);
    }

    [Fact]
    public void InlineSuppression_DisablesListedRulesForThisReply()
    {
        const string draft = "[cse-disable CSE005] 你好，我们会尽快处理";
        var report = Linter.Lint(draft);
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "CSE005");
        Assert.Contains(report.Findings, f => f.RuleId == "CSE008");
        Assert.Empty(Linter.Lint("[cse-disable] 你好，我们会尽快处理").Findings);
        Assert.Empty(Linter.Lint("你好[cse-disable: cse005, CSE008]，我们会尽快处理").Findings);
    }

    [Fact]
    public void InlineSuppression_IsIgnored_WhenOptionIsOff()
    {
        var linter = new ReplyLinter(new LintOptions { AllowInlineSuppression = false });
        Assert.Contains(linter.Lint("[cse-disable CSE005] 你好").Findings, f => f.RuleId == "CSE005");
    }

    [Fact]
    public void StripSuppressionMarkers_RemovesMarkersOnly()
    {
        Assert.Equal(" 你好，收到", ReplyLinter.StripSuppressionMarkers("[cse-disable CSE005] 你好，收到"));
        Assert.Equal("您好", ReplyLinter.StripSuppressionMarkers("您好"));
    }

    [Fact]
    public void ContextSuppressedRules_DisableRulesForThisReply() =>
        Assert.Empty(Linter.Lint("你好", new LintContext { SuppressedRules = ["CSE005"] }).Findings);

    [Fact]
    public void DisabledRules_AreNeverChecked()
    {
        var linter = new ReplyLinter(new LintOptions { DisabledRules = ["CSE005", "cse008"] });
        Assert.DoesNotContain(linter.Rules, r => r.Id is "CSE005" or "CSE008");
        Assert.Empty(linter.Lint("你好，我们会尽快处理").Findings);
    }

    [Fact]
    public void DisabledRules_UnknownId_NamesTheOption()
    {
        var ex = Assert.Throws<ArgumentException>(() => new ReplyLinter(new LintOptions { DisabledRules = ["CSE999"] }));
        Assert.Contains("DisabledRules", ex.Message);
        Assert.Contains("CSE999", ex.Message);
    }

    [Fact]
    public void EnglishMessages_UseTheEnglishText()
    {
        var linter = new ReplyLinter(new LintOptions { EnglishMessages = true });
        Assert.Contains("您", linter.Lint("你好").Findings[0].Message); // the English message names 您
        Assert.StartsWith("Address", linter.Lint("你好").Findings[0].Message);
    }

    [Fact]
    public void Slots_FromContext_OverridePackDefaults_AndMissingSlotsGiveNoFix()
    {
        var ctx = new LintContext { Slots = new Dictionary<string, string> { ["处理时限"] = "2小时", ["到货时间"] = "3天内" } };
        Assert.Equal("在2小时内", Linter.Lint("我们会尽快处理", ctx).Findings[0].AutomaticFix);
        Assert.Equal("预计3天内", Linter.Lint("过几天就到", ctx).Findings[0].AutomaticFix);
        var noSlot = Linter.Lint("过几天就到").Findings[0];
        Assert.Null(noSlot.AutomaticFix);
        Assert.Empty(noSlot.Fixes);
    }

    [Fact]
    public void VagueTime_WithConcreteTimeInSentence_IsNotFlagged()
    {
        Assert.Empty(Linter.Lint("我们会在24小时内尽快处理").Findings);
        Assert.Single(Linter.Lint("我们会尽快处理。24小时内会有专人联系您").Findings); // another sentence
    }

    [Fact]
    public void Refusal_WithAlternativeInReply_IsNotFlagged()
    {
        Assert.Empty(Linter.Lint("这个颜色没货了，不过蓝色有现货，您看可以吗？").Findings);
        Assert.Single(Linter.Lint("这个颜色没货了，您再看看吧").Findings);
    }

    [Fact]
    public void ExtraPack_AddsRules_AndOverridesById()
    {
        var pack = RulePack.Parse("""
            { "schemaVersion": 1, "locale": "zh-CN", "name": "shop", "slots": { "处理时限": "48小时" },
              "rules": [
                { "id": "SHOP001", "message": "别叫亲亲", "patterns": [ { "match": "亲亲", "replace": "您" } ] },
                { "id": "CSE005", "severity": "error", "message": "要用您", "patterns": [ { "match": "你", "replace": ["您"] } ] }
              ] }
            """, "shop.json");
        var linter = new ReplyLinter(new LintOptions { ExtraPacks = [pack], IncludeCompliancePack = false });
        Assert.Equal(13, linter.Rules.Count);
        var report = linter.Lint("亲亲，你的订单我们会尽快处理");
        Assert.Contains(report.Findings, f => f.RuleId == "SHOP001" && f.AutomaticFix == "您");
        Assert.Contains(report.Findings, f => f.RuleId == "CSE005" && f.Severity == Severity.Error && f.Message == "要用您" && f.MatchedText == "你");
        Assert.Contains(report.Findings, f => f.RuleId == "CSE008" && f.AutomaticFix == "在48小时内");
    }

    [Fact]
    public void OnlyExtraPack_WithoutDefault()
    {
        var pack = RulePack.Parse("""{ "schemaVersion": 1, "locale": "zh-CN", "name": "test", "rules": [ { "id": "X1", "message": "m", "patterns": ["包邮"] } ] }""", "x.json");
        var linter = new ReplyLinter(new LintOptions { IncludeDefaultPack = false, ExtraPacks = [pack] });
        Assert.Equal("X1", Assert.Single(linter.Rules).Id);
        Assert.Equal("X1", Assert.Single(linter.Lint("你好，包邮").Findings).RuleId);
    }

    [Fact]
    public void FixesNeverContainLiteralSlots()
    {
        foreach (var row in LintTestData.FlaggedRows())
        {
            foreach (var f in Linter.Lint((string)row[1]).Findings)
            {
                Assert.All(f.Fixes, fix => Assert.DoesNotContain("{", fix));
            }
        }
    }

    [Fact]
    public void EveryRule_IsDocumented_WithBadAndGoodExamples()
    {
        var root = LintTestData.RepoRoot();
        foreach (var rule in RulePack.Default.Rules.Concat(RulePack.Compliance.Rules))
        {
            var path = Path.Combine(root, "docs", "rules", $"{rule.Id}.md");
            Assert.True(File.Exists(path), path);
            var text = File.ReadAllText(path);
            Assert.Contains("Bad", text);
            Assert.Contains("Good", text);
        }
    }

    [Fact]
    public void Lint_IsDeterministic_AndThreadSafe()
    {
        const string draft = "你好！！这个商品没货了，我们会尽快处理😀";
        var expected = Linter.Lint(draft).Findings.Select(f => (f.RuleId, f.Start, f.Length)).ToArray();
        Parallel.For(0, 200, _ =>
            Assert.Equal(expected, Linter.Lint(draft).Findings.Select(f => (f.RuleId, f.Start, f.Length)).ToArray()));
    }
}
