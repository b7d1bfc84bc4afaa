using CsEtiquette.Linting;

namespace CsEtiquette.Training;

/// <summary>How one reply of the trainee was judged.</summary>
/// <param name="Turn">1-based turn number.</param>
/// <param name="TurnId">The scenario turn id.</param>
/// <param name="Customer">What the customer said.</param>
/// <param name="Agent">What the trainee answered.</param>
/// <param name="Findings">The linter's findings on the reply.</param>
/// <param name="Shown">Skills the reply shows.</param>
/// <param name="Missing">Skills this turn expected that the reply does not show.</param>
/// <param name="Avoided">Phrases from the scenario's avoid list that the reply used (should be empty).</param>
/// <param name="Score">0–100 for this reply.</param>
/// <param name="IsGood">Whether the reply moved the conversation along the good branch.</param>
/// <param name="Coaching">Short coaching lines in Chinese for the trainee.</param>
public sealed record DrillTurnResult(
    int Turn,
    string TurnId,
    string Customer,
    string Agent,
    IReadOnlyList<Finding> Findings,
    IReadOnlyList<ServiceSkill> Shown,
    IReadOnlyList<ServiceSkill> Missing,
    IReadOnlyList<string> Avoided,
    int Score,
    bool IsGood,
    IReadOnlyList<string> Coaching);
