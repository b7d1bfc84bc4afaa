namespace CsEtiquette.Templates;

/// <summary>A named gap in a template, such as <c>{商品}</c>, as declared in its pack.</summary>
/// <param name="Name">The slot name used in the text (<c>{商品}</c>) and in the slots dictionary.</param>
/// <param name="Description">What the slot holds, for people writing or choosing replies.</param>
/// <param name="Sample">An example value (used by tests, docs and <c>cse template list</c>).</param>
/// <param name="Default">
/// The value used when the caller gives none: the pack's <c>slotDefaults</c> entry for this name if any,
/// otherwise the template's own <c>default</c>; null when neither exists.
/// </param>
/// <param name="IsRequired">
/// True when rendering without a value fails: no <see cref="Default"/> and at least one variant uses the slot
/// without an inline default (<c>{slot|默认值}</c>).
/// </param>
/// <param name="IsAutomatic">True for <c>{时段}</c>, which the renderer fills from the clock.</param>
public sealed record TemplateSlot(
    string Name,
    string Description,
    string Sample,
    string? Default,
    bool IsRequired,
    bool IsAutomatic);
