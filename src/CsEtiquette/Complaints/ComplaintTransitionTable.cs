using System.Collections.Frozen;
using System.Collections.Immutable;

namespace CsEtiquette.Complaints;

/// <summary>
/// The transition table of the complaint workflow — the single source from which the workflow decides and the
/// Mermaid and DOT diagrams (<see cref="Graph.ComplaintMermaidGraph"/>, <see cref="Graph.ComplaintDotGraph"/>) are
/// generated. Immutable and thread-safe; use <see cref="Default"/>.
/// </summary>
/// <remarks>
/// The main path is the four-step method 接纳情绪 → 核实信息 → 解决方案 → 闭环跟进:
/// Opened → EmotionAcknowledged → InformationVerified → SolutionsOffered → SolutionChosen → Resolved → FollowedUp →
/// Closed. Every state before the follow-up may be escalated; every state before the resolution may be withdrawn.
/// An escalated case accepts Resolve (the supervisor's or platform's decision, after which the follow-up is still
/// due), Escalate once more from the supervisor to the platform, and Withdraw. Closed is the only terminal state and
/// accepts nothing.
/// </remarks>
public sealed class ComplaintTransitionTable
{
    private static readonly Lazy<ComplaintTransitionTable> LazyDefault = new(() => new ComplaintTransitionTable());

    private readonly FrozenDictionary<(ComplaintState, ComplaintTrigger), ImmutableArray<ComplaintTransition>> _rows;
    private readonly FrozenDictionary<ComplaintState, ImmutableArray<ComplaintTrigger>> _permitted;

    private ComplaintTransitionTable()
    {
        const ComplaintState O = ComplaintState.Opened, EA = ComplaintState.EmotionAcknowledged,
            IV = ComplaintState.InformationVerified, SO = ComplaintState.SolutionsOffered,
            SC = ComplaintState.SolutionChosen, R = ComplaintState.Resolved, FU = ComplaintState.FollowedUp,
            C = ComplaintState.Closed, E = ComplaintState.Escalated, W = ComplaintState.Withdrawn;
        // Each row: from, trigger, to, (guard and its description), effect. Adding a state or a transition is one
        // edit here; the workflow, the JSON validation and the diagrams all read these rows.
        Transitions =
        [
            Permit(O, ComplaintTrigger.AcknowledgeEmotion, EA, ComplaintEffects.None),
            Permit(O, ComplaintTrigger.Escalate, E, ComplaintEffects.RecordEscalation),
            Permit(O, ComplaintTrigger.Withdraw, W, ComplaintEffects.None),

            Permit(EA, ComplaintTrigger.VerifyInformation, IV, ComplaintEffects.RecordVerification),
            Permit(EA, ComplaintTrigger.Escalate, E, ComplaintEffects.RecordEscalation),
            Permit(EA, ComplaintTrigger.Withdraw, W, ComplaintEffects.None),

            Permit(IV, ComplaintTrigger.VerifyInformation, IV, ComplaintEffects.RecordVerification),
            Permit(IV, ComplaintTrigger.OfferSolutions, SO, ComplaintEffects.RecordOptions),
            Permit(IV, ComplaintTrigger.Escalate, E, ComplaintEffects.RecordEscalation),
            Permit(IV, ComplaintTrigger.Withdraw, W, ComplaintEffects.None),

            Permit(SO, ComplaintTrigger.OfferSolutions, SO, ComplaintEffects.RecordOptions),
            Permit(SO, ComplaintTrigger.ChooseSolution, SC, ComplaintEffects.RecordChoice),
            Permit(SO, ComplaintTrigger.Escalate, E, ComplaintEffects.RecordEscalation),
            Permit(SO, ComplaintTrigger.Withdraw, W, ComplaintEffects.None),

            Permit(SC, ComplaintTrigger.Resolve, R, ComplaintEffects.RecordResolution),
            Permit(SC, ComplaintTrigger.Escalate, E, ComplaintEffects.RecordEscalation),
            Permit(SC, ComplaintTrigger.Withdraw, W, ComplaintEffects.None),

            PermitIf(R, ComplaintTrigger.FollowUp, FU,
                static (_, e) => e is FollowUp { Satisfied: true }, "satisfied", ComplaintEffects.RecordSatisfied),
            PermitIf(R, ComplaintTrigger.FollowUp, IV,
                static (c, e) => e is FollowUp { Satisfied: false } && c.OrderNumber is not null, "not satisfied",
                ComplaintEffects.ReopenOffer),
            PermitIf(R, ComplaintTrigger.FollowUp, O,
                static (c, e) => e is FollowUp { Satisfied: false } && c.OrderNumber is null, "not satisfied, never verified",
                ComplaintEffects.ReopenOffer),
            Permit(R, ComplaintTrigger.Escalate, E, ComplaintEffects.RecordEscalation),

            Permit(FU, ComplaintTrigger.Close, C, ComplaintEffects.RecordClosing),

            Permit(E, ComplaintTrigger.Resolve, R, ComplaintEffects.RecordResolution),
            PermitIf(E, ComplaintTrigger.Escalate, E,
                static (c, e) => e is Escalate { Target: EscalationTarget.Platform } && c.Escalation?.Target == EscalationTarget.Supervisor,
                "supervisor to platform", ComplaintEffects.RecordEscalation),
            Permit(E, ComplaintTrigger.Withdraw, W, ComplaintEffects.None),

            Permit(W, ComplaintTrigger.Close, C, ComplaintEffects.RecordClosing),
        ];

        States = [.. Enum.GetValues<ComplaintState>()];
        TerminalStates = [C];
        MainPath =
        [
            ComplaintTrigger.AcknowledgeEmotion, ComplaintTrigger.VerifyInformation, ComplaintTrigger.OfferSolutions,
            ComplaintTrigger.ChooseSolution, ComplaintTrigger.Resolve, ComplaintTrigger.FollowUp, ComplaintTrigger.Close,
        ];
        MainPathStates = [O, EA, IV, SO, SC, R, FU, C];

        var rows = new Dictionary<(ComplaintState, ComplaintTrigger), ImmutableArray<ComplaintTransition>.Builder>();
        var permitted = new Dictionary<ComplaintState, List<ComplaintTrigger>>();
        foreach (var t in Transitions)
        {
            if (!rows.TryGetValue((t.From, t.Trigger), out var b))
            {
                rows[(t.From, t.Trigger)] = b = ImmutableArray.CreateBuilder<ComplaintTransition>();
            }

            b.Add(t);
            if (!permitted.TryGetValue(t.From, out var list))
            {
                permitted[t.From] = list = [];
            }

            if (!list.Contains(t.Trigger))
            {
                list.Add(t.Trigger);
            }
        }

        _rows = rows.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToImmutable());
        var allPermitted = new Dictionary<ComplaintState, ImmutableArray<ComplaintTrigger>>();
        foreach (var s in States)
        {
            allPermitted[s] = permitted.TryGetValue(s, out var l) ? [.. l] : [];
        }

