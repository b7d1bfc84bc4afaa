namespace CsEtiquette.Complaints;

/// <summary>Selects one row among rows with the same (state, trigger).</summary>
internal enum TransitionCondition
{
    Always,
    Satisfied,
    NotSatisfiedVerified,
    NotSatisfiedUnverified,
    SupervisorToPlatform,
}
