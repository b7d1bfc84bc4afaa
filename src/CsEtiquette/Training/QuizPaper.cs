namespace CsEtiquette.Training;

/// <summary>A generated quiz: the same seed and pack always give the same paper.</summary>
/// <param name="Seed">The seed the paper was generated with.</param>
/// <param name="Questions">The questions in order.</param>
public sealed record QuizPaper(int Seed, IReadOnlyList<QuizQuestion> Questions);
