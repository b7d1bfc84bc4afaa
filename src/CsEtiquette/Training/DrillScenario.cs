namespace CsEtiquette.Training;

/// <summary>
/// A role-play scenario (实操演练), e.g. 客户要求无条件退货但超出期限: the customer's persona, the goals, the skills a
/// good agent must show over the drill, phrases a good agent never uses, and the branching customer turns.
/// Immutable; the turn graph is acyclic (checked at load), so every drill ends.
/// </summary>
public sealed record DrillScenario
{
    /// <summary>Scenario id, e.g. <c>return-out-of-window</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Short title, e.g. 超出期限要求无条件退货.</summary>
    public required string Title { get; init; }

    /// <summary>Whether the customer is complaining (the linter then expects an apology or empathy).</summary>
    public bool IsComplaint { get; init; }

    /// <summary>Who the customer is and how they feel.</summary>
    public required string Persona { get; init; }

    /// <summary>What a good agent achieves, in the trainer's words.</summary>
    public required IReadOnlyList<string> Goals { get; init; }

    /// <summary>Skills the trainee must show at least once during the drill; missing ones fail it.</summary>
    public required IReadOnlyList<ServiceSkill> Required { get; init; }

    /// <summary>Phrases a good agent never uses here (e.g. promising a return outside the policy).</summary>
    public required IReadOnlyList<string> Avoid { get; init; }

    /// <summary>The id of the first turn.</summary>
    public required string Start { get; init; }

    /// <summary>Every turn of the scenario, in pack order.</summary>
    public required IReadOnlyList<DrillTurn> Turns { get; init; }

    /// <summary>Returns the turn with <paramref name="id"/>, or <see langword="null"/>.</summary>
    public DrillTurn? FindTurn(string id)
    {
        foreach (var turn in Turns)
        {
            if (string.Equals(turn.Id, id, StringComparison.Ordinal))
            {
                return turn;
            }
        }

        return null;
    }
}
