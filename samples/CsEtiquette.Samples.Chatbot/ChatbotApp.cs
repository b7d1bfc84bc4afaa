using CsEtiquette.Assistant;
using CsEtiquette.DependencyInjection;
using CsEtiquette.Templates;
using Microsoft.Extensions.DependencyInjection;

namespace CsEtiquette.Samples.Chatbot;

/// <summary>
/// A minimal chatbot (客服机器人) built on CsEtiquette through dependency injection: the shop's own rule pack and
/// template pack (packs/*.json next to the program) are plugged in with <c>AddCsEtiquette</c>; every incoming message
/// gets the assistant's suggestion as the bot's answer, and the bot's canned answers are rendered from templates.
/// </summary>
public static class ChatbotApp
{
    /// <summary>Runs the bot; <c>--demo</c> plays a scripted chat, otherwise messages are read from <paramref name="input"/>.</summary>
    public static int Run(string[] args, TextReader input, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var demo = args.Contains("--demo");
        var packs = Path.Combine(AppContext.BaseDirectory, "packs");

        var services = new ServiceCollection();
        if (demo)
        {
            // Registered before AddCsEtiquette, so it wins (TryAdd): a fixed afternoon clock for a reproducible demo.
            services.AddSingleton<TimeProvider>(new FixedClock(new DateTimeOffset(2026, 11, 24, 15, 30, 0, TimeSpan.FromHours(8))));
        }

        services.AddCsEtiquette(options =>
        {
            options.AgentName = "小橙";
            options.RulePackPaths.Add(Path.Combine(packs, "shop-rules.json"));
            options.TemplatePackPaths.Add(Path.Combine(packs, "shop-templates.json"));
            options.DisabledRules.Add("CSE012");
            options.FollowUpWindow = TimeSpan.FromHours(12);
            options.Policy = ShopPolicy.Default with { ProcessingTime = "12小时" };
        });

        using var provider = services.BuildServiceProvider();
        var bot = new Bot(provider.GetRequiredService<IReplyAssistant>(), provider.GetRequiredService<ITemplateRenderer>(),
            provider.GetRequiredService<ConversationFactory>().Start("bot-1") with { Product = "保温杯" });

        output.WriteLine("CsEtiquette chatbot sample (客服机器人示例): shop packs from " + Path.GetFileName(packs) + "/");
        IEnumerable<string> messages = demo
            ? ["你好,在吗", "这个保温杯质保多久?", "我收到的保温杯漏水了,杯盖是坏的,太失望了", "订单号2026112412345678", "退款吧"]
            : ReadLines(input);
        foreach (var message in messages)
        {
            output.WriteLine("客户: " + message);
            output.WriteLine("小橙: " + bot.Answer(message));
        }

        if (demo)
        {
            var draft = "亲,这个你可以去拼多多买";
            var check = bot.Check(draft);
            output.WriteLine("草稿: " + draft);
            foreach (var f in check.Lint.Findings)
            {
                output.WriteLine($"  {f.RuleId} {f.Severity}: {f.Message}");
            }

            output.WriteLine("改写: " + check.SuggestedText);
        }

        return 0;
    }

    private static IEnumerable<string> ReadLines(TextReader input)
    {
        while (input.ReadLine() is { } line)
        {
            if (line.Trim() is "/quit" or "/exit")
            {
                yield break;
            }

            if (line.Trim().Length > 0)
            {
                yield return line.Trim();
            }
        }
    }

    /// <summary>The bot: canned answers from the template pack for known questions, the assistant for the rest.</summary>
    private sealed class Bot(IReplyAssistant assistant, ITemplateRenderer templates, Conversation conversation)
    {
        private Conversation _conversation = conversation;

        public string Answer(string message)
        {
            if (message.Contains("质保", StringComparison.Ordinal) && _conversation.Complaint is null)
            {
                // A question the shop answers with its own template (shop.warranty from packs/shop-templates.json).
                var reply = templates.Render("shop.warranty", new Dictionary<string, string> { ["商品"] = "这款保温杯" },
                    new RenderContext(_conversation.Clock.GetLocalNow()) { Seed = _conversation.Seed, Turn = _conversation.AgentTurnCount });
                _conversation = _conversation.WithCustomerTurn(message).WithAgentTurn(reply.Text);
                return reply.Text;
            }

            var suggestion = assistant.Suggest(_conversation, message);
            _conversation = suggestion.Conversation;
            return suggestion.Text;
        }

        public DraftCheck Check(string draft) => assistant.CheckDraft(draft, _conversation);
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        private static readonly TimeZoneInfo China =
            TimeZoneInfo.CreateCustomTimeZone("CST", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");

        public override TimeZoneInfo LocalTimeZone => China;

        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
