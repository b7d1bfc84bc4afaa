using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CsEtiquette.Benchmarks;

/// <summary>
/// A deterministic synthetic chat log in JSON Lines, generated in memory: the C# port of
/// <c>eng/insights/gen_chat_log.py</c> (same phrase lists and shape: conversations of 2-12 messages interleaved across
/// 300 open conversations, 8% complaints with and without apology-first, 60% of those with a follow-up 20 h of log
/// time later, polite and impolite replies, 0-3 s between messages). The exact lines differ from the Python script's
/// (another random generator) but are the same for a given seed on every run.
/// </summary>
public static class ReportLogCorpus
{
    private static readonly string[] Products = ["保温杯", "连衣裙", "蓝牙耳机", "运动鞋", "手机壳", "羽绒服", "电饭煲", "双肩包", "面霜", "台灯"];
    private static readonly string[] Sizes = ["S码", "M码", "L码", "XL码", "37码", "38码", "42码"];
    private static readonly string[] Agents = ["小王", "小李", "小张", "小赵", "小陈", "小刘", "小杨", "小黄", "小周", "小吴", "小徐", "小孙"];

    private static readonly string[] Questions =
    [
        "这款{p}尺码偏大吗?我平时穿{s},身高165体重55公斤",
        "请问{p}什么时候发货?我昨天下的单,订单号是{o}",
        "快递三天了还没到,物流信息一直不更新,怎么回事?",
        "{p}有没有黑色的?图片上的颜色和实物有色差吗?",
        "优惠券怎么用不了?满减活动是不是已经结束了?还能补发一张吗?",
        "{p}支持七天无理由退货吗?吊牌剪了还能退吗?",
        "发票可以开公司抬头吗?需要提供税号吗?电子发票什么时候能收到?",
        "这个{p}怎么用?说明书在哪里可以看到?有没有使用视频可以参考?",
        "{p}的材质是什么?洗了以后会不会起球或者缩水?",
        "请问{p}现在有货吗?什么时候补货?能不能先帮我预留一件?",
    ];

    private static readonly string[] Complaints = ["我要投诉!收到的{p}是破损的,太失望了", "投诉你们的物流,{p}一周了还没到,气死了", "你们客服怎么回事,态度太差了,我要投诉"];

    private static readonly string[] Chat =
    [
        "好的,谢谢你的耐心解答,那我就先下单了,麻烦尽快安排发货", "嗯嗯,明白了,那我再等等吧,有消息麻烦第一时间通知我",
        "还有别的颜色吗?黑色和白色哪个更耐脏一点,帮我推荐一下",
    ];

    private static readonly string[] Replies =
    [
        "您好,我是客服{a},这款{p}偏大一码,建议您选小一码哦~",
        "您好,您的订单今天下午发出,预计两天送达,随时可以联系我查询进度",
        "这款{p}目前暂时售罄,我们已记录您的需求,到货后第一时间通知您",
        "您的问题我已详细记录,会立即反馈给相关团队,24小时内与您联系",
        "亲,优惠券需要满199元才能使用,您可以再看看其他商品哦~",
        "这个不能退,没办法,您自己看着办吧,规定就是这样的,我们也没有办法处理",
        "可能明天发货吧,大概三天到,具体我也不清楚,您再等等看吧,到了就知道了",
        "你必须先提供订单号,不然没法查!!!我们每天要处理很多订单的",
    ];

    private static readonly string[] CustomerOpeners = ["你好,", "在吗?", "客服你好,", "亲,", "我想问一下,"];
    private static readonly string[] AgentEndings = ["", "~还有其他问题随时联系我哦", ",感谢您的耐心等待", ",祝您生活愉快~"];
    private const string Apology = "给您带来不好的体验非常抱歉,我们马上核实情况,您方便告诉我订单号吗?";
    private const string Solution = "您可以选择补发{p},预计3天到达;或申请全额退款,您更倾向哪种方式?";
    private const string FollowUp = "您好,之前您反馈的{p}问题已处理,请问目前是否还有其他疑问?";
    private const int OpenConversations = 300;

    private sealed class Conversation(string id, string agent, List<(string Role, string Text)> messages)
    {
        public string Id { get; } = id;
        public string Agent { get; } = agent;
        public List<(string Role, string Text)> Messages { get; } = messages;
        public int Next { get; set; }
        public bool Parked { get; set; }
    }

