using System.Collections.Frozen;
using CsEtiquette.Linting;

namespace CsEtiquette.Rewriting;

/// <summary>
/// What the rewriter knows about the conversation (same fields as <see cref="LintContext"/>) plus which
/// rules it may apply. Immutable and thread-safe; <see cref="Default"/> applies every automatic fix in a
/// text-channel, non-complaint context.
/// </summary>
public sealed record RewriteContext
{
    private static readonly IReadOnlyDictionary<string, string> NoSlots = FrozenDictionary<string, string>.Empty;

    /// <summary>Text channel, no complaint, every rule applied.</summary>
    public static RewriteContext Default { get; } = new();

    /// <summary>Text chat or voice.</summary>
    public ReplyChannel Channel { get; init; } = ReplyChannel.Text;

    /// <summary>True when the conversation is a complaint (an empathy sentence is prepended when missing).</summary>
    public bool IsComplaint { get; init; }

    /// <summary>The customer's emotion.</summary>
    public CustomerEmotion CustomerEmotion { get; init; } = CustomerEmotion.Unknown;

    /// <summary>True when the customer used emoji first.</summary>
    public bool CustomerUsedEmoji { get; init; }

    /// <summary>Slot values for fixes (处理时限, 替代商品, 到货时间 …); pack defaults fill the rest.</summary>
    public IReadOnlyDictionary<string, string> Slots { get; init; } = NoSlots;

    /// <summary>Rule ids not checked for this reply.</summary>
    public IReadOnlyCollection<string> SuppressedRules { get; init; } = [];

    /// <summary>When not null, only automatic fixes of these rule ids are applied; others stay as findings.</summary>
    public IReadOnlyCollection<string>? OnlyRules { get; init; }

    /// <summary>The equivalent lint context (<see cref="LintContext.Default"/> for <see cref="Default"/>, without allocating).</summary>
    public LintContext ToLintContext() => ReferenceEquals(this, Default) ? LintContext.Default : new()
    {
        Channel = Channel,
        IsComplaint = IsComplaint,
        CustomerEmotion = CustomerEmotion,
        CustomerUsedEmoji = CustomerUsedEmoji,
        Slots = Slots,
        SuppressedRules = SuppressedRules,
    };

    /// <summary>A rewrite context with the fields of <paramref name="context"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public static RewriteContext From(LintContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new()
        {
            Channel = context.Channel,
            IsComplaint = context.IsComplaint,
            CustomerEmotion = context.CustomerEmotion,
            CustomerUsedEmoji = context.CustomerUsedEmoji,
            Slots = context.Slots,
            SuppressedRules = context.SuppressedRules,
        };
    }
}
