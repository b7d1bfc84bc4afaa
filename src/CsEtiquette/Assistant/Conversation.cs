using System.Collections.Immutable;
using CsEtiquette.Complaints;
using CsEtiquette.Templates;

namespace CsEtiquette.Assistant;

/// <summary>
/// A customer-service conversation as the <see cref="IReplyAssistant"/> sees it (会话): the turns so far, the
/// agent's name, the product in question, the shop policy, the clock, the seed that fixes template variants, the
/// channel and the complaint case if one is open. An immutable value: every <c>With…</c> method returns a new
/// conversation. Thread-safe.
/// </summary>
/// <remarks>
/// The same conversation (same turns, seed and clock reading) always gets the same suggestion: template variants
/// are chosen from <see cref="Seed"/> and the number of agent turns, never from a random source.
/// </remarks>
public sealed record Conversation
{
    /// <summary>Starts an empty conversation.</summary>
    /// <param name="id">A stable id (e.g. the chat session id); used for the complaint case id. Not blank.</param>
    /// <param name="agentName">The agent's name as customers see it (客服小美 → <c>小美</c>). Not blank.</param>
    /// <param name="policy">The shop policy; <see cref="ShopPolicy.Default"/> when null. Validated.</param>
    /// <param name="clock">The clock for turn times and template time of day; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="seed">The conversation seed for template variants (e.g. a hash of <paramref name="id"/>).</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> or <paramref name="agentName"/> is null or blank, or the policy is invalid.</exception>
    public Conversation(string id, string agentName, ShopPolicy? policy = null, TimeProvider? clock = null, long seed = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(agentName);
        policy ??= ShopPolicy.Default;
        policy.EnsureValid();
        Id = id;
        AgentName = agentName;
        Policy = policy;
        Context = clock is null ? ConversationContext.Default : new ConversationContext { Clock = clock };
        Seed = seed;
    }

    /// <summary>The conversation id.</summary>
    public string Id { get; }

    /// <summary>The agent's name (客服名), e.g. <c>小美</c>.</summary>
    public string AgentName { get; init; }

    /// <summary>The shop policy quoted in replies.</summary>
    public ShopPolicy Policy { get; init; }

