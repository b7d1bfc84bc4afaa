namespace CsEtiquette.Templates;

/// <summary>
/// Everything a render depends on besides the slots: the instant, the conversation's shared context (channel,
/// customer emotion, clock: <see cref="Conversation"/>), and where in which conversation the reply is sent (seed and
/// turn), so that the same inputs always give the same reply.
/// </summary>
/// <remarks>
/// <para>Immutable and thread-safe; derive variations with <c>with</c>-style copies through the
/// <c>init</c> properties, e.g. <c>context.NextTurn()</c>.</para>
/// <para>The time of day (早上/上午/中午/下午/晚上) is read from the local clock time of <see cref="Now"/>'s own
/// offset, not from the machine's time zone: pass the customer's (or the shop's) offset.</para>
/// </remarks>
public sealed class RenderContext
{
    private readonly int _turn;
    private readonly int? _variant;

    /// <summary>Creates a context for the given instant (text channel, seed 0, turn 0).</summary>
    /// <param name="now">The instant of the reply, with the offset whose local time names the time of day.</param>
    public RenderContext(DateTimeOffset now) => Now = now;

    /// <summary>Creates a context for the conversation's situation, at its clock's current local time.</summary>
    /// <param name="conversation">The shared context: channel, customer emotion, clock.</param>
    /// <exception cref="ArgumentNullException"><paramref name="conversation"/> is null.</exception>
    public RenderContext(ConversationContext conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        Conversation = conversation;
        Now = conversation.Clock.GetLocalNow();
    }

    /// <summary>Creates a context from a clock: <c>timeProvider.GetLocalNow()</c>.</summary>
    /// <param name="timeProvider">The clock (use a fake one in tests).</param>
    /// <returns>A text-channel context at turn 0 with seed 0.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="timeProvider"/> is null.</exception>
    public static RenderContext FromClock(TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return new RenderContext(timeProvider.GetLocalNow());
    }

    /// <summary>The instant of the reply; its offset's local clock time gives <see cref="TimeOfDay"/>.</summary>
    public DateTimeOffset Now { get; init; }

    /// <summary>The part of the day at <see cref="Now"/> (fills the automatic slot <c>{时段}</c>).</summary>
    public TimeOfDay TimeOfDay => TimesOfDay.Classify(Now);

    /// <summary>
    /// The situation of the conversation (channel, customer emotion, clock), the same value the reply assistant's
    /// <see cref="Assistant.Conversation.Context"/> holds. <see cref="ConversationContext.Default"/> by default.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ConversationContext Conversation
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Conversation));
    } = ConversationContext.Default;

    /// <summary>
    /// The delivery channel, <see cref="ConversationContext.Channel"/> of <see cref="Conversation"/> (stored there once;
    /// setting it derives a new <see cref="Conversation"/>); <see cref="ReplyChannel.Text"/> by default.
    /// </summary>
    public ReplyChannel Channel
    {
        get => Conversation.Channel;
        init => Conversation = Conversation with { Channel = value };
    }

    /// <summary>
    /// The conversation seed: any value, chosen by the caller per conversation (e.g. a hash of the
    /// conversation id). Together with <see cref="Turn"/> it fixes which variant is used.
    /// </summary>
    public long Seed { get; init; }

    /// <summary>
    /// The zero-based turn within the conversation. Rendering the same template on consecutive turns of the
    /// same conversation never repeats the previous turn's variant (避免机械话术).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public int Turn
    {
        get => _turn;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(Turn));
            _turn = value;
        }
    }

    /// <summary>
    /// Forces a variant (zero-based), e.g. when an agent picks one in a console; <c>null</c> (the default)
    /// lets the seed and turn choose. A value outside the template's variants makes the render throw
    /// <see cref="ArgumentOutOfRangeException"/>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public int? Variant
    {
        get => _variant;
        init
        {
            if (value is < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(Variant), value, "Variant must be zero or positive.");
            }

            _variant = value;
        }
    }

    /// <summary>A copy of this context one turn later (same clock, channel and seed; no forced variant).</summary>
    /// <returns>A new context with <see cref="Turn"/> + 1.</returns>
    public RenderContext NextTurn() => new(Now) { Conversation = Conversation, Seed = Seed, Turn = checked(Turn + 1) };

    /// <summary>A copy of this context on another channel.</summary>
    /// <param name="channel">The channel to render for.</param>
    /// <returns>A new context that differs only in <see cref="Channel"/>.</returns>
    public RenderContext WithChannel(ReplyChannel channel) =>
        new(Now) { Conversation = Conversation with { Channel = channel }, Seed = Seed, Turn = Turn, Variant = Variant };
}
