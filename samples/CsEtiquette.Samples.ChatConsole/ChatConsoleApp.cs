using CsEtiquette.Analysis;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.Knowledge;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Templates;
using Spectre.Console;

namespace CsEtiquette.Samples.ChatConsole;

/// <summary>
/// The chat console (客服聊天控制台): type a customer message and get the analysis and a suggested reply;
/// <c>/agent …</c> records the reply the agent actually sent instead of the suggestion (so a recorded conversation can
/// be replayed line by line); <c>/draft …</c> lints and rewrites your own reply; <c>/case</c> shows the complaint case;
/// <c>/followup</c> suggests the follow-up of a resolved case; <c>/product …</c> names the product; <c>/quit</c> leaves.
/// Answers come from the example knowledge pack, or <c>--knowledge PATH</c>. <c>--demo</c> plays the seeds'
/// damaged-item conversation, then a policy question and an out-of-window return.
/// </summary>
public static class ChatConsoleApp
{
    /// <summary>Runs the console; returns the process exit code.</summary>
    /// <param name="args">Command-line arguments: <c>--demo</c> for the scripted conversation.</param>
    /// <param name="input">Where customer messages are read from in interactive mode.</param>
    /// <param name="console">Where output goes.</param>
    public static int Run(string[] args, TextReader input, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(console);
        console.MarkupLine($"[bold]CsEtiquette {EtiquetteInfo.Version}[/] — chat console sample (客服聊天控制台示例)");
        var at = Array.IndexOf(args, "--knowledge");
        ShopKnowledge knowledge;
        try
        {
            knowledge = at >= 0 && at + 1 < args.Length ? ShopKnowledge.Load(args[at + 1]) : ShopKnowledge.Example;
        }
        catch (KnowledgePackException e)
        {
            console.MarkupLine($"[red]{Markup.Escape(e.Message)}[/]");
            return 2;
        }

        return args.Contains("--demo") ? Demo(knowledge, console) : Interactive(Assistant(knowledge, null), knowledge, input, console);
    }

    // Any IReplyAssistant (e.g. resolved from DI) works here; this one answers from the shop's knowledge pack and checks
    // requests against the policy windows with the host's order lookup.
    private static ReplyAssistant Assistant(IShopKnowledge knowledge, IOrderLookup? orders) =>
        new(CustomerMessageAnalyzer.Default, ReplyLinter.Default, PhraseRewriter.Default, TemplateRenderer.Default,
            new ComplaintWorkflow(), knowledge, orders);

    private static int Demo(ShopKnowledge knowledge, IAnsiConsole console)
    {
        // 2026-11-24 10:05 in China: the greeting says 上午好.
        var clock = new ManualClock(new DateTimeOffset(2026, 11, 24, 10, 5, 0, TimeSpan.FromHours(8)));
        var policy = knowledge.Policy.ApplyTo(ShopPolicy.Default);

        var assistant = Assistant(knowledge, null);
        var conversation = new Conversation("demo-damaged-cup", "小美", policy, clock, seed: 7)
        {
            Product = "保温杯",
        };

        console.MarkupLine("[yellow]── Scripted demo: a customer received a damaged item (客户收到破损商品) ──[/]");
        string[] script =
        [
            "你们怎么回事!我收到的保温杯是坏的,杯盖都裂了,太让人生气了!",
            "订单号是2026112412345678,赶紧给我处理",
            "那就补发吧",
        ];
        foreach (var message in script)
        {
            conversation = Exchange(assistant, conversation, message, console);
            clock.Advance(TimeSpan.FromMinutes(3));
        }

        console.MarkupLine("[grey]── An agent's own draft, checked before sending (/draft) ──[/]");
        ShowDraft(assistant, conversation, "你别急,这个我们不能马上解决,大概三天到!!", console);

        ShowCase(conversation, console);
        clock.Advance(TimeSpan.FromHours(20));
        console.MarkupLine("[yellow]── 20 hours later: the follow-up (闭环跟进) ──[/]");
        var followUp = assistant.SuggestFollowUp(conversation);
        if (followUp is null)
        {
            console.MarkupLine("[red]No resolved case to follow up.[/]");
            return 1;
        }

        ShowReply(followUp, console);
        conversation = followUp.Conversation;
        clock.Advance(TimeSpan.FromMinutes(10));
        conversation = Exchange(assistant, conversation, "收到了,新的杯子很好,谢谢", console);
        ShowCase(conversation, console);
        var closed = conversation.Complaint?.State == ComplaintState.Closed;

        console.MarkupLine("[yellow]── Scripted demo: a policy question and an out-of-window return (售后政策与资格校验) ──[/]");
        // The host's orders: one delivered 15 days ago (past the 7-day no-reason return window).
        const string oldOrder = "2026110612345678";
        var orders = new InMemoryOrderLookup([new OrderRecord(oldOrder, clock.GetUtcNow().AddDays(-18)) { DeliveredAt = clock.GetUtcNow().AddDays(-15) }]);
        assistant = Assistant(knowledge, orders);
        var policyChat = new Conversation("demo-policy", "小美", policy, clock, seed: 11) { Product = "保温杯" };
        ReplySuggestion? last = null;
        foreach (var message in (string[])["售后期限是多久?", "我想退货，不想要了", oldOrder])
        {
            last = assistant.Suggest(policyChat, message);
            ShowExchange(message, last, console);
            policyChat = last.Conversation; // the clock stands still here, so the order is exactly 15 days old
        }

        if (last?.Eligibility is { } check)
        {
            console.MarkupLine($"[grey]  eligibility: {check.Window}, {check.ElapsedDays} days since delivery (source {check.Source}), within policy: {check.IsWithinPolicy}[/]");
        }

        return closed && last?.Eligibility is { IsWithinPolicy: false } ? 0 : 1;
    }