    /// <summary>
    /// The situation of the conversation: channel, customer emotion and clock, the same value a
    /// <see cref="RenderContext.Conversation"/> holds, so the channel and the clock live here once.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ConversationContext Context
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Context));
    }

    /// <summary>The clock (<see cref="ConversationContext.Clock"/> of <see cref="Context"/>): turn times, the time of day of greetings, complaint timestamps.</summary>
    public TimeProvider Clock
    {
        get => Context.Clock;
        init => Context = Context with { Clock = value };
    }

    /// <summary>The seed that, with the agent-turn count, chooses template variants (避免机械话术, yet reproducible).</summary>
    public long Seed { get; init; }

    /// <summary>The channel replies are sent on (文字/语音), <see cref="ConversationContext.Channel"/> of <see cref="Context"/>. Default <see cref="ReplyChannel.Text"/>.</summary>
    public ReplyChannel Channel
    {
        get => Context.Channel;
        init => Context = Context with { Channel = value };
    }

    /// <summary>The product the customer asks about (商品), e.g. <c>保温杯</c>; null when not known.</summary>
    public string? Product { get; init; }

    /// <summary>The default of <see cref="TurnWindow"/>: 100 turns (50 exchanges), far more than the assistant reads back.</summary>
    public const int DefaultTurnWindow = 100;

    /// <summary>The smallest <see cref="TurnWindow"/>: 2 (the latest customer message and the reply to it).</summary>
    public const int MinTurnWindow = 2;

    /// <summary>The largest <see cref="TurnWindow"/>: 100 000.</summary>
    public const int MaxTurnWindow = 100_000;

    /// <summary>The latest turns, oldest first, at most <see cref="TurnWindow"/> of them (older ones are counted in
    /// <see cref="EarlierTurnCount"/>); empty for a new conversation. What the assistant needs from older turns lives in
    /// <see cref="Memory"/> (facts, issue, what was asked and offered) and the counters, so a long chat costs the same
    /// per turn to copy, store and serialize as a short one.</summary>
    public ImmutableArray<ConversationTurn> Turns { get; init; } = [];

    /// <summary>How many turns <see cref="Turns"/> keeps (窗口): when a turn is added beyond it, the oldest turns are
    /// folded into <see cref="EarlierTurnCount"/> and <see cref="EarlierAgentTurnCount"/>. Default
    /// <see cref="DefaultTurnWindow"/>; <see cref="MinTurnWindow"/> – <see cref="MaxTurnWindow"/>. A smaller window takes
    /// effect when the next turn is added.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside the range.</exception>
    public int TurnWindow
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, MinTurnWindow, nameof(TurnWindow));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, MaxTurnWindow, nameof(TurnWindow));
            field = value;
        }
    } = DefaultTurnWindow;

    /// <summary>Turns that no longer are in <see cref="Turns"/> (folded out of the window); 0 until the window is full.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public int EarlierTurnCount
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(EarlierTurnCount));
            field = value;
        }
    }

    /// <summary>How many of the <see cref="EarlierTurnCount"/> turns were the agent's.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a negative value.</exception>
    public int EarlierAgentTurnCount
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value, nameof(EarlierAgentTurnCount));
            field = value;
        }
    }

    /// <summary>Every turn of the conversation, in the window or folded out of it (<see cref="EarlierTurnCount"/> + <see cref="Turns"/>.Length).</summary>
    public int TurnCount => EarlierTurnCount + Turns.Length;

    /// <summary>The complaint case of this conversation (投诉工单), or null when no complaint was detected.</summary>
    public ComplaintCase? Complaint { get; init; }

    /// <summary>
    /// What was learned so far (order number, facts, issue, emotions, what was asked and is still missing, offered
    /// options); <see cref="ConversationMemory.Empty"/> for a new conversation.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ConversationMemory Memory
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(Memory));
    } = ConversationMemory.Empty;

    /// <summary>How many agent turns the conversation has (in the window and before it); the template turn index of the next reply.</summary>
    public int AgentTurnCount
    {
        get
        {
            var n = EarlierAgentTurnCount;
            foreach (var t in Turns)
            {
                if (t.Role == ConversationRole.Agent)
                {
                    n++;
                }
            }

            return n;
        }
    }

    /// <summary>A copy with the customer's <paramref name="text"/> appended, stamped with <see cref="Clock"/>.</summary>
    /// <param name="text">The customer's message.</param>
    /// <returns>The new conversation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Conversation WithCustomerTurn(string text) => WithTurn(ConversationRole.Customer, text);

    /// <summary>A copy with the agent's <paramref name="text"/> appended, stamped with <see cref="Clock"/>.</summary>
    /// <param name="text">The agent's message.</param>
    /// <returns>The new conversation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Conversation WithAgentTurn(string text) => WithTurn(ConversationRole.Agent, text);

    /// <summary>
    /// A copy whose latest agent turn says <paramref name="text"/> instead (the reply the agent actually sent in place
    /// of the suggestion), or with <paramref name="text"/> appended when the latest turn is the customer's. What the
    /// agent asked for is read from the text (订单号 → order number, 照片 → photos).
    /// </summary>
    /// <param name="text">The agent's message.</param>
    /// <returns>The new conversation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public Conversation WithSentAgentTurn(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var turns = Turns;
        if (turns.Length > 0 && turns[^1].Role == ConversationRole.Agent)
        {
            turns = turns.RemoveAt(turns.Length - 1);
        }

        var memory = Memory;
        var asked = memory.Asked;
        var missing = ImmutableArray<Analysis.MissingInfo>.Empty;
        if (text.Contains("订单号", StringComparison.Ordinal) && memory.OrderNumber is null)
        {
            asked = asked.Contains(Analysis.MissingInfo.OrderNumber) ? asked : asked.Add(Analysis.MissingInfo.OrderNumber);
            missing = missing.Add(Analysis.MissingInfo.OrderNumber);
        }

        if ((text.Contains("照片", StringComparison.Ordinal) || text.Contains("图片", StringComparison.Ordinal)) && !memory.PhotosGiven)
        {
            asked = asked.Contains(Analysis.MissingInfo.Photos) ? asked : asked.Add(Analysis.MissingInfo.Photos);
            missing = missing.Add(Analysis.MissingInfo.Photos);
        }

        return (this with { Memory = memory with { Asked = asked, StillMissing = missing } })
            .WithTurns(turns.Add(new ConversationTurn(ConversationRole.Agent, text, Clock.GetUtcNow())));
    }

    /// <summary>A copy with the complaint case replaced (null removes it).</summary>
    /// <param name="complaint">The case.</param>
    /// <returns>The new conversation.</returns>
    public Conversation WithComplaint(ComplaintCase? complaint) => this with { Complaint = complaint };

    private Conversation WithTurn(ConversationRole role, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return WithTurns(Turns.Add(new ConversationTurn(role, text, Clock.GetUtcNow())));
    }

    // Keeps the last TurnWindow turns; the dropped ones are counted. O(TurnWindow) per added turn, whatever the chat's length.
    private Conversation WithTurns(ImmutableArray<ConversationTurn> turns)
    {
        var drop = turns.Length - TurnWindow;
        if (drop <= 0)
        {
            return this with { Turns = turns };
        }

        var agents = 0;
        for (var i = 0; i < drop; i++)
        {
            if (turns[i].Role == ConversationRole.Agent)
            {
                agents++;
            }
        }

        return this with
        {
            Turns = turns.RemoveRange(0, drop),
            EarlierTurnCount = EarlierTurnCount + drop,
            EarlierAgentTurnCount = EarlierAgentTurnCount + agents,
        };
    }

    /// <summary>A copy whose <see cref="Turns"/> fit <see cref="TurnWindow"/> now (older turns counted, as when a turn is added).</summary>
    /// <returns>The copy, or this conversation when it already fits.</returns>
    internal Conversation FitToWindow() => Turns.Length <= TurnWindow ? this : WithTurns(Turns);
}
