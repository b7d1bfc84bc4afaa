using System.Globalization;

namespace CsEtiquette.Complaints;

/// <summary>
/// Read → apply → conditional write with retry on an <see cref="IComplaintStore"/>, so concurrent agents working on
/// the same case never overwrite each other's events. Thread-safe when the store is.
/// </summary>
public static class ComplaintStoreExtensions
{
    /// <summary>
    /// Loads case <paramref name="id"/>, applies <paramref name="complaintEvent"/> at <paramref name="now"/> and saves
    /// the result with the loaded version as the expected version; on a version conflict, reloads and applies again
    /// (against the newer case, so the event may now be rejected), up to <paramref name="maxAttempts"/> times.
    /// A rejected event is returned as is and nothing is written.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="workflow">The workflow.</param>
    /// <param name="id">The case id.</param>
    /// <param name="complaintEvent">The event.</param>
    /// <param name="now">When the event happens.</param>
    /// <param name="maxAttempts">How many times to try (at least 1); default 5.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The apply result; when accepted, its case is the one now stored.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAttempts"/> is less than 1.</exception>
    /// <exception cref="KeyNotFoundException">There is no case <paramref name="id"/>.</exception>
    /// <exception cref="ComplaintConcurrencyException">Every attempt met a newer version.</exception>
    public static async ValueTask<ComplaintApplyResult> ApplyAsync(this IComplaintStore store, IComplaintWorkflow workflow,
        string id, ComplaintEvent complaintEvent, DateTimeOffset now, int maxAttempts = 5,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(complaintEvent);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxAttempts, 1);
        ComplaintSaveResult? last = null;
        for (var attempt = 0; attempt < maxAttempts; attempt++)
        {
            var current = await store.FindAsync(id, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"Complaint case '{id}' does not exist.");
            var result = workflow.Apply(current, complaintEvent, now);
            if (!result.IsAccepted)
            {
                return result;
            }

            last = await store.UpdateAsync(result.Case, current.Version, cancellationToken).ConfigureAwait(false);
            if (last.IsSaved)
            {
                return result;
            }

            if (last.Outcome == ComplaintSaveOutcome.NotFound)
            {
                throw new KeyNotFoundException($"Complaint case '{id}' was removed while applying {complaintEvent.Trigger}.");
            }
        }

        throw new ComplaintConcurrencyException(last!.Message + string.Create(CultureInfo.InvariantCulture,
            $" Gave up after {maxAttempts} attempts."));
    }
}
