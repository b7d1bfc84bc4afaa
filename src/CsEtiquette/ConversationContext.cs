namespace CsEtiquette;

/// <summary>
/// The situation replies are written for, one value shared by the template renderer
/// (<see cref="Templates.RenderContext.Conversation"/>) and the reply assistant's conversation
/// (<see cref="Assistant.Conversation.Context"/>): the channel, the customer's emotion and the clock.
/// </summary>
/// <remarks>
/// Immutable and thread-safe; derive variations with <c>with</c>. <see cref="Default"/> is the text channel, an
/// emotion nobody has told (<see cref="CustomerEmotion.Unknown"/>) and <see cref="TimeProvider.System"/>.
/// </remarks>
public sealed record ConversationContext
{
    /// <summary>Text channel, emotion not known, the system clock.</summary>
    public static ConversationContext Default { get; } = new();

    /// <summary>The channel replies are sent on (文字/语音). Default <see cref="ReplyChannel.Text"/>.</summary>
    public ReplyChannel Channel { get; init; } = ReplyChannel.Text;

    /// <summary>The customer's emotion as last read (e.g. <see cref="Analysis.MessageAnalysis.Emotion"/>); <see cref="CustomerEmotion.Unknown"/> by default.</summary>
    public CustomerEmotion CustomerEmotion { get; init; } = CustomerEmotion.Unknown;

    /// <summary>
    /// The clock: turn times, the time of day of greetings, complaint timestamps. <see cref="TimeProvider.System"/> by
    /// default; pass a fake one (<c>FakeTimeProvider</c>) in tests.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public TimeProvider Clock
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Clock));
    } = TimeProvider.System;
}
