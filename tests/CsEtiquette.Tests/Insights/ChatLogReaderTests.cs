using CsEtiquette.Insights;

namespace CsEtiquette.Tests.Insights;

public sealed class ChatLogReaderTests
{
    private static List<ChatLogEntry> Read(string text, ChatLogFormat format, int max = ChatLogReader.DefaultMaxRecordLength) =>
        new ChatLogReader(new StringReader(text), format, max).ReadAll().ToList();

    [Fact]
    public void JsonLines_ValidLine_ParsesEveryField()
    {
        var e = Assert.Single(Read("""{"conversation":"c1","role":"agent","agent":"小王","text":"您好","at":"2026-11-24T10:00:00+08:00"}""", ChatLogFormat.JsonLines));
        Assert.Equal(1, e.Line);
        var m = e.Message!;
        Assert.Equal(("c1", ChatRole.Agent, "小王", "您好"), (m.Conversation, m.Role, m.Agent, m.Text));
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8)), m.At);
    }

    [Fact]
    public void JsonLines_BadLines_AreReportedWithLineNumbers()
    {
        var log = string.Join('\n',
            """{"conversation":"c1","role":"customer","text":"在吗","at":"2026-11-24T10:00:00+08:00"}""",
            """{"conversation":"c1","role":"customer","text":"在吗" """,
            "",
            """{"conversation":"c1","role":"boss","text":"x","at":"2026-11-24T10:00:00+08:00"}""",
            """{"role":"customer","text":"x","at":"2026-11-24T10:00:00+08:00"}""",
            """{"conversation":"c1","role":"agent","text":"x","at":"2026-11-24T10:00:00+08:00"}""",
            """{"conversation":"c1","role":"customer","text":"x","at":"yesterday"}""",
            """[1,2]""",
            """{"conversation":"c1","role":"customer","text":5,"at":"2026-11-24T10:00:00+08:00"}""",
            """{"conversation":"c1","role":"customer","text":"ok","at":"2026-11-24T10:00:00+08:00"} x""",
            """{"conversation":"c2","role":"customer","text":"好的","at":"2026-11-24T10:00:00Z","extra":{"a":[1]}}""");
        var entries = Read(log, ChatLogFormat.JsonLines);
        Assert.Equal([1L, 2, 4, 5, 6, 7, 8, 9, 10, 11], entries.Select(e => e.Line));
        Assert.True(entries[0].IsMessage);
        Assert.True(entries[^1].IsMessage);
        Assert.StartsWith("invalid JSON", entries[1].Error, StringComparison.Ordinal);
        Assert.StartsWith("unknown role 'boss'", entries[2].Error, StringComparison.Ordinal);
        Assert.Equal("missing field 'conversation'", entries[3].Error);
        Assert.StartsWith("missing field 'agent'", entries[4].Error, StringComparison.Ordinal);
        Assert.StartsWith("invalid 'at' timestamp", entries[5].Error, StringComparison.Ordinal);
        Assert.StartsWith("invalid JSON", entries[6].Error, StringComparison.Ordinal);
        Assert.Equal("field 'text' must be a string", entries[7].Error);
        Assert.StartsWith("invalid JSON", entries[8].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLines_CrLfAndBom_AreAccepted()
    {
        var entries = Read("\uFEFF{\"conversation\":\"c\",\"role\":\"customer\",\"text\":\"a\",\"at\":\"2026-01-01T00:00:00Z\"}\r\n\r\n", ChatLogFormat.JsonLines);
        Assert.True(Assert.Single(entries).IsMessage);
    }

    [Fact]
    public void JsonLines_OverlongLine_IsBadLineAndNextLineStillReads()
    {
        var longText = new string('长', 500);
        var log = $"{{\"conversation\":\"c\",\"role\":\"customer\",\"text\":\"{longText}\",\"at\":\"2026-01-01T00:00:00Z\"}}\n" +
                  "{\"conversation\":\"c\",\"role\":\"customer\",\"text\":\"a\",\"at\":\"2026-01-01T00:00:00Z\"}";
        var entries = Read(log, ChatLogFormat.JsonLines, max: 100);
        Assert.Equal(2, entries.Count);
        Assert.Contains("longer than 100", entries[0].Error, StringComparison.Ordinal);
        Assert.Equal(2, entries[1].Line);
        Assert.True(entries[1].IsMessage);
    }

    [Fact]
    public void Csv_Rfc4180Quoting_CommasQuotesAndNewlinesInFields()
    {
        var csv = "conversation,role,agent,text,at\r\n" +
                  "c1,customer,,\"你好,在吗\",2026-11-24T10:00:00+08:00\r\n" +
                  "c1,agent,小王,\"第一行\n第二行 \"\"引号\"\"\",2026-11-24T10:01:00+08:00\r\n" +
                  "c1,agent,小王,坏行\r\n" +
                  "c2,customer,,\"没有结束";
        var entries = Read(csv, ChatLogFormat.Csv);
        Assert.Equal([2L, 3, 5, 6], entries.Select(e => e.Line));
        Assert.Equal("你好,在吗", entries[0].Message!.Text);
        Assert.Null(entries[0].Message!.Agent);
        Assert.Equal("第一行\n第二行 \"引号\"", entries[1].Message!.Text);
        Assert.Equal("expected 5 CSV fields, found 4", entries[2].Error);
        Assert.StartsWith("unterminated quoted field", entries[3].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_HeaderInAnyOrder_MapsColumns()
    {
        var csv = "at,text,role,conversation,agent,channel\n2026-11-24T10:00:00Z,好的,agent,c9,小李,web\n";
        var m = Assert.Single(Read(csv, ChatLogFormat.Csv)).Message!;
        Assert.Equal(("c9", "小李", "好的"), (m.Conversation, m.Agent, m.Text));
    }

    [Fact]
    public void Csv_HeaderMissingColumn_ThrowsNamingIt()
    {
        var ex = Assert.Throws<ChatLogFormatException>(() => Read("conversation,role,agent,text\nc,customer,,x\n", ChatLogFormat.Csv));
        Assert.Contains("'at'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_TextAfterClosingQuote_IsBadLine()
    {
        var csv = "conversation,role,agent,text,at\nc,customer,,\"a\"b,2026-11-24T10:00:00Z\nc,customer,,ok,2026-11-24T10:00:00Z\n";
        var entries = Read(csv, ChatLogFormat.Csv);
        Assert.False(entries[0].IsMessage);
        Assert.True(entries[1].IsMessage);
        Assert.Equal(3, entries[1].Line);
    }
}
