namespace CsEtiquette.Analysis;

/// <summary>The polarity of an <see cref="EmotionLabel"/>: the coarse view used for evaluation.</summary>
public enum EmotionPolarity
{
    /// <summary><see cref="EmotionLabel.Neutral"/>.</summary>
    Neutral = 0,

    /// <summary><see cref="EmotionLabel.Angry"/>, <see cref="EmotionLabel.Anxious"/>,
    /// <see cref="EmotionLabel.Disappointed"/> and <see cref="EmotionLabel.Dissatisfied"/>.</summary>
    Negative = 1,

    /// <summary><see cref="EmotionLabel.Satisfied"/>.</summary>
    Positive = 2,
}
