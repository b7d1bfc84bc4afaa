using System.Globalization;

namespace CsEtiquette.Complaints;

/// <summary>
/// The result of a write to an <see cref="IComplaintStore"/>: saved, or rejected with the case currently stored so
/// the caller can reload and retry (a stale write is never silently lost or silently applied). Immutable.
/// </summary>
public sealed record ComplaintSaveResult
{
    private ComplaintSaveResult(ComplaintSaveOutcome outcome, ComplaintCase? current, string message)
    {
        Outcome = outcome;
        Current = current;
        Message = message;
    }

    /// <summary>What happened.</summary>
    public ComplaintSaveOutcome Outcome { get; }

    /// <summary>Whether the case was written.</summary>
    public bool IsSaved => Outcome == ComplaintSaveOutcome.Saved;

    /// <summary>The case now stored under the id: the written case when saved, the other writer's case on a
    /// conflict, null when not found.</summary>
    public ComplaintCase? Current { get; }

    /// <summary>A sentence for people naming the case id and the versions involved.</summary>
    public string Message { get; }

    /// <summary>Throws <see cref="ComplaintConcurrencyException"/> unless the case was saved.</summary>
    /// <returns>The stored case.</returns>
    /// <exception cref="ComplaintConcurrencyException">The write was rejected.</exception>
    public ComplaintCase EnsureSaved() =>
        IsSaved && Current is not null ? Current : throw new ComplaintConcurrencyException(this);

    /// <summary>Creates a saved result.</summary>
    /// <param name="stored">The case written.</param>
    /// <returns>The result.</returns>
    public static ComplaintSaveResult Saved(ComplaintCase stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new(ComplaintSaveOutcome.Saved, stored,
            string.Create(CultureInfo.InvariantCulture, $"Case '{stored.Id}' saved at version {stored.Version}."));
    }

    /// <summary>Creates a version-conflict result.</summary>
    /// <param name="current">The case currently stored.</param>
    /// <param name="expectedVersion">The version the writer expected.</param>
    /// <returns>The result.</returns>
    public static ComplaintSaveResult Conflict(ComplaintCase current, int expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(current);
        return new(ComplaintSaveOutcome.VersionConflict, current,
            string.Create(CultureInfo.InvariantCulture,
                $"Case '{current.Id}' is at version {current.Version}, not the expected {expectedVersion}: another writer saved first. Reload the case, re-apply the event and save again."));
    }

    /// <summary>Creates an already-exists result.</summary>
    /// <param name="current">The case currently stored.</param>
    /// <returns>The result.</returns>
    public static ComplaintSaveResult AlreadyExists(ComplaintCase current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return new(ComplaintSaveOutcome.AlreadyExists, current,
            string.Create(CultureInfo.InvariantCulture, $"Case '{current.Id}' already exists (version {current.Version}); use UpdateAsync."));
    }

    /// <summary>The new case does not continue the stored one (see <see cref="ComplaintCase.Continues"/>).</summary>
    /// <param name="current">The stored case.</param>
    /// <param name="attempted">The case that was offered.</param>
    /// <returns>A result with <see cref="ComplaintSaveOutcome.NotAContinuation"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ComplaintSaveResult NotAContinuation(ComplaintCase current, ComplaintCase attempted)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(attempted);
        return new(ComplaintSaveOutcome.NotAContinuation, current,
            string.Create(CultureInfo.InvariantCulture,
                $"Case '{current.Id}' version {attempted.Version} does not continue the stored version {current.Version} (same id, history and opening, a higher version); not saved."));
    }

    /// <summary>Creates a not-found result.</summary>
    /// <param name="id">The id that was not found.</param>
    /// <returns>The result.</returns>
    public static ComplaintSaveResult NotFound(string id) =>
        new(ComplaintSaveOutcome.NotFound, null, $"Case '{id}' does not exist; use AddAsync first.");
}
