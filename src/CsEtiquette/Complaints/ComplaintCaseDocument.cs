using System.Collections.Immutable;

namespace CsEtiquette.Complaints;

/// <summary>The persisted JSON shape of a <see cref="ComplaintCase"/> (schema version 1; see docs/complaints.md).</summary>
internal sealed class ComplaintCaseDocument
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; set; }

    public string? Id { get; set; }

    public ComplaintState State { get; set; }

    public int Version { get; set; }

    public string? OrderNumber { get; set; }

    public ImmutableArray<string> Facts { get; set; }

    public ImmutableArray<string> OfferedOptions { get; set; }

    public int? ChosenOptionIndex { get; set; }

    public ComplaintEscalation? Escalation { get; set; }

    public DateTimeOffset OpenedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public DateTimeOffset? ResolvedAt { get; set; }

    public DateTimeOffset? FollowUpDueAt { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public ImmutableArray<ComplaintHistoryEntry> History { get; set; }
}
