using System.Collections.Immutable;
using System.Text;

namespace CsEtiquette.Complaints;

/// <summary>
/// A complaint case (投诉工单) as an immutable value: where it stands in the four-step method, what was verified and
/// offered, its escalation, its timestamps and the full history of accepted events. Cases are created by
/// <see cref="IComplaintWorkflow.Start(string, DateTimeOffset)"/> and advanced by
/// <see cref="IComplaintWorkflow.Apply(ComplaintCase, ComplaintEvent, DateTimeOffset)"/>, which returns a new case;
/// a case never changes. Equality is by value (lists compared element by element). Thread-safe.
/// Persist with <see cref="ComplaintJson"/>.
/// </summary>
public sealed record ComplaintCase
{
    internal ComplaintCase(string id, DateTimeOffset openedAt)
    {
        Id = id;
        OpenedAt = openedAt;
        UpdatedAt = openedAt;
    }

    /// <summary>The case id given to <c>Start</c>, never blank.</summary>
    public string Id { get; }

    /// <summary>The current state.</summary>
    public ComplaintState State { get; internal init; } = ComplaintState.Opened;

    /// <summary>The verified order number (trimmed), or null before <see cref="VerifyInformation"/>.</summary>
    public string? OrderNumber { get; internal init; }

    /// <summary>The verified facts, in the order they were given, without duplicates; empty before verification.</summary>
    public ImmutableArray<string> Facts { get; internal init; } = [];

    /// <summary>The options of the current offer (trimmed); empty when none is open (also after a reopening follow-up).</summary>
    public ImmutableArray<string> OfferedOptions { get; internal init; } = [];

    /// <summary>The zero-based index of the chosen option, or null when none is chosen.</summary>
    public int? ChosenOptionIndex { get; internal init; }

    /// <summary>The chosen option's text, or null when none is chosen.</summary>
    public string? ChosenOption =>
        ChosenOptionIndex is { } i && (uint)i < (uint)OfferedOptions.Length ? OfferedOptions[i] : null;

    /// <summary>The latest escalation, or null if the case was never escalated.</summary>
    public ComplaintEscalation? Escalation { get; internal init; }

    /// <summary>When the case was opened.</summary>
    public DateTimeOffset OpenedAt { get; }

    /// <summary>When the last accepted event was applied (equals <see cref="OpenedAt"/> for a new case).</summary>
    public DateTimeOffset UpdatedAt { get; internal init; }

    /// <summary>When the case was last resolved, or null if never.</summary>
    public DateTimeOffset? ResolvedAt { get; internal init; }

    /// <summary>
    /// When the follow-up is due (resolution time + <see cref="ComplaintOptions.FollowUpWindow"/>); non-null only
    /// while the case is <see cref="ComplaintState.Resolved"/> and waiting for its follow-up.
    /// </summary>
    public DateTimeOffset? FollowUpDueAt { get; internal init; }

    /// <summary>When the case was closed, or null while it is open.</summary>
    public DateTimeOffset? ClosedAt { get; internal init; }

    /// <summary>The number of accepted events; 0 for a new case. Used for optimistic concurrency by
    /// <see cref="IComplaintStore"/>.</summary>
    public int Version { get; internal init; }

    /// <summary>Every accepted event in order; <c>History.Length == Version</c>. Rejected events are not recorded.</summary>
    public ImmutableArray<ComplaintHistoryEntry> History { get; internal init; } = [];

    /// <summary>Whether the case is in a terminal state (accepts no further event).</summary>
    public bool IsTerminal => State == ComplaintState.Closed;

    /// <summary>
    /// Whether this case continues <paramref name="stored"/>: the same id and opening time, a higher version, and
    /// <paramref name="stored"/>'s history as the start of this one (so a stale copy, a rollback or another case under
    /// the same id is not a continuation). Stores check it before replacing a case.
    /// </summary>
    /// <param name="stored">The case currently stored.</param>
    /// <returns><see langword="true"/> when this case is <paramref name="stored"/> plus one or more accepted events.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stored"/> is null.</exception>
    public bool Continues(ComplaintCase stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return string.Equals(Id, stored.Id, StringComparison.Ordinal)
            && OpenedAt.Equals(stored.OpenedAt)
            && Version > stored.Version
            && History.Length == Version
            && stored.History.Length == stored.Version
            && History.AsSpan(0, stored.History.Length).SequenceEqual(stored.History.AsSpan());
    }

    /// <summary>Value equality over every property; lists are compared element by element.</summary>
    /// <param name="other">The other case.</param>
    /// <returns><see langword="true"/> when both cases hold the same values.</returns>
    public bool Equals(ComplaintCase? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (string.Equals(Id, other.Id, StringComparison.Ordinal)
                && State == other.State
                && string.Equals(OrderNumber, other.OrderNumber, StringComparison.Ordinal)
                && Facts.AsSpan().SequenceEqual(other.Facts.AsSpan())
                && OfferedOptions.AsSpan().SequenceEqual(other.OfferedOptions.AsSpan())
                && ChosenOptionIndex == other.ChosenOptionIndex
                && Equals(Escalation, other.Escalation)
                && OpenedAt.Equals(other.OpenedAt)
                && UpdatedAt.Equals(other.UpdatedAt)
                && ResolvedAt.Equals(other.ResolvedAt)
                && FollowUpDueAt.Equals(other.FollowUpDueAt)
                && ClosedAt.Equals(other.ClosedAt)
                && Version == other.Version
                && History.AsSpan().SequenceEqual(other.History.AsSpan())));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, State, Version, UpdatedAt);

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id)
            .Append(", State = ").Append(State)
            .Append(", Version = ").Append(Version)
            .Append(", OrderNumber = ").Append(OrderNumber)
            .Append(", OfferedOptions = [").AppendJoin(", ", OfferedOptions).Append(']')
            .Append(", ChosenOptionIndex = ").Append(ChosenOptionIndex)
            .Append(", FollowUpDueAt = ").Append(FollowUpDueAt);
        return true;
    }
}
