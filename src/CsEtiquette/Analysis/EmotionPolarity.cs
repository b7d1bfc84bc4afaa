namespace CsEtiquette.Analysis;

/// <summary>The polarity of an <see cref="CustomerEmotion"/>: the coarse view used for evaluation.</summary>
public enum EmotionPolarity
{
    /// <summary><see cref="CustomerEmotion.Neutral"/>.</summary>
    Neutral = 0,

    /// <summary><see cref="CustomerEmotion.Angry"/>, <see cref="CustomerEmotion.Anxious"/>,
    /// <see cref="CustomerEmotion.Disappointed"/> and <see cref="CustomerEmotion.Dissatisfied"/>.</summary>
    Negative = 1,

    /// <summary><see cref="CustomerEmotion.Satisfied"/>.</summary>
    Positive = 2,
}
