namespace CsEtiquette.Complaints;

/// <summary>To whom a complaint is escalated (同步上级或平台监管部门).</summary>
public enum EscalationTarget
{
    /// <summary>The agent's supervisor (上级主管).</summary>
    Supervisor,

    /// <summary>The platform's customer-service or supervision department (平台监管部门).</summary>
    Platform,
}
