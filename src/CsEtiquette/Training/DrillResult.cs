namespace CsEtiquette.Training;

/// <summary>The scorecard of a finished (or abandoned) drill.</summary>
/// <param name="ScenarioId">The scenario id.</param>
/// <param name="Score">0–100: the mean of the turn scores (an unanswered turn scores 0).</param>
/// <param name="Passed">Score at or above the pack's pass mark, no required skill missed, and the drill ended.</param>
/// <param name="Missed">Required skills never shown during the drill.</param>
/// <param name="Turns">Every judged turn.</param>
/// <param name="IsComplete">Whether the conversation reached its end (false when the answers ran out).</param>
public sealed record DrillResult(
    string ScenarioId,
    int Score,
    bool Passed,
    IReadOnlyList<ServiceSkill> Missed,
    IReadOnlyList<DrillTurnResult> Turns,
    bool IsComplete);
