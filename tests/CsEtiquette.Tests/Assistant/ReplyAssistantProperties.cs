using CsEtiquette.Assistant;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CsEtiquette.Tests.Assistant;

public sealed class ReplyAssistantProperties
{
    // Customer messages of every kind the assistant meets: calm questions, upset after-sales, order numbers,
    // choices, abuse, threats, thanks, hostile Unicode.
    private static readonly string[] Messages =
    [
        "在吗", "你好,这个保温杯有蓝色的吗?", "我想把颜色换成蓝色,今天能发货吗", "我要退货", "怎么还没发货啊,都三天了",
        "我收到的保温杯是坏的,太让人生气了!", "你们发错货了,我买的是黑色", "衣服有色差,和图片不一样", "退款还没到账,急死了",
        "订单号2026112412345678", "订单号是 2026112412345678,快点处理", "第一种", "第二种吧", "还是退款吧", "那就补发吧",
        "我再想想", "收到了,谢谢", "还是不行,杯子又漏了", "你们这群骗子,滚!", "再不处理我就打12315投诉,给差评!",
        "垃圾店铺", "好的", "没有了,谢谢你", "这款卖完了吗?什么时候补货", "", "   ", "😡😡😡", "\ud800坏了", "e\u0301 坏的 𠀀",
        "!!!!!!!!", "我的快递单号SF1234567890123,物流一直没动", "质量太差了,用了一天就坏了,要求赔偿",
    ];

    private static Arbitrary<(long Seed, int Hour, string[] Script)> Conversations() =>
        Arb.From(
            from seed in Gen.Choose(0, 1000)
            from hour in Gen.Choose(0, 23)
            from script in Gen.ArrayOf(Gen.Elements(Messages)).Where(a => a.Length is > 0 and <= 6)
            select ((long)seed, hour, script));

    [Property(MaxTest = 100)]
    public Property EverySuggestion_LintsClean_AndCarriesTheConversationForward() =>
        Prop.ForAll(Conversations(), input =>
        {
            var clock = TestClock.At(new DateTimeOffset(2026, 11, 24, input.Hour, 0, 0, TimeSpan.FromHours(8)));
            var conversation = new Conversation("prop", "小美", ShopPolicy.Default, clock, input.Seed) { Product = "保温杯" };
            foreach (var message in input.Script)
            {
                var s = ReplyAssistant.Default.Suggest(conversation, message);
                if (s.Lint.HasFindings || string.IsNullOrWhiteSpace(s.Text) || s.Text.Contains('{', StringComparison.Ordinal)
                    || s.Text != string.Concat(s.Parts.Select(p => p.Text))
                    || s.Conversation.Turns.Length != conversation.Turns.Length + 2)
                {
                    return false;
                }

                conversation = s.Conversation;
                clock.Advance(TimeSpan.FromMinutes(5));
                if (conversation.Complaint is { State: CsEtiquette.Complaints.ComplaintState.Resolved })
                {
                    clock.Advance(TimeSpan.FromHours(2));
                    var f = ReplyAssistant.Default.SuggestFollowUp(conversation);
                    if (f is null || f.Lint.HasFindings)
                    {
                        return false;
                    }

                    conversation = f.Conversation;
                }
            }

            return true;
        });

    [Property(MaxTest = 25)]
    public Property Suggest_IsDeterministic() =>
        Prop.ForAll(Conversations(), input =>
        {
            string Run()
            {
                var clock = TestClock.At(new DateTimeOffset(2026, 11, 24, input.Hour, 0, 0, TimeSpan.FromHours(8)));
                var c = new Conversation("det", "小美", ShopPolicy.Default, clock, input.Seed);
                var texts = new List<string>();
                foreach (var m in input.Script)
                {
                    var s = ReplyAssistant.Default.Suggest(c, m);
                    texts.Add(s.Text);
                    c = s.Conversation;
                    clock.Advance(TimeSpan.FromMinutes(1));
                }

                return string.Join("\n", texts);
            }

            return Run() == Run();
        });
}
