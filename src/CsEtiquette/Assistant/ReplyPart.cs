namespace CsEtiquette.Assistant;

/// <summary>One part of a suggested reply and why it was chosen. Immutable and thread-safe.</summary>
/// <param name="Kind">The part's role.</param>
/// <param name="Text">The text of the part as it appears in <see cref="ReplySuggestion.Text"/>.</param>
/// <param name="Source">Where the text came from: a template id (e.g. <c>empathy.damaged-item</c>) or a complaint
/// reply id (e.g. <c>complaint.resolve</c>).</param>
/// <param name="Reason">Why the part was chosen, in one English sentence with the Chinese term (e.g. "The customer is
/// angry (愤怒): handle the emotion first.").</param>
public sealed record ReplyPart(ReplyPartKind Kind, string Text, string Source, string Reason);
