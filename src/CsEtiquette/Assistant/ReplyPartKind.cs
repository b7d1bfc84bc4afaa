namespace CsEtiquette.Assistant;

/// <summary>
/// The role a <see cref="ReplyPart"/> plays in a suggested reply, in the order the seeds teach: greeting, emotion
/// first (empathy + apology), confirm understanding (paraphrase), ask for what is missing, offer 2–3 choices.
/// </summary>
public enum ReplyPartKind
{
    /// <summary>开场问候: a personal opening on the agent's first turn.</summary>
    Greeting = 0,

    /// <summary>倾听回应: a short acknowledgement that the customer was heard.</summary>
    Acknowledgement = 1,

    /// <summary>共情: understanding from the customer's point of view (换位思考).</summary>
    Empathy = 2,

    /// <summary>道歉: apology before handling the problem (先道歉再处理问题).</summary>
    Apology = 3,

    /// <summary>复述确认: the customer's need repeated back (您的意思是…,对吗?).</summary>
    Paraphrase = 4,

    /// <summary>引导提供信息: asks for the order number, photos or other missing information.</summary>
    AskForInformation = 5,

    /// <summary>提供选择: 2–3 options for the customer to choose from.</summary>
    Choices = 6,

    /// <summary>投诉处理: the complaint workflow's suggested reply for its next step (接纳情绪/核实信息/解决方案/闭环跟进).</summary>
    ComplaintStep = 7,

    /// <summary>时限承诺: a concrete processing time.</summary>
    Commitment = 8,

    /// <summary>面对辱骂: the calm reply (您的心情我理解,如果我的服务有不到位的地方请指正…).</summary>
    CalmReply = 9,

    /// <summary>结束语: thanks and closing.</summary>
    Closing = 10,

    /// <summary>知识解答: the answer of a shop knowledge entry (常见问题速查: 售后期限、赠品规则 …).</summary>
    Answer = 11,

    /// <summary>规则说明: the shop rule that a request falls outside of (超出售后期限), quoted with the alternatives.</summary>
    RuleExplanation = 12,
}
