using CsEtiquette.Samples.Chatbot;
using CsEtiquette.Samples.ChatConsole;
using Spectre.Console;

namespace CsEtiquette.Tests.Samples;

/// <summary>Runs each sample's scripted <c>--demo</c> in-process and checks the key lines of its output.</summary>
public sealed class SampleDemoTests
{
    [Fact]
    public void ChatConsole_Demo_PlaysTheDamagedItemConversationToClosed()
    {
        var (code, output) = RunConsole(["--demo"], TextReader.Null);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);

        Assert.Equal(0, code);
        // angry → empathy + apology → asks for the order number
        Assert.Contains(lines, l => l.StartsWith("客户> 你们怎么回事", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("客服> ", StringComparison.Ordinal) && l.Contains("换作是我", StringComparison.Ordinal) && l.Contains("订单号", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("complaint demo-damaged-cup#1: EmotionAcknowledged", StringComparison.Ordinal));
        // order number → two options
        Assert.Contains(lines, l => l.StartsWith("客服> ", StringComparison.Ordinal) && l.Contains("一是为您补发", StringComparison.Ordinal) && l.Contains("二是为您办理全额退款", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(": SolutionsOffered", StringComparison.Ordinal));
        // choice → resolution with the follow-up promise
        Assert.Contains(lines, l => l.StartsWith("客服> 好的", StringComparison.Ordinal) && l.Contains("回访", StringComparison.Ordinal));
        // the agent's own draft is flagged and rewritten
        Assert.Contains(lines, l => l.StartsWith("CSE001", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("改写> ", StringComparison.Ordinal));
        // follow-up → closed
        var followUpAt = Array.FindIndex(lines, l => l.Contains("20 hours later", StringComparison.Ordinal));
        Assert.True(followUpAt > 0);
        var followUp = lines.Skip(followUpAt).First(l => l.StartsWith("客服> ", StringComparison.Ordinal));
        Assert.Contains("您好", followUp, StringComparison.Ordinal);
        Assert.Contains("2026112412345678", followUp, StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains(": Closed", StringComparison.Ordinal));
        Assert.DoesNotContain("finding(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ChatConsole_Interactive_AnswersDraftsAndCase()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Profile.Width = 1000;
        var input = new StringReader("我收到的杯子是坏的,太生气了\n/case\n/draft 你稍等一下\n/quit\n");

        Assert.Equal(0, ChatConsoleApp.Run([], input, console));
        var output = writer.ToString();
        Assert.Contains("EmotionAcknowledged", output, StringComparison.Ordinal);
        Assert.Contains("Complaint case (/case)", output, StringComparison.Ordinal);
        Assert.Contains("CSE005", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Chatbot_Demo_UsesTheShopPacksThroughDependencyInjection()
    {
        var writer = new StringWriter();
        Assert.Equal(0, ChatbotApp.Run(["--demo"], TextReader.Null, writer));
        var lines = writer.ToString().Split('\n', StringSplitOptions.TrimEntries);

        // The shop's greeting template (packs/shop-templates.json) replaced the built-in one, with the DI clock's 下午.
        Assert.Contains("小橙: 下午好！我是橙子小店的小橙，保温杯有任何问题都可以问我哦~", lines);
        // The shop's own template answers the warranty question.
        Assert.Contains(lines, l => l.StartsWith("小橙: ", StringComparison.Ordinal) && l.Contains("一年质保", StringComparison.Ordinal));
        // The policy's 12-hour processing time and follow-up window reach the replies.
        Assert.Contains(lines, l => l.Contains("12小时内回访您", StringComparison.Ordinal));
        // The shop's rule pack (packs/shop-rules.json) flags 亲 and competitor platforms.
        Assert.Contains(lines, l => l.StartsWith("SHOP001 Warning", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("SHOP002 Error", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("改写: 您好", StringComparison.Ordinal));
    }

    [Fact]
    public void ChatConsole_Demo_AnswersAPolicyQuestion_AndRefusesAnOutOfWindowReturnWithTheRule()
    {
        var (code, output) = RunConsole(["--demo"], TextReader.Null);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Equal(0, code);

        var start = Array.FindIndex(lines, l => l.Contains("out-of-window return", StringComparison.Ordinal));
        Assert.True(start > 0);
        var replies = lines.Skip(start).Where(l => l.StartsWith("客服> ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, replies.Length);

        // 售后期限是多久? → the policy entry of the example knowledge pack, in one turn.
        Assert.Contains(lines.Skip(start), l => l.Contains("faq policy.after-sales", StringComparison.Ordinal));
        Assert.Contains("15天", replies[0], StringComparison.Ordinal);
        // 我想退货 → asks for the order once.
        Assert.Contains("订单号", replies[1], StringComparison.Ordinal);
        // a 15-day-old order → the rule and the alternative, never reship or a full refund.
        Assert.Contains("《店铺退换货规则》", replies[2], StringComparison.Ordinal);
        Assert.Contains("7天", replies[2], StringComparison.Ordinal);
        Assert.Contains("15天", replies[2], StringComparison.Ordinal);
        Assert.Contains("质量问题", replies[2], StringComparison.Ordinal);
        Assert.DoesNotContain("补发", replies[2], StringComparison.Ordinal);
        Assert.DoesNotContain("全额退款", replies[2], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains("eligibility: ReturnWindow, 15 days since delivery (source order), within policy: False", StringComparison.Ordinal));
        Assert.DoesNotContain("finding(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ChatConsole_AgentLines_ReplayTheRealReplyIntoTheConversation()
    {
        // The agent (not the suggestion) asked for the order number; the customer's phone number is then an answer.
        var (code, output) = RunConsole([], new StringReader("你好\n/agent 您好，请问您的订单号是多少呢？\n13812345678\n/quit\n"));
        Assert.Equal(0, code);
        Assert.Contains("客服(已发送)> 您好，请问您的订单号是多少呢？", output, StringComparison.Ordinal);
        Assert.Contains("act Answer", output, StringComparison.Ordinal);
        Assert.Contains("手机号138****5678", output, StringComparison.Ordinal);

        // Without the agent's line the same number is no answer to anything.
        var (_, without) = RunConsole([], new StringReader("你好\n13812345678\n/quit\n"));
        Assert.DoesNotContain("act Answer", without, StringComparison.Ordinal);
    }

    [Fact]
    public void ChatConsole_BadKnowledgePack_ExitsWithTwoNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "cse-console-bad-" + Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, "{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"x\",\"entries\":[{\"id\":\"a\"}]}");
        try
        {
            var (code, output) = RunConsole(["--knowledge", path], TextReader.Null);
            Assert.Equal(2, code);
            Assert.Contains(Path.GetFileName(path), output.Replace("\n", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static (int Code, string Output) RunConsole(string[] args, TextReader input)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 1000;
        var code = ChatConsoleApp.Run(args, input, console);
        return (code, writer.ToString());
    }
}