        _permitted = allPermitted.ToFrozenDictionary();
    }

    private static ComplaintTransition Permit(ComplaintState from, ComplaintTrigger trigger, ComplaintState to,
        TransitionEffect effect) => new(from, trigger, to, effect);

    private static ComplaintTransition PermitIf(ComplaintState from, ComplaintTrigger trigger, ComplaintState to,
        ComplaintGuard guard, string description, TransitionEffect effect) => new(from, trigger, to, effect, guard, description);

    /// <summary>The table of the four-step method described in the remarks; built once, on first use.</summary>
    public static ComplaintTransitionTable Default => LazyDefault.Value;

    /// <summary>The state of a new case: <see cref="ComplaintState.Opened"/>.</summary>
    public ComplaintState InitialState { get; } = ComplaintState.Opened;

    /// <summary>Every state, in declaration order.</summary>
    public ImmutableArray<ComplaintState> States { get; }

    /// <summary>The states that accept no event: <see cref="ComplaintState.Closed"/>.</summary>
    public ImmutableArray<ComplaintState> TerminalStates { get; }

    /// <summary>Every row, grouped by source state in the order of the four-step method.</summary>
    public ImmutableArray<ComplaintTransition> Transitions { get; }

    /// <summary>The triggers of the main path (四步法 plus choose, resolve and close), in order.</summary>
    public ImmutableArray<ComplaintTrigger> MainPath { get; }

    /// <summary>The states of the main path, from <see cref="ComplaintState.Opened"/> to
    /// <see cref="ComplaintState.Closed"/>; <c>MainPath[i]</c> leads from <c>MainPathStates[i]</c> to
    /// <c>MainPathStates[i + 1]</c>.</summary>
    public ImmutableArray<ComplaintState> MainPathStates { get; }

    /// <summary>Whether <paramref name="state"/> is terminal.</summary>
    /// <param name="state">A state.</param>
    /// <returns><see langword="true"/> for <see cref="ComplaintState.Closed"/>.</returns>
    public bool IsTerminal(ComplaintState state) => TerminalStates.Contains(state);

    /// <summary>The distinct triggers accepted in <paramref name="state"/>, in table order (guards aside);
    /// empty for terminal or undefined states.</summary>
    /// <param name="state">A state.</param>
    /// <returns>The permitted triggers.</returns>
    public ImmutableArray<ComplaintTrigger> PermittedTriggers(ComplaintState state) =>
        _permitted.TryGetValue(state, out var p) ? p : [];

    /// <summary>The rows for (<paramref name="state"/>, <paramref name="trigger"/>), in table order; empty when the
    /// trigger is not accepted in that state.</summary>
    /// <param name="state">The source state.</param>
    /// <param name="trigger">The trigger.</param>
    /// <returns>The candidate rows.</returns>
    public ImmutableArray<ComplaintTransition> Find(ComplaintState state, ComplaintTrigger trigger) =>
        _rows.TryGetValue((state, trigger), out var r) ? r : [];
}
