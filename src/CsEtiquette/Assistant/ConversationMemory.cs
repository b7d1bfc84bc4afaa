using System.Collections.Immutable;
using CsEtiquette.Analysis;

namespace CsEtiquette.Assistant;

/// <summary>
/// What the assistant learned in a conversation (会话记忆), kept so every customer turn is analysed once: the order
/// number and other facts the customer gave, the issue, the emotion of every customer turn, what the agent asked
/// for and what is still missing, the options offered, and the act of the latest customer turn. Immutable and
/// thread-safe; <see cref="Conversation.Memory"/> holds it and <see cref="IReplyAssistant.Suggest"/> updates it.
/// </summary>
public sealed record ConversationMemory
{
    /// <summary>An empty memory (a new conversation).</summary>
    public static ConversationMemory Empty { get; } = new();

    /// <summary>The order number the customer gave (订单号), or null.</summary>
    public string? OrderNumber { get; init; }

    /// <summary>The latest value of every fact kind the customer gave (手机号, 地址, 型号 …); empty when none.</summary>
    public ImmutableDictionary<FactKind, string> Facts { get; init; } = ImmutableDictionary<FactKind, string>.Empty;

    /// <summary>Whether the customer said they sent photos (照片/[图片]).</summary>
    public bool PhotosGiven { get; init; }

    /// <summary>The problem the conversation is about; <see cref="CustomerIssue.General"/> until one is named.</summary>
    public CustomerIssue Issue { get; init; }

    /// <summary>The emotion of each customer turn, oldest first (情绪轨迹); the assistant keeps the last
    /// <see cref="Conversation.TurnWindow"/> of them.</summary>
    public ImmutableArray<CustomerEmotion> Emotions { get; init; } = [];

    /// <summary>Everything the agent has asked for so far (asked once, never again).</summary>
    public ImmutableArray<MissingInfo> Asked { get; init; } = [];

    /// <summary>What was asked for and not given yet.</summary>
    public ImmutableArray<MissingInfo> StillMissing { get; init; } = [];

    /// <summary>The options offered in the latest choice (提供选择), in order; empty when none are open.</summary>
    public ImmutableArray<string> OfferedOptions { get; init; } = [];

    /// <summary>The act of the latest customer turn.</summary>
    public DialogueAct LastAct { get; init; }

    /// <summary>What the agent promised to look up and has not answered yet (e.g. <c>物流进度</c>), or null.</summary>
    public string? PendingTopic { get; init; }

    /// <summary>A request waiting for the order number before it can be checked against this policy window, or null.</summary>
    public Knowledge.PolicyWindow? PendingRequest { get; init; }

    /// <summary>The latest check of a request against the policy windows, or null when none was made.</summary>
    public Knowledge.PolicyCheck? LastPolicyCheck { get; init; }

    /// <summary>How many customer turns were read.</summary>
    public int CustomerTurns { get; init; }

    /// <summary>Whether <paramref name="info"/> was asked for at some point.</summary>
    /// <param name="info">The information.</param>
    /// <returns>True when asked.</returns>
    public bool WasAsked(MissingInfo info) => Asked.Contains(info);

    /// <summary>The latest emotion, or <see cref="CustomerEmotion.Unknown"/> before the first customer turn.</summary>
    public CustomerEmotion LatestEmotion => Emotions.IsDefaultOrEmpty ? CustomerEmotion.Unknown : Emotions[^1];
}
