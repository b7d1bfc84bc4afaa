namespace CsEtiquette.Templates;

/// <summary>
/// A template could not be rendered because required slots have no value (from the caller, the
/// options, the pack's <c>slotDefaults</c> or the template's own defaults).
/// </summary>
/// <remarks>The message names the template and every missing slot, e.g.
/// <c>Template 'greeting.time-of-day' is missing required slot(s): 客服名, 商品.</c></remarks>
public sealed class TemplateRenderException : Exception
{
    /// <summary>Creates the exception for a template and its missing slots.</summary>
    /// <param name="templateId">The template being rendered.</param>
    /// <param name="missingSlots">Every required slot without a value, in declaration order.</param>
    public TemplateRenderException(string templateId, IReadOnlyList<string> missingSlots)
        : base(BuildMessage(templateId, missingSlots))
    {
        TemplateId = templateId;
        MissingSlots = missingSlots;
    }

    /// <summary>Creates the exception with a custom message (no slot information).</summary>
    /// <param name="message">The message.</param>
    public TemplateRenderException(string message)
        : base(message)
    {
        TemplateId = string.Empty;
        MissingSlots = [];
    }

    /// <summary>Creates the exception with a custom message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TemplateRenderException(string message, Exception innerException)
        : base(message, innerException)
    {
        TemplateId = string.Empty;
        MissingSlots = [];
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public TemplateRenderException()
        : this("The template could not be rendered.")
    {
    }

    /// <summary>The template being rendered (empty when created with a custom message).</summary>
    public string TemplateId { get; }

    /// <summary>Every required slot that had no value, in declaration order.</summary>
    public IReadOnlyList<string> MissingSlots { get; }

    private static string BuildMessage(string templateId, IReadOnlyList<string> missingSlots)
    {
        ArgumentNullException.ThrowIfNull(templateId);
        ArgumentNullException.ThrowIfNull(missingSlots);
        return $"Template '{templateId}' is missing required slot(s): {string.Join(", ", missingSlots)}. "
            + "Pass them as slots (e.g. --slot name=value) or give them defaults in TemplateOptions.SlotDefaults or the pack's slotDefaults.";
    }
}
