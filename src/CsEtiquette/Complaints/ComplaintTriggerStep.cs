namespace CsEtiquette.Complaints;

/// <summary>What the wrong-order rejection says about a main-path trigger: its name (with the Chinese step), why it
/// must come first, and the rejection reason when it is missing. One row per trigger in <see cref="ComplaintSteps"/>.</summary>
internal sealed record ComplaintTriggerStep(
    ComplaintTrigger Trigger,
    string Name,
    string Why,
    ComplaintRejectionReason MissingReason);
