using FsCheck;
using FsCheck.Fluent;

namespace CsEtiquette.Tests.Linting;

/// <summary>
/// FsCheck generators for drafts: realistic fragments (phrases to avoid, polite phrases, punctuation,
/// emoji, quotes, suppression markers) mixed with hostile Unicode (lone surrogates, combining marks,
/// CJK ext-B, controls).
/// </summary>
public static class DraftGenerators
{
    private static readonly string[] Fragments =
    [
        "我们不能马上解决", "这个商品没货了", "您的问题我解决不了", "大概三天到", "可能", "估计两三天发货", "木有", "神马",
        "啥", "你好", "你", "你们", "迷你", "!!!", "！", "!", "这是快递的问题", "你必须", "规定就是这样", "尽快", "稍后回复您",
        "过几天", "马上", "马上为您处理", "工单", "快递已揽收", "已妥投", "😀", "👍🏻", "[微笑]", "^_^", "然后", "再", "或者",
        "首先", "不好意思", "不客气", "没问题", "没关系", "不用担心", "抱歉", "，", "。", "？", "~", "“", "”", "\"", "「", "」",
        "[cse-disable CSE005]", "[cse-disable]", "不能", "不行", "没办法", "不知道", "不清楚", "我也不清楚。", "24小时", "3天",
        "您好", "订单", "商品", "退款", "不退", "不能换", "好滴", "好的", " ", "\n", "\t", "{处理时限}", "{", "}", "内能", "十五天",
        "\uD800", "\uDC00", "\u0301", "𠀀", "\u200D", "\uFE0F", "\0", "Ａ", "abc", "123",
    ];

    /// <summary>Drafts made of 0–24 fragments.</summary>
    public static Gen<string> Draft { get; } =
        Gen.Elements(Fragments).ListOf().Select(list => string.Concat(list.Take(24)));

    /// <summary>Any string, half from fragments, half fully random (including invalid UTF-16).</summary>
    public static Gen<string> AnyDraft { get; } =
        Gen.OneOf(Draft, ArbMap.Default.GeneratorFor<string>().Where(s => s is not null));

    /// <summary>Arbitrary for <see cref="AnyDraft"/>.</summary>
    public static Arbitrary<string> Drafts() => Arb.From(AnyDraft);
}
