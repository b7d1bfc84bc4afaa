using CsEtiquette.Complaints;

namespace CsEtiquette.Templates;

/// <summary>The complaint workflow's next step with a suggested reply rendered from the template library.</summary>
public static class ComplaintWorkflowExtensions
{
    /// <summary>What to do next with the case and a suggested reply that follows the training seeds (您, positive
    /// wording, concrete times); see <see cref="ComplaintReplySuggester.Suggest"/>.</summary>
    /// <param name="workflow">The workflow.</param>
    /// <param name="complaint">The case.</param>
    /// <param name="templates">The template renderer, or null for <see cref="TemplateRenderer.Default"/>.</param>
    /// <returns>The next step; for a closed case, a step with a null action and an empty reply.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workflow"/> or <paramref name="complaint"/> is null.</exception>
    public static ComplaintNextStep NextStep(this IComplaintWorkflow workflow, ComplaintCase complaint,
        ITemplateRenderer? templates = null)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        var suggester = templates is null ? ComplaintReplySuggester.Default : new ComplaintReplySuggester(templates);
        return suggester.NextStep(workflow, complaint);
    }
}
