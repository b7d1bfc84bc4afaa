namespace CsEtiquette;

/// <summary>Questions about a <see cref="CustomerEmotion"/> that every capability asks the same way.</summary>
public static class CustomerEmotionExtensions
{
    /// <summary>
    /// Whether the customer is upset (<see cref="CustomerEmotion.Dissatisfied"/>, <see cref="CustomerEmotion.Disappointed"/>,
    /// <see cref="CustomerEmotion.Anxious"/> or <see cref="CustomerEmotion.Angry"/>): a reply must apologise or empathise
    /// (CSE009). False for <see cref="CustomerEmotion.Unknown"/> and for values outside the enum.
    /// </summary>
    /// <param name="emotion">The emotion.</param>
    /// <returns>True when upset.</returns>
    public static bool IsUpset(this CustomerEmotion emotion) => emotion is CustomerEmotion.Dissatisfied
        or CustomerEmotion.Disappointed or CustomerEmotion.Anxious or CustomerEmotion.Angry;
}
