namespace CsEtiquette.Analysis;

/// <summary>The dominant emotion of a message and how strong it is.</summary>
/// <param name="Label">The dominant emotion; <see cref="CustomerEmotion.Neutral"/> when no signal is strong enough.</param>
/// <param name="Intensity">Strength in 0..1 from lexicon weights, intensifiers (非常、太、特别、极其), negation,
/// punctuation (!!!, ？？？), repeated characters and emoji. For <see cref="CustomerEmotion.Neutral"/> it is the
/// strength of the weak signal that was found (0 when none).</param>
public readonly record struct EmotionReading(CustomerEmotion Label, double Intensity)
{
    /// <summary>The coarse polarity of <see cref="Label"/>.</summary>
    public EmotionPolarity Polarity => Label switch
    {
        CustomerEmotion.Neutral or CustomerEmotion.Unknown => EmotionPolarity.Neutral,
        CustomerEmotion.Satisfied => EmotionPolarity.Positive,
        _ => EmotionPolarity.Negative,
    };
}
