namespace CsEtiquette.Assistant;

/// <summary>
/// What a customer turn does in the conversation (对话行为), read in context: a short 好的谢谢 after a solution is
/// thanks, 第二个 after options were offered is a choice, a bare order number after the agent asked for it is an
/// answer. <see cref="ReplySuggestion.Act"/> holds the act of the latest customer turn.
/// </summary>
public enum DialogueAct
{
    /// <summary>Nothing more specific: a statement about the situation.</summary>
    Statement = 0,

    /// <summary>A greeting or a call for attention (在吗, 你好).</summary>
    Greeting = 1,

    /// <summary>A question (请问…, …吗, 多久, 怎么…): it gets an answer, a holding reply with a time, or an open question.</summary>
    Question = 2,

    /// <summary>A clear request (我想换个颜色, 帮我看一下地址): the only kind of turn that is paraphrased back.</summary>
    Request = 3,

    /// <summary>A complaint or a defect report (new, or repeated while a case is open).</summary>
    Complaint = 4,

    /// <summary>An answer to what the agent asked (the order number, a photo, a phone number).</summary>
    Answer = 5,

    /// <summary>A choice among the offered options (那就补发吧, 第二个, 退款吧).</summary>
    Choice = 6,

    /// <summary>Agreement or acknowledgement (好的, 嗯嗯, 知道了, 好的麻烦尽快).</summary>
    Acknowledgement = 7,

    /// <summary>Thanks (谢谢, 好的谢谢, 辛苦了).</summary>
    Thanks = 8,

    /// <summary>Nothing more to ask (没有了, 没的谢谢, 不用了): the conversation can close.</summary>
    Closing = 9,

    /// <summary>The customer is visibly mid-explanation (是这样的…, a message ending in a comma): a short acknowledgement is right.</summary>
    MidExplanation = 10,

    /// <summary>A vague complaint without specifics (有问题, 不太对劲): an open question clarifies it.</summary>
    Vague = 11,

    /// <summary>
    /// The customer chases a lookup the agent promised and has not answered yet (好了没, 查到了吗, 怎么还没回): the reply is
    /// about that lookup, its topic and time node (<see cref="ConversationMemory.PendingTopic"/>).
    /// </summary>
    Chase = 12,
}
