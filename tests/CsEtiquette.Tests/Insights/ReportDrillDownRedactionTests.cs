using System.Text.Json;
using CsEtiquette.Insights;
using CsEtiquette.Tests.Cli;
using static CsEtiquette.Tests.Insights.InsightTestLogs;

namespace CsEtiquette.Tests.Insights;

/// <summary>
/// Issue #19: the conversation drill-down (<c>conversations[].findings[].text</c> in <c>--json</c>, the per-conversation
/// tables in <c>--html</c>) masks personal data from customer turns and from agent replies that repeat it, unless
/// <c>--no-redact</c>; redaction comes before the 120-character clip.
/// </summary>
public sealed class ReportDrillDownRedactionTests : IDisposable
{
    private const string Phone = "13812345678";
    private const string MaskedPhone = "138****5678";
    private const string IdCard = "110101199003078515";
    private const string Street = "建国路88号";

    private readonly string _dir = Directory.CreateTempSubdirectory("cse-report-redact-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>
    /// Turn 1 (customer) gives the phone, turn 2 (agent, no greeting, no closing: CSC009 + CSC007) repeats it, turn 3
    /// (customer, an unanswered question: CSC005) gives the ID number and the address.
    /// </summary>
    private static List<ChatMessage> Chat() =>
    [
        C("c1", $"你好,我的手机号是{Phone},订单什么时候发货?", Base),
        A("c1", "小王", $"好的,已为您备注手机{Phone},仓库今天发货", Base.AddSeconds(20)),
        C("c1", $"身份证{IdCard}要填吗?寄到北京市朝阳区{Street}能送到吗?", Base.AddSeconds(40)),
    ];

    private string WriteLog()
    {
        var path = Path.Combine(_dir, "chat.jsonl");
        File.WriteAllText(path, ToJsonLines(Chat()) + "\n");
        return path;
    }

    private static Dictionary<int, string> FindingTexts(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var conv = Assert.Single(doc.RootElement.GetProperty("conversations").EnumerateArray());
        return conv.GetProperty("findings").EnumerateArray()
            .GroupBy(f => f.GetProperty("turn").GetInt32())
            .ToDictionary(g => g.Key, g => g.First().GetProperty("text").GetString()!);
    }

    [Fact]
    public void Report_MasksCustomerAndAgentTextInTheDrillDown_JsonAndHtml()
    {
        var json = Path.Combine(_dir, "out.json");
        var html = Path.Combine(_dir, "out.html");
        var (code, console, _) = CliHarness.Run(string.Empty, "report", WriteLog(), "--json", json, "--html", html);
        Assert.Equal(0, code);
        var jsonText = File.ReadAllText(json);
        var page = File.ReadAllText(html);

        // The drill-down really carries the agent's turn 2 and the customer's turn 3 (else this test proves nothing).
        var texts = FindingTexts(jsonText);
        Assert.Contains(MaskedPhone, texts[2], StringComparison.Ordinal);
        Assert.StartsWith("好的,已为您备注手机", texts[2], StringComparison.Ordinal);
        Assert.Contains("[身份证号]", texts[3], StringComparison.Ordinal);
        Assert.Contains("[地址]", texts[3], StringComparison.Ordinal);
        Assert.Contains("会话质检", page, StringComparison.Ordinal);
        foreach (var expected in new[] { MaskedPhone, "[身份证号]", "[地址]" })
        {
            Assert.Contains(expected, page, StringComparison.Ordinal);
        }

        foreach (var output in new[] { jsonText, page, console })
        {
            foreach (var leak in new[] { Phone, IdCard, Street, "19900307" })
            {
                Assert.DoesNotContain(leak, output, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Report_NoRedact_KeepsTheDrillDownVerbatim()
    {
        var json = Path.Combine(_dir, "out.json");
        var html = Path.Combine(_dir, "out.html");
        Assert.Equal(0, CliHarness.Run(string.Empty, "report", WriteLog(), "--json", json, "--html", html, "--no-redact").Code);
        var texts = FindingTexts(File.ReadAllText(json));
        Assert.Contains(Phone, texts[2], StringComparison.Ordinal);
        Assert.Contains(IdCard, texts[3], StringComparison.Ordinal);
        Assert.Contains(Street, texts[3], StringComparison.Ordinal);
        var page = File.ReadAllText(html);
        foreach (var original in new[] { Phone, IdCard, Street })
        {
            Assert.Contains(original, page, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// A phone straddling the 120-character clip: clipping first would leave 8 raw digits that no longer look like
    /// a phone; redacting first leaves a cut mask. Also a reply longer than the lazily held limit (redacted at once).
    /// </summary>
    [Theory]
    [InlineData(108, 0)]
    [InlineData(0, 600)]
    public void FindingText_IsRedactedBeforeItIsClipped(int before, int after)
    {
        var reply = new string('好', before) + "您的手机" + Phone + "已登记" + new string('好', after);
        var report = InsightReport.Create(Inspector().Inspect([C("c1", "你好", Base), A("c1", "小王", reply, Base.AddSeconds(10))]), top: 5);
        var findings = Assert.Single(report.ConversationResults).Findings;
        Assert.NotEmpty(findings);
        foreach (var f in findings)
        {
            Assert.True(f.Text.Length <= 121, f.Text);
            Assert.DoesNotContain("1381234", f.Text, StringComparison.Ordinal);
            Assert.Contains("138*", f.Text, StringComparison.Ordinal);
        }

        var verbatim = new QualityInspector(new QualityInspectorOptions { RedactPersonalData = false })
            .Inspect([C("c1", "你好", Base), A("c1", "小王", reply, Base.AddSeconds(10))]);
        Assert.All(Assert.Single(InsightReport.Create(verbatim, top: 5).ConversationResults).Findings,
            f => Assert.Contains("1381234", f.Text, StringComparison.Ordinal));
    }
    /// <summary>
    /// Messages longer than <see cref="ConversationTracker.LazyText"/> (512) characters, redacted and clipped at once,
    /// with the ID number or the address straddling the 120-character clip, straddling the 512 mark, or after both:
    /// no unmasked fragment reaches the JSON, the HTML or the console, from the agent's reply (turn 2: CSC009, CSC007)
    /// or the customer's unanswered question (turn 3: CSC005). Under <c>--no-redact</c> the straddling cases do show the
    /// clipped raw fragment, so the check can fail.
    /// </summary>
    [Theory]
    [InlineData("id", 112)]
    [InlineData("id", 505)]
    [InlineData("id", 600)]
    [InlineData("address", 110)]
    [InlineData("address", 508)]
    [InlineData("address", 600)]
    public void LongMessage_PersonalDataAtOrAfterTheClip_NeverLeaksAFragment(string kind, int start)
    {
        const int Length = 700;
        const string Address = "北京市朝阳区" + Street;
        var (cue, value) = kind == "id" ? (",身份证", IdCard) : (",寄到", Address);
        string Long(string tail) =>
            new string('嗯', start - cue.Length) + cue + value + "," + new string('嗯', Length - start - value.Length - 1 - tail.Length) + tail;
        var reply = Long("已登记");
        var question = Long("能送到吗?");
        Assert.Equal(Length, reply.Length);
        Assert.Equal(start, reply.IndexOf(value, StringComparison.Ordinal));
        var log = Path.Combine(_dir, "long.jsonl");
        File.WriteAllText(log, ToJsonLines([C("c1", "你好", Base), A("c1", "小王", reply, Base.AddSeconds(10)), C("c1", question, Base.AddSeconds(20))]) + "\n");

        // The fragments a clip-then-redact (or a partial mask) would leave: every 8 digits of the ID, the street.
        var fragments = new List<string> { Street, "建国路", "88号" };
        for (var i = 0; i + 8 <= IdCard.Length; i++)
        {
            fragments.Add(IdCard.Substring(i, 8));
        }

        foreach (var redact in new[] { true, false })
        {
            var json = Path.Combine(_dir, $"long-{redact}.json");
            var html = Path.Combine(_dir, $"long-{redact}.html");
            string[] args = redact ? ["report", log, "--json", json, "--html", html] : ["report", log, "--json", json, "--html", html, "--no-redact"];
            var (code, console, _) = CliHarness.Run(string.Empty, args);
            Assert.Equal(0, code);
            var jsonText = File.ReadAllText(json);
            var page = File.ReadAllText(html);
            var texts = FindingTexts(jsonText);
            Assert.StartsWith("嗯嗯嗯", texts[2], StringComparison.Ordinal);
            Assert.StartsWith("嗯嗯嗯", texts[3], StringComparison.Ordinal);
            Assert.All(texts.Values, t => Assert.True(t.Length <= 121, t));
            if (!redact)
            {
                // Verbatim: the clip keeps the raw start of the value when it straddles 120 (what redaction must hide).
                if (start < 120)
                {
                    var shownFragment = (kind == "id" ? IdCard : Address)[..(120 - start)];
                    Assert.Contains(shownFragment, texts[2], StringComparison.Ordinal);
                    Assert.Contains(shownFragment, page, StringComparison.Ordinal);
                }

                continue;
            }

            if (start < 120)
            {
                var mask = kind == "id" ? "[身份证号]" : "[地址]";
                Assert.Contains(mask, texts[2], StringComparison.Ordinal);
                Assert.Contains(mask, texts[3], StringComparison.Ordinal);
                Assert.Contains(mask, page, StringComparison.Ordinal);
            }

            foreach (var output in new[] { jsonText, page, console })
            {
                foreach (var leak in fragments)
                {
                    Assert.DoesNotContain(leak, output, StringComparison.Ordinal);
                }
            }
        }
    }
}
