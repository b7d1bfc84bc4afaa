using System.Globalization;
using CsEtiquette.Insights;

namespace CsEtiquette.Tests.Insights;

/// <summary>
/// Issue #19 (throughput): the JSON Lines reader parses the common timestamp shape from the bytes, spells the two roles
/// without a string per line and reuses agent-name strings. Each fast path must give exactly what the general path
/// gives (<see cref="DateTimeOffset.TryParse(string?, IFormatProvider?, DateTimeStyles, out DateTimeOffset)"/>, GetString,
/// Trim), and fall back on everything else.
/// </summary>
public sealed class ChatLogReaderFastPathTests
{
    private static ChatLogEntry ReadOne(string at, string role = "customer", string agent = "小王") =>
        Assert.Single(new ChatLogReader(new StringReader(
            $$"""{"conversation":"c1","role":"{{role}}","agent":"{{agent}}","text":"在吗","at":"{{at}}"}"""), ChatLogFormat.JsonLines).ReadAll());

    [Theory]
    [InlineData("2026-11-24T10:00:00+08:00")]
    [InlineData("2026-11-24T10:00:00-05:30")]
    [InlineData("2026-11-24T10:00:00Z")]
    [InlineData("2026-11-24T23:59:59.9999999+14:00")]
    [InlineData("2026-11-24T00:00:00.5-14:00")]
    [InlineData("2026-11-24T10:00:00.123+00:00")]
    [InlineData("2024-02-29T12:00:00+08:00")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59Z")]
    [InlineData("0001-01-01T00:00:00+08:00")]
    [InlineData("2026-02-29T12:00:00+08:00")]
    [InlineData("2026-13-01T12:00:00+08:00")]
    [InlineData("2026-11-31T12:00:00+08:00")]
    [InlineData("2026-11-24T24:00:00+08:00")]
    [InlineData("2026-11-24T10:60:00+08:00")]
    [InlineData("2026-11-24T10:00:60+08:00")]
    [InlineData("2026-11-24T10:00:00+14:01")]
    [InlineData("2026-11-24T10:00:00+15:00")]
    [InlineData("2026-11-24T10:00:00+08:60")]
    [InlineData("2026-11-24T10:00:00.12345678+08:00")]
    [InlineData("2026-11-24T10:00:00.+08:00")]
    [InlineData("2026-11-24T10:00:00+0800")]
    [InlineData("2026-11-24T10:00:00")]
    [InlineData("2026-11-24T10:00")]
    [InlineData("2026-11-24 10:00:00+08:00")]
    [InlineData("2026-11-24t10:00:00z")]
    [InlineData(" 2026-11-24T10:00:00+08:00 ")]
    [InlineData("2026-11-24T10:00:00+08:00x")]
    [InlineData("２０２６-11-24T10:00:00+08:00")]
    [InlineData("2026-11-24")]
    [InlineData("yesterday")]
    public void Timestamp_IsReadExactlyAsTheGeneralParserReadsIt(string at)
    {
        var e = ReadOne(at);
        var expected = DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var when);
        Assert.Equal(expected, e.IsMessage);
        if (expected)
        {
            Assert.Equal(when, e.Message!.At);
            Assert.Equal(when.Offset, e.Message.At.Offset);
        }
        else
        {
            Assert.StartsWith("invalid 'at' timestamp", e.Error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Timestamp_FastPath_AgreesWithTheGeneralParser_OnRandomValues()
    {
        var rng = new Random(19);
        for (var i = 0; i < 2_000; i++)
        {
            var utc = new DateTime(rng.NextInt64(DateTime.MinValue.AddYears(2).Ticks, DateTime.MaxValue.AddYears(-2).Ticks), DateTimeKind.Unspecified);
            var offset = TimeSpan.FromMinutes(rng.Next(-14 * 60, (14 * 60) + 1));
            var format = rng.Next(3) switch { 0 => "yyyy-MM-dd'T'HH:mm:sszzz", 1 => "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", _ => "yyyy-MM-dd'T'HH:mm:ss.fffzzz" };
            var text = new DateTimeOffset(utc, offset).ToString(format, CultureInfo.InvariantCulture).Replace(".+", "+", StringComparison.Ordinal).Replace(".-", "-", StringComparison.Ordinal);
            Assert.True(IsoTimestamp.TryParse(System.Text.Encoding.UTF8.GetBytes(text), out var fast), text);
            Assert.Equal(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal), fast);
            Assert.Equal(offset, fast.Offset);
        }
    }

    [Theory]
    [InlineData("customer", ChatRole.Customer)]
    [InlineData("agent", ChatRole.Agent)]
    [InlineData("Customer", ChatRole.Customer)]
    [InlineData(" AGENT ", ChatRole.Agent)]
    [InlineData("\\u0061gent", ChatRole.Agent)]
    public void Role_ExactOrNot_IsReadTheSame(string role, ChatRole expected) =>
        Assert.Equal(expected, ReadOne("2026-11-24T10:00:00+08:00", role).Message!.Role);

    [Theory]
    [InlineData("小王", "小王")]
    [InlineData(" 小王 ", "小王")]
    [InlineData("\\u5c0f\\u738b", "小王")]
    [InlineData("客服😀", "客服😀")]
    [InlineData("an agent whose name is longer than sixty-four bytes of UTF-8 text, 很长很长", "an agent whose name is longer than sixty-four bytes of UTF-8 text, 很长很长")]
    public void AgentName_IsReadAndTrimmedAsBefore(string agent, string expected) =>
        Assert.Equal(expected, ReadOne("2026-11-24T10:00:00+08:00", "agent", agent).Message!.Agent);

    [Fact]
    public void AgentName_RepeatedOnManyLines_IsOneString()
    {
        var log = string.Join('\n', Enumerable.Range(0, 50).Select(i =>
            $$"""{"conversation":"c{{i}}","role":"agent","agent":"小王","text":"您好","at":"2026-11-24T10:00:00+08:00"}"""));
        var agents = new ChatLogReader(new StringReader(log), ChatLogFormat.JsonLines).ReadAll().Select(e => e.Message!.Agent!).ToList();
        Assert.Equal(50, agents.Count);
        Assert.All(agents, a => Assert.Same(agents[0], a));
        Assert.Equal("小王", agents[0]);
    }

    [Fact]
    public void DuplicateAtField_LastOneWins_OnBothPaths()
    {
        var e = Assert.Single(new ChatLogReader(new StringReader(
            """{"conversation":"c1","role":"customer","text":"x","at":"2026-11-24T10:00:00+08:00","at":"yesterday"}"""), ChatLogFormat.JsonLines).ReadAll());
        Assert.StartsWith("invalid 'at' timestamp 'yesterday'", e.Error, StringComparison.Ordinal);
        e = Assert.Single(new ChatLogReader(new StringReader(
            """{"conversation":"c1","role":"customer","text":"x","at":"yesterday","at":"2026-11-24T10:00:00Z"}"""), ChatLogFormat.JsonLines).ReadAll());
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), e.Message!.At);
        e = Assert.Single(new ChatLogReader(new StringReader(
            """{"conversation":"c1","role":"customer","text":"x","at":"2026-11-24T10:00:00Z","at":null}"""), ChatLogFormat.JsonLines).ReadAll());
        Assert.Equal("missing field 'at'", e.Error);
    }
}
