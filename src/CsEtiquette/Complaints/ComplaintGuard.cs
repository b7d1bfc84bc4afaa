namespace CsEtiquette.Complaints;

/// <summary>The guard of a <see cref="ComplaintTransition"/>: whether the row applies to the event on the case
/// before the event. Pure.</summary>
/// <param name="before">The case before the event.</param>
/// <param name="e">The event.</param>
/// <returns><see langword="true"/> when the row applies.</returns>
internal delegate bool ComplaintGuard(ComplaintCase before, ComplaintEvent e);
