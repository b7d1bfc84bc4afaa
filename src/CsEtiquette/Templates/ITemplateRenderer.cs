namespace CsEtiquette.Templates;

/// <summary>Renders reply templates (话术模板) and composed replies; register as a singleton.</summary>
/// <remarks>Implementations are stateless and thread-safe.</remarks>
public interface ITemplateRenderer
{
    /// <summary>The templates this renderer uses.</summary>
    TemplateLibrary Library { get; }

    /// <summary>Renders one template; see <see cref="TemplateRenderer.Render"/>.</summary>
    /// <param name="templateId">The template id, e.g. <c>empathy.damaged-item</c>.</param>
    /// <param name="slots">Slot values by name; null for none. Blank values count as absent.</param>
    /// <param name="context">Clock, channel, seed and turn; null for now, text channel, seed 0, turn 0.</param>
    /// <returns>The rendered reply.</returns>
    RenderedReply Render(string templateId, IReadOnlyDictionary<string, string>? slots = null, RenderContext? context = null);

    /// <summary>Renders a choice offer of 2–3 options; see <see cref="TemplateRenderer.RenderChoices"/>.</summary>
    /// <param name="options">The options.</param>
    /// <param name="slots">Extra slots (e.g. <c>事项</c>).</param>
    /// <param name="context">The render context.</param>
    /// <returns>The rendered reply.</returns>
    RenderedReply RenderChoices(IReadOnlyList<string> options, IReadOnlyDictionary<string, string>? slots = null, RenderContext? context = null);

    /// <summary>Renders structured steps (首先/其次/另外); see <see cref="TemplateRenderer.RenderSteps"/>.</summary>
    /// <param name="steps">The steps.</param>
    /// <param name="slots">Extra slots (e.g. <c>事项</c>).</param>
    /// <param name="context">The render context.</param>
    /// <returns>The rendered reply.</returns>
    RenderedReply RenderSteps(IReadOnlyList<string> steps, IReadOnlyDictionary<string, string>? slots = null, RenderContext? context = null);

    /// <summary>Renders a paraphrase confirmation of the customer's words; see <see cref="TemplateRenderer.RenderParaphrase"/>.</summary>
    /// <param name="customerWords">The customer's request in their words.</param>
    /// <param name="context">The render context.</param>
    /// <returns>The rendered reply.</returns>
    RenderedReply RenderParaphrase(string customerWords, RenderContext? context = null);
}
