namespace CsEtiquette.Complaints;

/// <summary>
/// The kind of a <see cref="ComplaintEvent"/>; the transition table is keyed by (state, trigger).
/// </summary>
public enum ComplaintTrigger
{
    /// <summary>Apologise and acknowledge the customer's emotion (接纳情绪). See <see cref="Complaints.AcknowledgeEmotion"/>.</summary>
    AcknowledgeEmotion,

    /// <summary>Verify the order number and facts (核实信息). See <see cref="Complaints.VerifyInformation"/>.</summary>
    VerifyInformation,

    /// <summary>Offer 2–3 distinct solutions (解决方案). See <see cref="Complaints.OfferSolutions"/>.</summary>
    OfferSolutions,

    /// <summary>The customer chooses one offered solution. See <see cref="Complaints.ChooseSolution"/>.</summary>
    ChooseSolution,

    /// <summary>The solution was carried out. See <see cref="Complaints.Resolve"/>.</summary>
    Resolve,

    /// <summary>The follow-up within the follow-up window (闭环跟进). See <see cref="Complaints.FollowUp"/>.</summary>
    FollowUp,

    /// <summary>Hand the case to a supervisor or the platform. See <see cref="Complaints.Escalate"/>.</summary>
    Escalate,

    /// <summary>The customer withdraws the complaint. See <see cref="Complaints.Withdraw"/>.</summary>
    Withdraw,

    /// <summary>Close the case. See <see cref="Complaints.Close"/>.</summary>
    Close,
}
