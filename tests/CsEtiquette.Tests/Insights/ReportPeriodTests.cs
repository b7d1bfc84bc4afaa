using System.Text.Json;
using CsEtiquette.Insights;
using CsEtiquette.Tests.Cli;

namespace CsEtiquette.Tests.Insights;

/// <summary><c>cse report --since/--until</c> (#19): inclusive since, exclusive until, by each message's <c>at</c>.</summary>
public sealed class ReportPeriodTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cse-report-period-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    // One customer message and one reply per day, 2026-11-22 … 2026-11-26, at 10:00 UTC+8 (02:00Z).
    private string Log()
    {
        var path = Path.Combine(_dir, "chat.jsonl");
        using var w = new StreamWriter(path);
        for (var day = 22; day <= 26; day++)
        {
            w.WriteLine(JsonSerializer.Serialize(new { conversation = $"c{day}", role = "customer", text = "请问什么时候发货？", at = $"2026-11-{day}T10:00:00+08:00" }));
            w.WriteLine(JsonSerializer.Serialize(new { conversation = $"c{day}", role = "agent", agent = "小王", text = "您好，今天下午5点前发货。", at = $"2026-11-{day}T10:01:00+08:00" }));
        }

        return path;
    }

    private int Messages(params string[] extra)
    {
        var json = Path.Combine(_dir, $"out-{Guid.NewGuid():N}.json");
        var (code, _, err) = CliHarness.Run("", ["report", Log(), "--json", json, .. extra]);
        Assert.True(code == 0, err);
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        return doc.RootElement.GetProperty("summary").GetProperty("messages").GetInt32();
    }

    [Fact]
    public void NoPeriod_CountsEverything() => Assert.Equal(10, Messages());

    [Fact]
    public void Since_IsInclusive_Until_IsExclusive()
    {
        // The customer message of the 23rd is exactly at --since: in; the one of the 25th exactly at --until: out.
        Assert.Equal(4, Messages("--since", "2026-11-23T10:00:00+08:00", "--until", "2026-11-25T10:00:00+08:00"));
        // A minute later at both ends: the 23rd's customer message drops out, the 25th's comes in.
        Assert.Equal(4, Messages("--since", "2026-11-23T10:00:01+08:00", "--until", "2026-11-25T10:00:01+08:00"));
        Assert.Equal(6, Messages("--since", "2026-11-24T00:00:00+08:00"));
        Assert.Equal(4, Messages("--until", "2026-11-24T00:00:00+08:00"));
    }

    [Fact]
    public void ADate_IsMidnightUtc()
    {
        // 2026-11-24 means 2026-11-24T00:00Z; the 24th's messages (02:00Z) are in, the 23rd's are out.
        Assert.Equal(6, Messages("--since", "2026-11-24"));
        Assert.Equal(2, Messages("--since", "2026-11-24", "--until", "2026-11-25"));
    }

    [Theory]
    [InlineData("--since", "11/24/2026")]
    [InlineData("--since", "2026-13-01")]
    [InlineData("--until", "2026-11-24T10:00:00")]   // a time needs an offset (or Z)
    [InlineData("--until", "yesterday")]
    [InlineData("--since", "")]
    public void ABadDate_IsAUsageError_Exit2(string option, string value)
    {
        var (code, _, err) = CliHarness.Run("", "report", Log(), option, value);
        Assert.Equal(2, code);
        Assert.Contains(option, err, StringComparison.Ordinal);
    }

    [Fact]
    public void SinceNotBeforeUntil_IsAUsageError_Exit2()
    {
        var (code, _, err) = CliHarness.Run("", "report", Log(), "--since", "2026-11-25", "--until", "2026-11-25");
        Assert.Equal(2, code);
        Assert.Contains("--until", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspector_Period_FiltersMessages_AndValidates()
    {
        var at = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8));
        ChatMessage[] messages =
        [
            new("c1", ChatRole.Customer, null, "在吗", at.AddDays(-1)),
            new("c1", ChatRole.Customer, null, "在吗", at),
            new("c1", ChatRole.Customer, null, "在吗", at.AddDays(1)),
        ];
        var inspector = new QualityInspector(new QualityInspectorOptions { Since = at, Until = at.AddDays(1) });
        Assert.Equal(1, inspector.Inspect(messages).MessageCount);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => new QualityInspector(new QualityInspectorOptions { Since = at, Until = at }));
        Assert.Contains("Until", ex.Message, StringComparison.Ordinal);
    }
}
