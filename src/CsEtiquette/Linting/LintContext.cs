using System.Collections.Frozen;

namespace CsEtiquette.Linting;

/// <summary>
/// What the linter knows about the conversation a draft belongs to (对话上下文): channel, complaint,
/// customer emotion and emoji use, slot values for fixes, and rules suppressed for this one reply.
/// Immutable and thread-safe; <see cref="Default"/> is a text-channel, non-complaint, neutral context.
/// </summary>
public sealed record LintContext
{
    private static readonly IReadOnlyDictionary<string, string> NoSlots = FrozenDictionary<string, string>.Empty;

    /// <summary>A text-channel, non-complaint, neutral context without slots.</summary>
    public static LintContext Default { get; } = new();

    /// <summary>Text chat or voice. Default <see cref="ReplyChannel.Text"/>.</summary>
    public ReplyChannel Channel { get; init; } = ReplyChannel.Text;

    /// <summary>True when the conversation is a complaint (投诉): the reply must apologise or empathise (CSE009).</summary>
    public bool IsComplaint { get; init; }

    /// <summary>The customer's emotion; Dissatisfied, Disappointed, Anxious and Angry require empathy (CSE009).</summary>
    public CustomerEmotion CustomerEmotion { get; init; } = CustomerEmotion.Unknown;

    /// <summary>True when the customer used emoji first; then one emoji in the reply is fine (CSE011).</summary>
    public bool CustomerUsedEmoji { get; init; }

    /// <summary>
    /// Slot values for fixes, e.g. 处理时限 → 2小时, 替代商品 → 保温杯Pro, 到货时间 → 3天内. Missing slots fall
    /// back to the pack's defaults (处理时限 = 24小时); a fix whose slot has no value is not offered.
    /// </summary>
    public IReadOnlyDictionary<string, string> Slots { get; init; } = NoSlots;

    /// <summary>Rule ids not checked for this reply (programmatic form of the inline <c>[cse-disable …]</c> marker).</summary>
    public IReadOnlyCollection<string> SuppressedRules { get; init; } = [];

    /// <summary>True when the customer is upset (emotion Dissatisfied, Disappointed, Anxious or Angry).</summary>
    public bool IsCustomerUpset => CustomerEmotion.IsUpset();
}
