namespace CsEtiquette.Complaints;

/// <summary>The effect of a <see cref="ComplaintTransition"/>: what an accepted event records on the case. Pure.</summary>
/// <param name="next">The case with state, version, update time and history already advanced.</param>
/// <param name="e">The accepted event.</param>
/// <param name="context">The case before the event, the time and the workflow's follow-up window.</param>
/// <returns>The case after the event.</returns>
internal delegate ComplaintCase TransitionEffect(ComplaintCase next, ComplaintEvent e, TransitionContext context);
