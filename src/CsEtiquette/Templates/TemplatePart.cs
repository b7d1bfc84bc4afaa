namespace CsEtiquette.Templates;

/// <summary>
/// One compiled piece of a template variant: either literal text (kept per channel) or a slot reference
/// (an index into the template's slot table, with an optional inline default from <c>{slot|默认值}</c>).
/// </summary>
internal readonly struct TemplatePart
{
    private TemplatePart(string? text, string? voice, int slotIndex, string? inlineDefault)
    {
        Text = text;
        Voice = voice;
        SlotIndex = slotIndex;
        InlineDefault = inlineDefault;
    }

    /// <summary>Literal text for the text channel (null for a slot).</summary>
    public string? Text { get; }

    /// <summary>Literal text for the voice channel: no "~", no emoticons (null for a slot).</summary>
    public string? Voice { get; }

    /// <summary>Index into the template's slot table, or -1 for a literal.</summary>
    public int SlotIndex { get; }

    /// <summary>The inline default of <c>{slot|默认值}</c>, or null.</summary>
    public string? InlineDefault { get; }

    public bool IsSlot => SlotIndex >= 0;

    public static TemplatePart Literal(string text, string voice) => new(text, voice, -1, null);

    public static TemplatePart Slot(int index, string? inlineDefault) => new(null, null, index, inlineDefault);
}
