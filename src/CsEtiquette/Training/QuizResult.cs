namespace CsEtiquette.Training;

/// <summary>The marked paper.</summary>
/// <param name="Seed">The paper's seed.</param>
/// <param name="Score">0–100: correct answers over questions.</param>
/// <param name="Correct">Number of correct answers.</param>
/// <param name="Total">Number of questions.</param>
/// <param name="Passed">Score at or above the pack's quiz pass mark.</param>
/// <param name="Answers">Each answer's mark, in question order.</param>
public sealed record QuizResult(int Seed, int Score, int Correct, int Total, bool Passed, IReadOnlyList<QuizAnswerResult> Answers);
