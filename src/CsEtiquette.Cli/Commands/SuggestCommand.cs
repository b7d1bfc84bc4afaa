using System.Globalization;
using System.Text;
using System.Text.Json;
using CsEtiquette.Analysis;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.Knowledge;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Templates;

namespace CsEtiquette.Cli.Commands;

/// <summary>
/// <c>cse suggest [--knowledge PATH] [--orders PATH] [--product NAME] [--at ISO]</c>: reads a conversation as JSON
/// lines <c>{"role":"customer"|"agent","text":"…","at":"…"}</c> (<c>at</c> optional; agent lines are the replies
/// actually sent and advance the conversation) and writes, for every customer line, one JSON line
/// <c>{"turn":1,"text":…,"parts":[…],"intent":…,"emotion":…,"issue":…,"asked":[…],"faq":id|null,"case":{"id":…,"state":…}|null}</c>.
/// Exit codes: 0 success, 1 unusable input line, knowledge pack or orders file (the message names the file and line), 2 usage.
/// </summary>
internal static class SuggestCommand
{
    internal const string Synopsis =
        "usage: cse suggest [--knowledge PATH] [--orders PATH] [--product NAME] [--at ISO]\n" +
        "  reads JSON lines {\"role\":\"customer\"|\"agent\",\"text\":…,\"at\":…} from stdin; writes one JSON line per customer line:\n" +
        "  {\"turn\":…,\"text\":…,\"parts\":[…],\"intent\":…,\"emotion\":…,\"issue\":…,\"asked\":[…],\"faq\":…,\"case\":{\"id\":…,\"state\":…}}.\n" +
        "  --orders: a JSON object from order number to {\"placedAt\":…,\"deliveredAt\":…}. exit 0 ok, 1 bad input/pack/orders file, 2 usage.";

    private const string StdinName = "<stdin>";

    public static int Run(string[] args, CliIO io)
    {
        var a = CliArgs.Parse(args, [], ["--knowledge", "--orders", "--product", "--at"]);
        if (a.Positionals.Count > 0)
        {
            throw new CliUsageException($"unexpected argument '{a.Positionals[0]}' (the conversation is read from stdin as JSON lines).");
        }

        DateTimeOffset? start = null;
        if (a.Get("--at") is { } at)
        {
            start = DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new CliUsageException($"--at must be an ISO 8601 time such as 2026-11-24T10:00:00+08:00, not '{at}'.");
        }

        var product = a.Get("--product");
        if (product is { } p && string.IsNullOrWhiteSpace(p))
        {
            throw new CliUsageException("--product must not be blank.");
        }

        ShopKnowledge? knowledge = null;
        if (a.Get("--knowledge") is { } kpath)
        {
            try
            {
                knowledge = ShopKnowledge.Load(kpath);
            }
            catch (KnowledgePackException ex)
            {
                io.Error.WriteLine($"cse suggest: {ex.Message}");
                return ExitCodes.DataError;
            }
        }

        IOrderLookup? orders = null;
        if (a.Get("--orders") is { } opath)
        {
            try
            {
                orders = ReadOrders(opath);
            }
            catch (InputException ex)
            {
                io.Error.WriteLine($"cse suggest: {ex.Message}");
                return ExitCodes.DataError;
            }
        }

        var assistant = new ReplyAssistant(CustomerMessageAnalyzer.Default, ReplyLinter.Default, PhraseRewriter.Default,
            TemplateRenderer.Default, new ComplaintWorkflow(), knowledge, orders);
        var policy = knowledge?.Policy.ApplyTo(ShopPolicy.Default) ?? ShopPolicy.Default;
        var clock = new SettableClock(start ?? TimeProvider.System.GetUtcNow());
        var conversation = new Conversation("cse-suggest", "小美", policy, clock, seed: 0) { Product = product };
        var sb = new StringBuilder();
        var lineNo = 0;
        var turn = 0;
        string? line;
        while ((line = io.In.ReadLine()) is not null)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            (string Role, string Text, DateTimeOffset? At) message;
            try
            {
                message = ReadLine(line);
            }
            catch (InputException ex)
            {
                io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cse suggest: {StdinName} line {lineNo}: {ex.Message}"));
                return ExitCodes.DataError;
            }

            if (message.At is { } when)
            {
                clock.Set(when);
            }

            if (message.Role == "agent")
            {
                conversation = conversation.WithSentAgentTurn(message.Text);
                continue;
            }

            turn++;
            var s = assistant.Suggest(conversation, message.Text);
            conversation = s.Conversation;
            sb.Clear();
            Append(sb, turn, s);
            io.Out.WriteLine(sb.ToString());
        }

