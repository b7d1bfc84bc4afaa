namespace CsEtiquette.Training;

/// <summary>How one answer was marked.</summary>
/// <param name="Number">The question number.</param>
/// <param name="Kind">The question kind.</param>
/// <param name="Given">What the trainee answered (empty when unanswered).</param>
/// <param name="Expected">The correct letter, or a reference rewrite.</param>
/// <param name="IsCorrect">Whether the answer earns the mark.</param>
/// <param name="Explanation">Why, from the rule pack; for a rewrite, what is still wrong.</param>
public sealed record QuizAnswerResult(int Number, QuizKind Kind, string Given, string Expected, bool IsCorrect, string Explanation);
