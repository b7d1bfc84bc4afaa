using CsEtiquette.Complaints;

namespace CsEtiquette.Templates;

/// <summary>
/// Turns the complaint workflow's next step (<see cref="ComplaintStepPlan"/>, pure data) into a suggested reply
/// (建议话术) with the template library: the adapter between <see cref="CsEtiquette.Complaints"/>, which renders no
/// template, and <see cref="ITemplateRenderer"/>. Stateless and thread-safe.
/// </summary>
public sealed class ComplaintReplySuggester
{
    private static readonly Lazy<ComplaintReplySuggester> LazyDefault =
        new(() => new ComplaintReplySuggester(TemplateRenderer.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ITemplateRenderer _templates;

    /// <summary>Creates a suggester over a template renderer.</summary>
    /// <param name="templates">The renderer, or null for <see cref="TemplateRenderer.Default"/>.</param>
    public ComplaintReplySuggester(ITemplateRenderer? templates = null) => _templates = templates ?? TemplateRenderer.Default;

    /// <summary>A suggester over <see cref="TemplateRenderer.Default"/>; created once, thread-safe.</summary>
    public static ComplaintReplySuggester Default => LazyDefault.Value;

    /// <summary>The next step of <paramref name="complaint"/> with its suggested reply.</summary>
    /// <param name="workflow">The workflow that plans the step.</param>
    /// <param name="complaint">The case.</param>
    /// <returns>See <see cref="Suggest(ComplaintStepPlan)"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ComplaintNextStep NextStep(IComplaintWorkflow workflow, ComplaintCase complaint)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        return Suggest(workflow.PlanNextStep(complaint));
    }

    /// <summary>
    /// Renders the plan's template (<see cref="ComplaintStepPlan.TemplateId"/>) with its slots, choices and variant
    /// inputs; when the plan has no template, or the renderer rejects the options of a choice offer (it is stricter
    /// about options than the workflow, e.g. options that differ only in punctuation), the reply is the plan's
    /// complaint-pack reply. Deterministic: the same plan gives the same step.
    /// </summary>
    /// <param name="plan">The plan from <see cref="IComplaintWorkflow.PlanNextStep"/>.</param>
    /// <returns>The step; <see cref="ComplaintNextStep.ReplyId"/> is the template id when a template rendered the
    /// reply, else the pack reply id (empty for a closed case).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="TemplateNotFoundException">The renderer's library has no template with the plan's id.</exception>
    public ComplaintNextStep Suggest(ComplaintStepPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.TemplateId is null)
        {
            return plan.WithPackReply();
        }

        var context = new RenderContext(plan.At) { Seed = plan.VariantSeed, Turn = plan.Turn };
        var slots = plan.TemplateSlots.IsEmpty ? null : plan.TemplateSlots;
        RenderedReply reply;
        if (!plan.Choices.IsDefaultOrEmpty)
        {
            try
            {
                reply = _templates.RenderChoices(plan.Choices, slots, context);
            }
            catch (ArgumentException)
            {
                return plan.WithPackReply();
            }
        }
        else
        {
            reply = _templates.Render(plan.TemplateId, slots, context);
        }

        return new ComplaintNextStep(plan.Action, plan.Description, reply.TemplateId, reply.Text, plan.DueAt);
    }
}
