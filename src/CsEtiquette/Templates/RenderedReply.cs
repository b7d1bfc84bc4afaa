namespace CsEtiquette.Templates;

/// <summary>A rendered reply: the text and where it came from.</summary>
/// <param name="Text">The reply text; never contains an unfilled <c>{slot}</c>.</param>
/// <param name="TemplateId">The id of the template that produced the text.</param>
/// <param name="VariantIndex">Zero-based index of the variant used.</param>
/// <param name="Channel">The channel the text was rendered for.</param>
/// <param name="EstimatedSpeakingTime">
/// On the voice channel, the estimated time to say the text at the renderer's
/// <see cref="TemplateOptions.VoiceCharactersPerMinute"/> (punctuation is not counted); <c>null</c> on the
/// text channel.
/// </param>
/// <remarks>An immutable value; <c>default(RenderedReply)</c> has a null <see cref="Text"/> and is never returned by a renderer.</remarks>
public readonly record struct RenderedReply(
    string Text,
    string TemplateId,
    int VariantIndex,
    ReplyChannel Channel,
    TimeSpan? EstimatedSpeakingTime)
{
    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The reply text.</returns>
    public override string ToString() => Text;
}
