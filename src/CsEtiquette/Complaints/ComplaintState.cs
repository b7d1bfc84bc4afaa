namespace CsEtiquette.Complaints;

/// <summary>
/// The states of a complaint case in the four-step method (投诉处理四步法:
/// 接纳情绪 → 核实信息 → 解决方案 → 闭环跟进) plus escalation and withdrawal.
/// The transitions between them are listed in <see cref="ComplaintTransitionTable"/>.
/// </summary>
public enum ComplaintState
{
    /// <summary>The complaint has been received; nothing has been said yet (投诉已受理).</summary>
    Opened,

    /// <summary>The agent apologised and acknowledged the customer's feelings (接纳情绪：先道歉再处理问题).</summary>
    EmotionAcknowledged,

    /// <summary>The order number and the facts of the complaint are verified (核实信息).</summary>
    InformationVerified,

    /// <summary>Two or three distinct solutions were offered to the customer (提供可选择的方案).</summary>
    SolutionsOffered,

    /// <summary>The customer chose one of the offered solutions (客户选择方案).</summary>
    SolutionChosen,

    /// <summary>The chosen solution was carried out; a follow-up is due (问题已解决，待回访).</summary>
    Resolved,

    /// <summary>The follow-up call or message confirmed the customer is satisfied (闭环跟进，客户满意).</summary>
    FollowedUp,

    /// <summary>The case is closed. Terminal: accepts no further event (已结案).</summary>
    Closed,

    /// <summary>The case was handed to a supervisor or the platform (abuse, malicious complaint, policy exception,
    /// unresolved) (升级至上级或平台).</summary>
    Escalated,

    /// <summary>The customer withdrew the complaint; the case may now be closed (客户撤诉).</summary>
    Withdrawn,
}
