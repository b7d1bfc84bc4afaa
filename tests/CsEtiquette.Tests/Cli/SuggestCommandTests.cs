using System.Text.Json;

namespace CsEtiquette.Tests.Cli;

/// <summary>The <c>cse suggest</c> contract of issue #16: one JSON line per customer line, exact field names, exit codes.</summary>
public sealed class SuggestCommandTests
{
    private const string Script =
        "{\"role\":\"customer\",\"text\":\"我收到的保温杯漏水了\"}\n" +
        "{\"role\":\"agent\",\"text\":\"亲，非常抱歉\"}\n" +
        "{\"role\":\"customer\",\"text\":\"订单号是2026112412345678\",\"at\":\"2026-11-24T10:00:00+08:00\"}\n";

    [Fact]
    public void Suggest_WritesOneLinePerCustomerLine_WithTheContractFields()
    {
        var (code, stdout, stderr) = CliHarness.Run(Script, "suggest");
        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length); // the agent line advances the conversation but gets no suggestion

        using var first = JsonDocument.Parse(lines[0]);
        var r = first.RootElement;
        Assert.Equal(
            ["turn", "text", "parts", "intent", "emotion", "issue", "asked", "faq", "case"],
            r.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, r.GetProperty("turn").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("text").GetString()));
        Assert.Contains("Empathy", r.GetProperty("parts").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("AfterSales", r.GetProperty("intent").GetString());
        Assert.Contains(r.GetProperty("issue").GetString(), new[] { "QualityFault", "DamagedItem" });
        Assert.Contains("OrderNumber", r.GetProperty("asked").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, r.GetProperty("faq").ValueKind);
        var c = r.GetProperty("case");
        Assert.Equal(["id", "state"], c.EnumerateObject().Select(p => p.Name));
        Assert.Equal("EmotionAcknowledged", c.GetProperty("state").GetString());

        using var second = JsonDocument.Parse(lines[1]);
        var s = second.RootElement;
        Assert.Equal(2, s.GetProperty("turn").GetInt32());
        Assert.DoesNotContain("OrderNumber", s.GetProperty("asked").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("2026112412345678", s.GetProperty("text").GetString());
    }

    [Fact]
    public void Suggest_BadJsonLine_Exits1NamingTheLine()
    {
        var (code, _, stderr) = CliHarness.Run("notjson\n", "suggest");
        Assert.Equal(1, code);
        Assert.Contains("line 1", stderr);
    }

    [Fact]
    public void Suggest_UnknownOption_Exits2()
    {
        var (code, _, stderr) = CliHarness.Run("", "suggest", "--bogus");
        Assert.Equal(2, code);
        Assert.Contains("--bogus", stderr);
    }
}
