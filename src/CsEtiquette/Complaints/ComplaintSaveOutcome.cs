namespace CsEtiquette.Complaints;

/// <summary>The outcome of a write to an <see cref="IComplaintStore"/>.</summary>
public enum ComplaintSaveOutcome
{
    /// <summary>The case was written.</summary>
    Saved,

    /// <summary>The stored version differs from the expected version: someone else wrote first. Nothing was written;
    /// reload, re-apply the event and try again.</summary>
    VersionConflict,

    /// <summary><see cref="IComplaintStore.AddAsync"/> found a case with the same id. Nothing was written.</summary>
    AlreadyExists,

    /// <summary><see cref="IComplaintStore.UpdateAsync"/> found no case with that id. Nothing was written.</summary>
    NotFound,

    /// <summary>
    /// The new case does not continue the stored one (<see cref="ComplaintCase.Continues"/>): a stale copy, a rollback
    /// to an older version or a different case under the same id. <see cref="ComplaintSaveResult.Current"/> is the stored case.
    /// </summary>
    NotAContinuation,
}