    private static int Interactive(IReplyAssistant assistant, ShopKnowledge knowledge, TextReader input, IAnsiConsole console)
    {
        var conversation = new Conversation("console", "小美", knowledge.Policy.ApplyTo(ShopPolicy.Default), TimeProvider.System, seed: Environment.TickCount64);
        console.MarkupLine($"[grey]Knowledge pack: {Markup.Escape(knowledge.Name)} ({knowledge.Entries.Length} entries).[/]");
        console.MarkupLine("[grey]Type a customer message; /agent <text> records the reply actually sent; /draft <text> checks your own reply; /case shows the complaint; /followup; /product <name>; /quit.[/]");
        while (true)
        {
            console.Markup("[blue]客户> [/]");
            var line = input.ReadLine();
            if (line is null || line.Trim() is "/quit" or "/exit")
            {
                return 0;
            }

            line = line.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("/agent", StringComparison.Ordinal))
            {
                // The agent's real reply replaces the suggestion (or follows the last one): a recorded chat replays turn by turn.
                var sent = line["/agent".Length..].Trim();
                if (sent.Length > 0)
                {
                    conversation = conversation.WithSentAgentTurn(sent);
                    console.MarkupLine($"[green]客服(已发送)>[/] {Markup.Escape(sent)}");
                }
            }
            else if (line.StartsWith("/draft", StringComparison.Ordinal))
            {
                ShowDraft(assistant, conversation, line["/draft".Length..].Trim(), console);
            }
            else if (line.StartsWith("/product", StringComparison.Ordinal))
            {
                var product = line["/product".Length..].Trim();
                conversation = conversation with { Product = product.Length == 0 ? null : product };
                console.MarkupLine($"[grey]Product: {Markup.Escape(conversation.Product ?? "-")}[/]");
            }
            else if (line == "/case")
            {
                ShowCase(conversation, console);
            }
            else if (line == "/followup")
            {
                var f = assistant.SuggestFollowUp(conversation);
                if (f is null)
                {
                    console.MarkupLine("[grey]No resolved complaint to follow up.[/]");
                }
                else
                {
                    ShowReply(f, console);
                    conversation = f.Conversation;
                }
            }
            else
            {
                conversation = Exchange(assistant, conversation, line, console, echo: false);
            }
        }
    }

    private static Conversation Exchange(IReplyAssistant assistant, Conversation conversation, string message, IAnsiConsole console, bool echo = true)
    {
        if (echo)
        {
            console.MarkupLine($"[blue]客户>[/] {Markup.Escape(message)}");
        }

        var s = assistant.Suggest(conversation, message);
        ShowAnalysis(s, console);
        ShowReply(s, console);
        return s.Conversation;
    }

    private static void ShowExchange(string message, ReplySuggestion s, IAnsiConsole console)
    {
        console.MarkupLine($"[blue]客户>[/] {Markup.Escape(message)}");
        ShowAnalysis(s, console);
        ShowReply(s, console);
    }

    private static void ShowAnalysis(ReplySuggestion s, IAnsiConsole console)
    {
        var a = s.Analysis!;
        var facts = string.Join(", ", a.Facts.Select(f => $"{f.Kind}={f.Value}"));
        console.MarkupLine(
            $"[grey]  analysis: intent {a.PrimaryIntent}, emotion {a.Emotion.Label} ({a.Emotion.Intensity:0.00}), issue {s.Issue}" +
            (a.IsAbusive ? $", abuse {a.AbuseSeverity}" : string.Empty) +
            (facts.Length > 0 ? $", facts {Markup.Escape(facts)}" : string.Empty) +
            (a.Missing.Count > 0 ? $", missing {string.Join("+", a.Missing)}" : string.Empty) +
            $", act {s.Act}" + (s.Knowledge is { } k ? $", faq {Markup.Escape(k.Id)} ({k.Score:0.00})" : string.Empty) + "[/]");
    }

    private static void ShowReply(ReplySuggestion s, IAnsiConsole console)
    {
        foreach (var p in s.Parts)
        {
            console.MarkupLine($"[grey]  · {p.Kind,-17} {Markup.Escape(p.Source)} — {Markup.Escape(p.Reason)}[/]");
        }

        console.MarkupLine($"[green]客服>[/] {Markup.Escape(s.Text)}");
        console.MarkupLine(s.Lint.HasFindings
            ? $"[red]  lint: {s.Lint.Findings.Count} finding(s)[/]"
            : "[grey]  lint: clean[/]" + (s.Complaint is { } c ? $"[grey]; complaint {Markup.Escape(c.Id)}: {c.State}[/]" : string.Empty));
    }

    private static void ShowDraft(IReplyAssistant assistant, Conversation conversation, string draft, IAnsiConsole console)
    {
        var check = assistant.CheckDraft(draft, conversation);
        console.MarkupLine($"[blue]草稿>[/] {Markup.Escape(draft)}");
        if (check.IsClean)
        {
            console.MarkupLine("[green]  lint: clean, send as is[/]");
            return;
        }

        foreach (var f in check.Lint.Findings)
        {
            var colour = f.Severity switch
            {
                Linting.Severity.Error => "red",
                Linting.Severity.Warning => "yellow",
                _ => "grey",
            };
            console.MarkupLine($"[{colour}]  {f.RuleId} {f.Severity}[/] \"{Markup.Escape(f.MatchedText)}\": {Markup.Escape(f.Message)}");
        }

        console.MarkupLine($"[green]改写>[/] {Markup.Escape(check.Rewrite.Text)}");
        foreach (var f in check.Rewrite.RemainingFindings)
        {
            console.MarkupLine($"[yellow]  still to fix by hand: {f.RuleId} \"{Markup.Escape(f.MatchedText)}\"[/]");
        }
    }

    private static void ShowCase(Conversation conversation, IAnsiConsole console)
    {
        if (conversation.Complaint is not { } c)
        {
            console.MarkupLine("[grey]No complaint case.[/]");
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumn("Complaint case (/case)").AddColumn(Markup.Escape(c.Id));
        table.AddRow("State", c.State.ToString());
        table.AddRow("Order", Markup.Escape(c.OrderNumber ?? "-"));
        table.AddRow("Offered", Markup.Escape(c.OfferedOptions.Length == 0 ? "-" : string.Join(" | ", c.OfferedOptions)));
        table.AddRow("Chosen", Markup.Escape(c.ChosenOption ?? "-"));
        table.AddRow("Follow-up due", c.FollowUpDueAt?.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "-");
        table.AddRow("History", Markup.Escape(string.Join(" → ", c.History.Select(h => h.Event.Trigger.ToString()))));
        console.Write(table);
    }
}
