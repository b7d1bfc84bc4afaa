namespace CsEtiquette.Analysis;

/// <summary>The dominant emotion of a customer message (情绪倾向).</summary>
public enum EmotionLabel
{
    /// <summary>No clear emotion (平静).</summary>
    Neutral = 0,

    /// <summary>Angry (愤怒): strong negative words, abuse, threats, heavy exclamation.</summary>
    Angry = 1,

    /// <summary>Anxious (着急、焦虑): urgency, waiting, worry.</summary>
    Anxious = 2,

    /// <summary>Disappointed (失望、心寒): expectations let down, repeated problems.</summary>
    Disappointed = 3,

    /// <summary>Dissatisfied (不满): milder negative judgement of goods or service.</summary>
    Dissatisfied = 4,

    /// <summary>Satisfied (满意、开心): positive feedback.</summary>
    Satisfied = 5,
}
