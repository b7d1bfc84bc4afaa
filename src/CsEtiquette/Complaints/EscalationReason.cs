namespace CsEtiquette.Complaints;

/// <summary>Why a complaint is escalated (极端场景应对).</summary>
public enum EscalationReason
{
    /// <summary>The customer is abusive (客户辱骂); the agent stays calm and hands over.</summary>
    Abuse,

    /// <summary>A malicious complaint (恶意投诉), handled strictly by the platform rules.</summary>
    Malicious,

    /// <summary>The request needs an exception to the policy, e.g. a return outside the after-sales period.</summary>
    PolicyException,

    /// <summary>The agent's options are exhausted or the customer stays unsatisfied.</summary>
    Unresolved,
}