        return ExitCodes.Success;
    }

    internal static void Append(StringBuilder sb, int turn, ReplySuggestion s)
    {
        sb.Append("{\"turn\":").Append(turn.ToString(CultureInfo.InvariantCulture)).Append(",\"text\":");
        CliJson.AppendString(sb, s.Text);
        sb.Append(",\"parts\":[");
        for (var i = 0; i < s.Parts.Count; i++)
        {
            sb.Append(i == 0 ? "\"" : ",\"").Append(s.Parts[i].Kind.ToString()).Append('"');
        }

        sb.Append("],\"intent\":\"").Append((s.Analysis?.PrimaryIntent ?? MessageIntent.Other).ToString())
            .Append("\",\"emotion\":\"").Append((s.Analysis?.Emotion.Label ?? CustomerEmotion.Neutral).ToString())
            .Append("\",\"issue\":\"").Append(s.Issue.ToString()).Append("\",\"asked\":[");
        for (var i = 0; i < s.Asked.Count; i++)
        {
            sb.Append(i == 0 ? "\"" : ",\"").Append(s.Asked[i].ToString()).Append('"');
        }

        sb.Append("],\"faq\":");
        if (s.Knowledge is { } k)
        {
            CliJson.AppendString(sb, k.Id);
        }
        else
        {
            sb.Append("null");
        }

        sb.Append(",\"case\":");
        if (s.Complaint is { } c)
        {
            sb.Append("{\"id\":");
            CliJson.AppendString(sb, c.Id);
            sb.Append(",\"state\":\"").Append(c.State.ToString()).Append("\"}");
        }
        else
        {
            sb.Append("null");
        }

        sb.Append('}');
    }

    private static (string Role, string Text, DateTimeOffset? At) ReadLine(string line)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new InputException("invalid JSON: " + ex.Message);
        }

        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputException("each line must be a JSON object {\"role\":…,\"text\":…}.");
            }

            string? role = null, text = null;
            DateTimeOffset? at = null;
            foreach (var prop in root.EnumerateObject())
            {
                switch (prop.Name)
                {
                    case "role":
                        role = prop.Value.ValueKind == JsonValueKind.String ? prop.Value.GetString() : null;
                        if (role is not ("customer" or "agent"))
                        {
                            throw new InputException("$.role must be \"customer\" or \"agent\".");
                        }

                        break;
                    case "text":
                        text = prop.Value.ValueKind == JsonValueKind.String
                            ? prop.Value.GetString()
                            : throw new InputException("$.text must be a string.");
                        break;
                    case "at":
                        at = prop.Value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(prop.Value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
                            ? t
                            : throw new InputException("$.at must be an ISO 8601 time such as 2026-11-24T10:00:00+08:00.");
                        break;
                    default:
                        throw new InputException($"unknown property '$.{prop.Name}' (allowed: role, text, at).");
                }
            }

            if (role is null)
            {
                throw new InputException("$.role is required (\"customer\" or \"agent\").");
            }

            if (text is null)
            {
                throw new InputException("$.text is required.");
            }

            return (role, text, at);
        }
    }

    private static InMemoryOrderLookup ReadOrders(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: the file cannot be read: {ex.Message}");
        }

        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InputException($"{path}: $ must be an object from order number to {{\"placedAt\":…,\"deliveredAt\":…}}.");
            }

            var list = new List<OrderRecord>();
            foreach (var prop in doc.RootElement.EnumerateObject())
            {
                var at = "$['" + prop.Name + "']";
                if (prop.Value.ValueKind != JsonValueKind.Object || string.IsNullOrWhiteSpace(prop.Name))
                {
                    throw new InputException($"{path}: {at} must be an object {{\"placedAt\":…,\"deliveredAt\":…}} under a non-blank order number.");
                }

                DateTimeOffset? placed = null, delivered = null;
                string? status = null;
                var items = System.Collections.Immutable.ImmutableArray.CreateBuilder<string>();
                foreach (var f in prop.Value.EnumerateObject())
                {
                    switch (f.Name)
                    {
                        case "placedAt":
                            placed = Time(f.Value, path, at + ".placedAt");
                            break;
                        case "deliveredAt":
                            delivered = f.Value.ValueKind == JsonValueKind.Null ? null : Time(f.Value, path, at + ".deliveredAt");
                            break;
                        case "status":
                            status = f.Value.ValueKind == JsonValueKind.String ? f.Value.GetString() : throw new InputException($"{path}: {at}.status must be a string.");
                            break;
                        case "items":
                            if (f.Value.ValueKind != JsonValueKind.Array)
                            {
                                throw new InputException($"{path}: {at}.items must be an array of strings.");
                            }

                            foreach (var item in f.Value.EnumerateArray())
                            {
                                items.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : throw new InputException($"{path}: {at}.items must be an array of strings."));
                            }

                            break;
                        default:
                            throw new InputException($"{path}: unknown property {at}.{f.Name} (allowed: placedAt, deliveredAt, items, status).");
                    }
                }

                if (placed is null)
                {
                    throw new InputException($"{path}: {at}.placedAt is required.");
                }

                list.Add(new OrderRecord(prop.Name, placed.Value) { DeliveredAt = delivered, Status = status, Items = items.ToImmutable() });
            }

            return new InMemoryOrderLookup(list);
        }
        catch (JsonException ex)
        {
            throw new InputException($"{path}: invalid JSON at line {(ex.LineNumber ?? 0) + 1}: {ex.Message}");
        }
    }

    private static DateTimeOffset Time(JsonElement value, string path, string at) =>
        value.ValueKind == JsonValueKind.String && DateTimeOffset.TryParse(value.GetString(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)
            ? t
            : throw new InputException($"{path}: {at} must be an ISO 8601 time such as 2026-11-24T10:00:00+08:00.");

    private sealed class InputException(string message) : Exception(message);

    /// <summary>The conversation clock: the <c>at</c> of the latest line, else <c>--at</c>, else the time the command started.</summary>
    private sealed class SettableClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public void Set(DateTimeOffset now) => _now = now;

        public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.CreateCustomTimeZone("UTC+8", TimeSpan.FromHours(8), "China Standard Time", "China Standard Time");
    }
}
