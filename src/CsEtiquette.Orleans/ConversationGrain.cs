using System.Diagnostics;
using System.Globalization;
using CsEtiquette.Assistant;
using CsEtiquette.DependencyInjection;
using CsEtiquette.Diagnostics;
using Orleans;
using Orleans.Placement;
using Orleans.Runtime;

namespace CsEtiquette.Orleans;

/// <summary>
/// The <see cref="IConversationGrain"/>: runs the registered <see cref="IReplyAssistant"/> on the grain's conversation
/// and writes the state after each change (through <see cref="ConversationGrainStorage"/>). Records the same
/// <see cref="EtiquetteDiagnostics"/> instruments as <see cref="Hosting.ConversationService"/>. Placed on the silo that
/// first calls it (prefer-local: the chat server that receives a chat's messages hosts its grain, one hop less).
/// </summary>
[PreferLocalPlacement]
internal sealed class ConversationGrain(
    [PersistentState("conversation", ConversationGrainStorage.Name)] IPersistentState<ConversationGrainState> state,
    IReplyAssistant assistant,
    ConversationFactory factory) : Grain, IConversationGrain
{
    public async Task<ConversationReply> Suggest(string customerMessage)
    {
        ArgumentNullException.ThrowIfNull(customerMessage);
        using var activity = EtiquetteDiagnostics.Source.StartActivity("cse.suggest");
        var started = Stopwatch.GetTimestamp();
        var before = Current;
        var suggestion = assistant.Suggest(before, customerMessage);
        state.State.Conversation = suggestion.Conversation;
        await state.WriteStateAsync().ConfigureAwait(true);
        EtiquetteDiagnostics.RecordSuggestion(suggestion, before.Complaint, Stopwatch.GetElapsedTime(started));
        return new ConversationReply(
            suggestion.Text,
            suggestion.Analysis?.Emotion.Label.ToString(),
            suggestion.Analysis?.PrimaryIntent.ToString(),
            suggestion.Complaint?.State.ToString(),
            suggestion.Complaint?.Version ?? 0,
            suggestion.Conversation.Turns.Length);
    }

    public Task<DraftResult> CheckDraft(string draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        using var activity = EtiquetteDiagnostics.Source.StartActivity("cse.check_draft");
        var check = assistant.CheckDraft(draft, Current);
        EtiquetteDiagnostics.RecordDraftCheck(check);
        var findings = new DraftFinding[check.Lint.Findings.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            var f = check.Lint.Findings[i];
            findings[i] = new DraftFinding(f.RuleId, f.Start, f.Length, f.Message);
        }

        return Task.FromResult(new DraftResult(check.IsClean, findings, check.SuggestedText));
    }

    public async Task<ConversationSnapshot> Apply(string agentText)
    {
        ArgumentNullException.ThrowIfNull(agentText);
        using var activity = EtiquetteDiagnostics.Source.StartActivity("cse.apply");
        state.State.Conversation = Current.WithAgentTurn(agentText);
        await state.WriteStateAsync().ConfigureAwait(true);
        return Snapshot();
    }

    public Task<ConversationSnapshot> GetSnapshot() => Task.FromResult(Snapshot());

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    private Conversation Current => state.State.Conversation ?? factory.Start(this.GetPrimaryKeyString());

    private ConversationSnapshot Snapshot()
    {
        var c = state.State.Conversation;
        return new ConversationSnapshot(
            this.GetPrimaryKeyString(),
            c?.Turns.Length ?? 0,
            c is { Turns.Length: > 0 } ? c.Turns[^1].Text : null,
            c?.Complaint?.State.ToString(),
            state.Etag is null ? 0 : long.Parse(state.Etag, CultureInfo.InvariantCulture),
            RuntimeIdentity);
    }
}
