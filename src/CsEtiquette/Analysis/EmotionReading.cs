namespace CsEtiquette.Analysis;

/// <summary>The dominant emotion of a message and how strong it is.</summary>
/// <param name="Label">The dominant emotion; <see cref="CustomerEmotion.Neutral"/> when no signal is strong enough.</param>
/// <param name="Intensity">Strength in 0..1: the analysis model's expected intensity (0 none … 3 strong, divided by 3),
/// learned from labelled chat with intensifiers (非常、太、特别、极其), negation, punctuation (!!!, ？？？), repeated
/// characters and emoji among its features. For <see cref="CustomerEmotion.Neutral"/> it is the strength of the weak
/// signal the model still sees; 0 for empty or blank input.</param>
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
