using System.Text.Json;
using CsEtiquette.Tests.Cli;

namespace CsEtiquette.Tests.Analysis;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Json_OneObjectPerLine_WithTheDocumentedShape()
    {
        var (code, output, err) = CliHarness.Run("我的订单号123456789012345678，杯子破损了，要退货！！！\n在吗\n", "analyze", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, err);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        using var doc = JsonDocument.Parse(lines[0]);
        var root = doc.RootElement;
        // Every 0.1 field in its place; "evidence" (#14) is appended.
        Assert.Equal(["intents", "emotion", "abusive", "facts", "missing", "evidence"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("AfterSales", root.GetProperty("intents")[0].GetProperty("name").GetString());
        Assert.InRange(root.GetProperty("intents")[0].GetProperty("score").GetDouble(), 0.5, 1.0);
        Assert.Equal(JsonValueKind.String, root.GetProperty("emotion").GetProperty("label").ValueKind);
        Assert.False(root.GetProperty("abusive").GetBoolean());
        var fact = root.GetProperty("facts")[0];
        Assert.Equal("OrderNumber", fact.GetProperty("kind").GetString());
        Assert.Equal("123456789012345678", fact.GetProperty("value").GetString());
        Assert.Equal(5, fact.GetProperty("start").GetInt32());
        Assert.Equal(18, fact.GetProperty("length").GetInt32());
        Assert.Equal(["Photos"], root.GetProperty("missing").EnumerateArray().Select(e => e.GetString()));
        Assert.StartsWith("{\"intents\":[{\"name\":\"Other\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Json_KeepsChineseUnescaped()
    {
        var (_, output, _) = CliHarness.Run("想要红色的\n", "analyze", "--format", "json");
        Assert.Contains("\"value\":\"红色\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Redact_AddsTextAndMasksSensitiveFacts()
    {
        var (code, output, _) = CliHarness.Run("手机13812345678，改地址到北京市朝阳区建国路88号\n", "analyze", "--format", "json", "--redact");
        Assert.Equal(0, code);
        Assert.DoesNotContain("13812345678", output, StringComparison.Ordinal);
        Assert.DoesNotContain("建国路", output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("手机138****5678，改地址到[地址]", doc.RootElement.GetProperty("text").GetString());
        Assert.Equal("138****5678", doc.RootElement.GetProperty("facts")[0].GetProperty("value").GetString());
    }

    [Fact]
    public void Text_IsOneLinePerMessage()
    {
        var (code, output, _) = CliHarness.Run("你们这什么垃圾服务，我要投诉到12315\n", "analyze");
        Assert.Equal(0, code);
        Assert.StartsWith("intents: Complaint", output, StringComparison.Ordinal);
        Assert.Contains("abusive: Mild", output, StringComparison.Ordinal);
        Assert.Contains("Regulator(12315)", output, StringComparison.Ordinal);
        Assert.Contains("missing: OrderNumber → guidance.order-and-photos", output, StringComparison.Ordinal);
        Assert.Single(output.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--bogus")]
    [InlineData("positional")]
    public void BadArguments_AreUsageErrors(params string[] args)
    {
        var (code, _, err) = CliHarness.Run("", ["analyze", .. args]);
        Assert.Equal(2, code);
        Assert.StartsWith("cse analyze:", err, StringComparison.Ordinal);
    }

    [Fact]
    public void BadLexicon_IsDataError()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cse-bad-lexicon-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, "{ \"schemaVersion\": 1, \"locale\": \"zh-CN\", \"name\": \"t\", \"emotions\": 3 }");
        try
        {
            var (code, _, err) = CliHarness.Run("hi\n", "analyze", "--lexicon", path);
            Assert.Equal(1, code);
            Assert.Contains("$.emotions", err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Json_Evidence_SpansLieInsideTheLine_AndEqualTheirText()
    {
        const string line = "漏水了 你们怎么检查的";
        var (code, output, _) = CliHarness.Run(line + "\n", "analyze", "--format", "json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var evidence = doc.RootElement.GetProperty("evidence");
        Assert.True(evidence.GetArrayLength() > 0);
        foreach (var e in evidence.EnumerateArray())
        {
            Assert.Equal(["start", "length", "text", "toward"], e.EnumerateObject().Select(p => p.Name));
            var start = e.GetProperty("start").GetInt32();
            var length = e.GetProperty("length").GetInt32();
            Assert.InRange(start, 0, line.Length - 1);
            Assert.InRange(length, 1, line.Length - start);
            Assert.Equal(line.Substring(start, length), e.GetProperty("text").GetString());
        }

        Assert.Contains(evidence.EnumerateArray(), e => e.GetProperty("toward").GetString() == "negative");
    }

    [Fact]
    public void Json_Evidence_IsEmpty_ForAGreeting()
    {
        var (_, output, _) = CliHarness.Run("在吗\n", "analyze", "--format", "json");
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(0, doc.RootElement.GetProperty("evidence").GetArrayLength());
    }

    [Fact]
    public void Redact_HidesEvidenceThatOverlapsAMaskedFact()
    {
        var (_, output, _) = CliHarness.Run("手机13812345678 东西坏了\n", "analyze", "--format", "json", "--redact");
        Assert.DoesNotContain("13812345678", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_LoadsAUserModelFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cse-model-{Guid.NewGuid():N}.bin");
        File.WriteAllBytes(path, AnalysisModelTests.EmbeddedBytes());
        try
        {
            var (code, output, err) = CliHarness.Run("漏水了\n", "analyze", "--model", path);
            Assert.Equal(0, code);
            Assert.Equal(string.Empty, err);
            Assert.StartsWith("intents: AfterSales", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Model_BadFile_IsDataError_NamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"cse-bad-model-{Guid.NewGuid():N}.bin");
        File.WriteAllText(path, "not a model");
        try
        {
            var (code, _, err) = CliHarness.Run("hi\n", "analyze", "--model", path);
            Assert.Equal(1, code);
            Assert.Contains(path, err, StringComparison.Ordinal);
            Assert.Contains("$.header.magic", err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
