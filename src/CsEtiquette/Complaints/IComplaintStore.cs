namespace CsEtiquette.Complaints;

/// <summary>
/// Storage for complaint cases with optimistic concurrency on <see cref="ComplaintCase.Version"/>: an update names
/// the version it was based on and is rejected (<see cref="ComplaintSaveOutcome.VersionConflict"/>) when another
/// writer saved in between, so no accepted event is ever lost. Implementations must be thread-safe.
/// </summary>
public interface IComplaintStore
{
    /// <summary>Finds a case by id.</summary>
    /// <param name="id">The case id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The stored case, or null when there is none.</returns>
    ValueTask<ComplaintCase?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Stores a new case.</summary>
    /// <param name="complaint">The case (any version, usually 0 from <c>Start</c>).</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Saved, or <see cref="ComplaintSaveOutcome.AlreadyExists"/> with the stored case.</returns>
    ValueTask<ComplaintSaveResult> AddAsync(ComplaintCase complaint, CancellationToken cancellationToken = default);

    /// <summary>Replaces a stored case if it is still at <paramref name="expectedVersion"/>.</summary>
    /// <param name="complaint">The new case (same id).</param>
    /// <param name="expectedVersion">The version of the case the change was based on.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>Saved; <see cref="ComplaintSaveOutcome.VersionConflict"/> with the stored case when its version is
    /// not <paramref name="expectedVersion"/>; <see cref="ComplaintSaveOutcome.NotFound"/> when there is no case;
    /// <see cref="ComplaintSaveOutcome.NotAContinuation"/> when <paramref name="complaint"/> does not continue the
    /// stored case (<see cref="ComplaintCase.Continues"/>: stale copy, rollback, another case under the same id).</returns>
    ValueTask<ComplaintSaveResult> UpdateAsync(ComplaintCase complaint, int expectedVersion,
        CancellationToken cancellationToken = default);
}
