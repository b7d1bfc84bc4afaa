namespace CsEtiquette.Complaints;

/// <summary>
/// An <see cref="IComplaintStore"/> in memory, for tests, samples and single-process services. Thread-safe: every
/// read and write of one store is atomic (a lock around a dictionary), so concurrent writers to the same case see
/// exactly one winner per version and conflicts for the rest. Cases are immutable, so they are stored as they are.
/// </summary>
public sealed class InMemoryComplaintStore : IComplaintStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, ComplaintCase> _cases = new(StringComparer.Ordinal);

    /// <summary>The number of stored cases.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _cases.Count;
            }
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public ValueTask<ComplaintCase?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_cases.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="complaint"/> is null.</exception>
    public ValueTask<ComplaintSaveResult> AddAsync(ComplaintCase complaint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (_cases.TryGetValue(complaint.Id, out var existing))
            {
                return ValueTask.FromResult(ComplaintSaveResult.AlreadyExists(existing));
            }

            _cases.Add(complaint.Id, complaint);
            return ValueTask.FromResult(ComplaintSaveResult.Saved(complaint));
        }
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="complaint"/> is null.</exception>
    public ValueTask<ComplaintSaveResult> UpdateAsync(ComplaintCase complaint, int expectedVersion,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_cases.TryGetValue(complaint.Id, out var existing))
            {
                return ValueTask.FromResult(ComplaintSaveResult.NotFound(complaint.Id));
            }

            if (existing.Version != expectedVersion)
            {
                return ValueTask.FromResult(ComplaintSaveResult.Conflict(existing, expectedVersion));
            }

            if (!complaint.Continues(existing))
            {
                return ValueTask.FromResult(ComplaintSaveResult.NotAContinuation(existing, complaint));
            }

            _cases[complaint.Id] = complaint;
            return ValueTask.FromResult(ComplaintSaveResult.Saved(complaint));
        }
    }
}
