using System.Collections.Frozen;

namespace CsEtiquette.Templates;

/// <summary>
/// Options of a <see cref="TemplateRenderer"/>: the voice speaking rate and slot values every render
/// should fall back to (agent persona such as <c>客服名</c>, shop policy such as <c>处理时限</c>).
/// </summary>
/// <remarks>Immutable once built; validated when a renderer is created.</remarks>
public sealed class TemplateOptions
{
    /// <summary>The default speaking rate: 180 characters per minute (a calm, patient pace).</summary>
    public const int DefaultVoiceCharactersPerMinute = 180;

    /// <summary>
    /// Speaking rate used to estimate <see cref="RenderedReply.EstimatedSpeakingTime"/> on the voice
    /// channel, in spoken characters (汉字, letters, digits; punctuation is silent) per minute.
    /// Must be between 60 and 600. Default <see cref="DefaultVoiceCharactersPerMinute"/>.
    /// </summary>
    public int VoiceCharactersPerMinute { get; init; } = DefaultVoiceCharactersPerMinute;

    /// <summary>
    /// Slot values used when the caller does not pass one, before the pack's and the template's own
    /// defaults: e.g. <c>{ ["客服名"] = "小美" }</c>. Empty by default. Blank values are ignored.
    /// </summary>
    public IReadOnlyDictionary<string, string> SlotDefaults { get; init; } = FrozenDictionary<string, string>.Empty;

    /// <summary>Throws when an option is out of range, naming the option.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="VoiceCharactersPerMinute"/> is outside 60–600.</exception>
    /// <exception cref="ArgumentException"><see cref="SlotDefaults"/> is null.</exception>
    public void Validate()
    {
        if (VoiceCharactersPerMinute is < 60 or > 600)
        {
            throw new ArgumentOutOfRangeException(
                nameof(VoiceCharactersPerMinute),
                VoiceCharactersPerMinute,
                $"TemplateOptions.{nameof(VoiceCharactersPerMinute)} must be between 60 and 600 characters per minute.");
        }

        if (SlotDefaults is null)
        {
            throw new ArgumentException($"TemplateOptions.{nameof(SlotDefaults)} must not be null.", nameof(SlotDefaults));
        }
    }
}