    /// <summary>UTF-8 JSON Lines of exactly <paramref name="messages"/> messages (about 200 bytes each).</summary>
    public static byte[] JsonLines(int messages, int seed = 42)
    {
        using var buffer = new MemoryStream(messages * 220);
        Write(buffer, messages, seed);
        return buffer.ToArray();
    }

    /// <summary>Writes the log of <see cref="JsonLines"/> to <paramref name="output"/> (for logs too large to hold).</summary>
    public static void Write(Stream output, int messages, int seed = 42)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfNegative(messages);
        var rng = new Random(seed);
        var t = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.FromHours(8));
        var open = new List<Conversation>(OpenConversations);
        var delayed = new PriorityQueue<Conversation, (DateTimeOffset Due, long Order)>();
        var nextId = 0;
        var written = 0;
        using (var w = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true }))
        {
            while (written < messages)
            {
                if (delayed.TryPeek(out _, out var due) && due.Due <= t)
                {
                    open.Add(delayed.Dequeue());
                }

                while (open.Count < OpenConversations)
                {
                    open.Add(NewConversation(rng, nextId++));
                }

                var k = rng.Next(open.Count);
                var conv = open[k];
                var (role, text) = conv.Messages[conv.Next];
                if (role == "agent@later" && !conv.Parked)
                {
                    // Park the conversation; its follow-up is written 20 hours of log time later.
                    conv.Parked = true;
                    open[k] = open[^1];
                    open.RemoveAt(open.Count - 1);
                    delayed.Enqueue(conv, (t.AddHours(20), nextId + written));
                    continue;
                }

                conv.Next++;
                if (conv.Next == conv.Messages.Count)
                {
                    open[k] = open[^1];
                    open.RemoveAt(open.Count - 1);
                }

                t = t.AddSeconds(rng.Next(0, 4));
                var isCustomer = role == "customer";
                text = isCustomer ? CustomerOpeners[rng.Next(CustomerOpeners.Length)] + text : text + AgentEndings[rng.Next(AgentEndings.Length)];
                w.WriteStartObject();
                w.WriteString("conversation", conv.Id);
                w.WriteString("role", isCustomer ? "customer" : "agent");
                w.WriteString("agent", conv.Agent);
                w.WriteString("text", text);
                w.WriteString("at", t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                w.WriteEndObject();
                w.Flush();
                output.WriteByte((byte)'\n');
                w.Reset();
                written++;
            }
        }
    }

    private static Conversation NewConversation(Random rng, int id)
    {
        var (p, s, a) = (Pick(rng, Products), Pick(rng, Sizes), Pick(rng, Agents));
        var o = rng.NextInt64(100_000_000_000, 1_000_000_000_000).ToString(CultureInfo.InvariantCulture);
        string Fill(string template) => new StringBuilder(template).Replace("{p}", p).Replace("{s}", s).Replace("{a}", a).Replace("{o}", o).ToString();
        var msgs = new List<(string, string)>();
        if (rng.NextDouble() < 0.08)
        {
            msgs.Add(("customer", Fill(Pick(rng, Complaints))));
            if (rng.NextDouble() < 0.7)
            {
                msgs.Add(("agent", Fill(Apology)));
                msgs.Add(("customer", "订单号是" + o));
                msgs.Add(("agent", Fill(Solution)));
            }
            else
            {
                msgs.Add(("agent", Fill(Solution)));
                msgs.Add(("agent", "非常抱歉给您带来不便"));
            }

            msgs.Add(("customer", Pick(rng, Chat)));
            if (rng.NextDouble() < 0.6)
            {
                msgs.Add(("agent@later", Fill(FollowUp)));
            }
        }
        else
        {
            for (var i = rng.Next(1, 6); i > 0; i--)
            {
                msgs.Add(("customer", rng.NextDouble() < 0.85 ? Fill(Pick(rng, Questions)) : Pick(rng, Chat)));
                msgs.Add(("agent", Fill(Pick(rng, Replies))));
            }
        }

        return new Conversation("c" + id.ToString(CultureInfo.InvariantCulture), a, msgs);
    }

    private static string Pick(Random rng, string[] items) => items[rng.Next(items.Length)];
}
