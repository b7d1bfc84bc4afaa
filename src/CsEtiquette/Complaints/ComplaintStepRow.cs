using System.Collections.Immutable;

namespace CsEtiquette.Complaints;

/// <summary>Everything about the next step in one state: the expected event, the description, the pack reply id,
/// the template that renders it and that template's slots and options. One row per state in
/// <see cref="ComplaintSteps"/>.</summary>
internal sealed record ComplaintStepRow(
    ComplaintState State,
    ComplaintTrigger? Action,
    Func<ComplaintCase, StepSettings, string> Description,
    Func<ComplaintCase, string> ReplyId,
    Func<ComplaintCase, string?> TemplateId,
    Func<ComplaintCase, StepSettings, ImmutableDictionary<string, string>>? TemplateSlots = null,
    Func<ComplaintCase, ImmutableArray<string>>? Choices = null,
    bool HasDueTime = false);
