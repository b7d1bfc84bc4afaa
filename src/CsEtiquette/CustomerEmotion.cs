namespace CsEtiquette;

/// <summary>
/// The customer's emotion (客户情绪): what <see cref="Analysis.CustomerMessageAnalyzer"/> reads from a message and what
/// the linter, the rewriter, the reply assistant and quality inspection act on. One vocabulary for every capability,
/// hence in the root namespace (like <see cref="ReplyChannel"/>): an analysis result is passed on unchanged.
/// </summary>
/// <remarks>
/// The numbering is part of the contract and never reused: <see cref="Unknown"/> = 0 (the default of every context,
/// meaning "not told"), then <see cref="Neutral"/> = 1 … <see cref="Angry"/> = 6 from calm to upset. The analyzer never
/// returns <see cref="Unknown"/>: a message without a clear emotion is <see cref="Neutral"/>. Reports and JSON use the
/// names, not the numbers.
/// </remarks>
public enum CustomerEmotion
{
    /// <summary>Not known (nobody told the linter); treated like <see cref="Neutral"/>. Never an analysis result.</summary>
    Unknown = 0,

    /// <summary>No clear emotion (平静).</summary>
    Neutral = 1,

    /// <summary>Satisfied (满意、开心): positive feedback.</summary>
    Satisfied = 2,

    /// <summary>Dissatisfied (不满): milder negative judgement of goods or service; upset, empathy expected.</summary>
    Dissatisfied = 3,

    /// <summary>Disappointed (失望、心寒): expectations let down, repeated problems; upset, empathy expected.</summary>
    Disappointed = 4,

    /// <summary>Anxious (着急、焦虑): urgency, waiting, worry; upset, empathy expected.</summary>
    Anxious = 5,

    /// <summary>Angry (愤怒): strong negative words, abuse, threats, heavy exclamation; upset, empathy expected.</summary>
    Angry = 6,
}
