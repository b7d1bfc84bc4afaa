using System.Text.Json;

namespace CsEtiquette.Tests.Cli;

/// <summary><c>cse lint</c> as a CI gate: files, <c>--fail-on</c>, <c>--format sarif</c>, <c>--config</c>, <c>line</c>/<c>text</c>.</summary>
public sealed class LintGatingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cse-lint-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void Files_AreLinted_WithFileAndLineInEveryFormat()
    {
        var a = Write("a.txt", "您好，请问有什么可以帮到您？\n全网最低价\n");
        var b = Write("b.txt", "我们会尽快处理\n");
        var (code, text, _) = CliHarness.Run(string.Empty, "lint", a, b);
        Assert.Equal(0, code);
        Assert.Contains($"{a}:1: ok", text);
        Assert.Contains($"{a}:2:0+5 CSP001 error 「全网最低价」", text);
        Assert.Contains($"{b}:1:3+2 CSE008 warning 「尽快」", text);

        var (_, json, _) = CliHarness.Run(string.Empty, "lint", "--format", "json", a, b);
        var lines = json.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(a, second.RootElement.GetProperty("file").GetString());
        var f = second.RootElement.GetProperty("findings")[0];
        Assert.Equal(2, f.GetProperty("line").GetInt32());
        Assert.Equal("全网最低价", f.GetProperty("text").GetString());
        Assert.Equal("error", f.GetProperty("severity").GetString());
    }

    [Fact]
    public void Stdin_IsRead_WhenNoFileOrDash()
    {
        var (code, output, _) = CliHarness.Run("全网最低价\n", "lint", "--format", "json", "-");
        Assert.Equal(0, code);
        Assert.Contains("\"line\":1,\"text\":\"全网最低价\"", output);
        Assert.DoesNotContain("\"file\"", output);
    }

    [Theory]
    [InlineData("error", "全网最低价\n", 3)]
    [InlineData("error", "我们会尽快处理\n", 0)]
    [InlineData("warning", "我们会尽快处理\n", 3)]
    [InlineData("warning", "您好，请问有什么可以帮到您？\n", 0)]
    [InlineData("info", "全网最低价\n", 3)]
    public void FailOn_Exits3_OnlyWhenAFindingAtOrAboveExists(string level, string stdin, int expected)
    {
        var (code, _, err) = CliHarness.Run(stdin, "lint", "--fail-on", level);
        Assert.Equal(expected, code);
        Assert.Equal(string.Empty, err);
    }

    [Fact]
    public void WithoutFailOn_FindingsStillExit0()
    {
        Assert.Equal(0, CliHarness.Run("全网最低价\n", "lint").Code);
    }

    [Fact]
    public void MissingFile_Exits1_EvenWithFindingsElsewhere()
    {
        var a = Write("a.txt", "全网最低价\n");
        var (code, output, err) = CliHarness.Run(string.Empty, "lint", "--fail-on", "error", a, Path.Combine(_dir, "missing.txt"));
        Assert.Equal(1, code);
        Assert.Contains("missing.txt", err);
        Assert.Contains("CSP001", output);
    }

    [Theory]
    [InlineData("--fail-on", "fatal")]
    [InlineData("--format", "xml")]
    public void BadValues_AreUsageErrors(string option, string value)
    {
        Assert.Equal(2, CliHarness.Run(string.Empty, "lint", option, value).Code);
    }

    [Fact]
    public void Sarif_OneResultPerFinding_WithFileLineAndColumn_AndValidates()
    {
        var a = Write("drafts one.txt", "您好\n你好，全网最低价\n");
        var (code, output, _) = CliHarness.Run("我们会尽快处理\n", "lint", "--format", "sarif", a, "-");
        Assert.Equal(0, code);
        Assert.Empty(SarifValidator.Validate(output));
        using var doc = JsonDocument.Parse(output);
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var results = run.GetProperty("results").EnumerateArray().ToArray();
        Assert.Equal(3, results.Length);
        var region = (string rule) => results.Single(r => r.GetProperty("ruleId").GetString() == rule)
            .GetProperty("locations")[0].GetProperty("physicalLocation");
        var csp = region("CSP001");
        Assert.EndsWith("drafts%20one.txt", csp.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(2, csp.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(4, csp.GetProperty("region").GetProperty("startColumn").GetInt32()); // start 3 + 1
        Assert.Equal("全网最低价", csp.GetProperty("region").GetProperty("snippet").GetProperty("text").GetString());
        var cse008 = region("CSE008");
        Assert.Equal("stdin", cse008.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(1, cse008.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(4, cse008.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("error", results.Single(r => r.GetProperty("ruleId").GetString() == "CSP001").GetProperty("level").GetString());
    }

    [Fact]
    public void Sarif_EmptyInput_IsStillAValidLog()
    {
        var (code, output, _) = CliHarness.Run(string.Empty, "lint", "--format", "sarif");
        Assert.Equal(0, code);
        Assert.Empty(SarifValidator.Validate(output));
        Assert.Contains("\"results\":[]", output);
    }

    [Fact]
    public void SarifValidator_CatchesBrokenLogs()
    {
        Assert.NotEmpty(SarifValidator.Validate("""{"version":"2.0.0","runs":[]}"""));
        Assert.NotEmpty(SarifValidator.Validate("""{"version":"2.1.0","runs":[{"tool":{"driver":{}}}]}"""));
        Assert.NotEmpty(SarifValidator.Validate("""{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"ruleId":"A","level":"fatal","message":{"text":"m"}}]}]}"""));
        Assert.NotEmpty(SarifValidator.Validate("""{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"locations":[{"physicalLocation":{"region":{"startLine":0}}}]}]}]}"""));
        Assert.NotEmpty(SarifValidator.Validate("""{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"},"extra":1}]}]}"""));
        Assert.Empty(SarifValidator.Validate("""{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"x"}},"results":[{"message":{"text":"m"}}]}]}"""));
    }

    [Fact]
    public void Config_TurnsRulesOff_ChangesSeverity_AddsPacks_AndSetsFailOn()
    {
        Write("shop.json", """{ "schemaVersion": 1, "locale": "zh-CN", "name": "test", "rules": [ { "id": "SHOP001", "severity": "info", "message": "别叫亲亲", "patterns": ["亲亲"] } ] }""");
        var config = Write("cse.json", """
            { "rules": { "CSE008": "error", "CSP001": "off", "CSE005": "info" },
              "packs": ["shop.json"], "failOn": "error" }
            """);
        var (code, output, err) = CliHarness.Run("亲亲，你的订单会尽快处理，全网最低价\n", "lint", "--config", config, "--format", "json");
        Assert.Equal(string.Empty, err);
        Assert.Equal(3, code); // CSE008 is now an error and failOn is error
        Assert.Contains("\"rule\":\"SHOP001\"", output);
        Assert.Contains("\"rule\":\"CSE008\",\"start\":", output);
        Assert.Contains("\"severity\":\"error\"", output);
        Assert.DoesNotContain("CSP001", output);
        using var doc = JsonDocument.Parse(output);
        var cse005 = doc.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "CSE005");
        Assert.Equal("info", cse005.GetProperty("severity").GetString());
        // --fail-on on the command line wins over the config.
        Assert.Equal(0, CliHarness.Run("你好\n", "lint", "--config", config, "--fail-on", "warning").Code);
    }

    [Theory]
    [InlineData("""{ "rules": { "CSE008": "fatal" } }""", "$.rules.CSE008")]
    [InlineData("""{ "rulez": {} }""", "$.rulez")]
    [InlineData("""{ "rules": { "NOPE1": "off" } }""", "NOPE1")]
    [InlineData("""{ "packs": ["missing.json"] }""", "missing.json")]
    [InlineData("""{ "rules": [ }""", "malformed JSON")]
    public void BadConfig_Exits1_NamingThePlace(string json, string expected)
    {
        var config = Write("bad.json", json);
        var (code, _, err) = CliHarness.Run("你好\n", "lint", "--config", config);
        Assert.Equal(1, code);
        Assert.Contains(expected, err);
    }

    [Fact]
    public void Rules_OnLint_Rewrite_AndReport_AddAPack()
    {
        var pack = Write("shop.json", """{ "schemaVersion": 1, "locale": "zh-CN", "name": "test", "rules": [ { "id": "SHOP001", "message": "别叫亲亲", "patterns": [ { "match": "亲亲", "replace": "您" } ] } ] }""");
        Assert.Contains("SHOP001", CliHarness.Run("亲亲好\n", "lint", "--rules", pack).Out);
        Assert.Equal("您好", CliHarness.Run("亲亲好\n", "rewrite", "--rules", pack).Out.Trim());
        Assert.Equal(1, CliHarness.Run("亲亲好\n", "rewrite", "--rules", Path.Combine(_dir, "none.json")).Code);
        var log = Write("log.jsonl", """{"conversation":"c1","role":"agent","agent":"小王","text":"亲亲好","at":"2026-11-24T10:00:00+08:00"}""" + "\n");
        var json = Path.Combine(_dir, "r.json");
        var (code, _, _) = CliHarness.Run(string.Empty, "report", log, "--rules", pack, "--json", json);
        Assert.Equal(0, code);
        Assert.Contains("SHOP001", File.ReadAllText(json));
        Assert.Equal(1, CliHarness.Run(string.Empty, "report", log, "--rules", Path.Combine(_dir, "none.json")).Code);
    }
}
