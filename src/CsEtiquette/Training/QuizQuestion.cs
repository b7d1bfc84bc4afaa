namespace CsEtiquette.Training;

/// <summary>One quiz question, generated from a draft of the training pack and the rules it breaks.</summary>
/// <param name="Number">1-based position on the paper.</param>
/// <param name="Kind">What is asked.</param>
/// <param name="Prompt">The question in Chinese.</param>
/// <param name="Draft">The agent draft the question is about.</param>
/// <param name="Options">Lettered options (<c>A. …</c>) for choice questions; empty for a rewrite.</param>
/// <param name="Answer">The correct letter; for a rewrite, a reference rewrite.</param>
/// <param name="Rules">The rule ids the draft breaks.</param>
/// <param name="Explanation">Why, from the rule pack (rule title and message).</param>
public sealed record QuizQuestion(
    int Number,
    QuizKind Kind,
    string Prompt,
    string Draft,
    IReadOnlyList<string> Options,
    string Answer,
    IReadOnlyList<string> Rules,
    string Explanation);
