namespace CsEtiquette.Linting;

/// <summary>
/// The customer's emotion as far as the linter cares (客户情绪). The labels mirror the message analyser's
/// emotion labels so an analysis result can be passed through unchanged.
/// </summary>
public enum CustomerEmotion
{
    /// <summary>Not known; treated like <see cref="Neutral"/>.</summary>
    Unknown = 0,

    /// <summary>Calm, no particular emotion.</summary>
    Neutral = 1,

    /// <summary>Pleased (满意).</summary>
    Satisfied = 2,

    /// <summary>Dissatisfied (不满): upset, empathy expected.</summary>
    Dissatisfied = 3,

    /// <summary>Disappointed (失望): upset, empathy expected.</summary>
    Disappointed = 4,

    /// <summary>Anxious (着急): upset, empathy expected.</summary>
    Anxious = 5,

    /// <summary>Angry (愤怒): upset, empathy expected.</summary>
    Angry = 6,
}
