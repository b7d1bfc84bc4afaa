namespace CsEtiquette.Training;

/// <summary>The kinds of quiz question (理论考核).</summary>
public enum QuizKind
{
    /// <summary>Which rule does this draft break? Options are rules; the answer is a letter or a rule id.</summary>
    SpotTheProblem = 0,

    /// <summary>Which of two replies is better? The answer is a letter.</summary>
    PickTheBetterReply = 1,

    /// <summary>Rewrite the draft; the answer passes when it no longer breaks the draft's rules.</summary>
    RewriteThisLine = 2,
}
