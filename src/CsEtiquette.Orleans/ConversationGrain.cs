using System.Diagnostics;
using System.Globalization;
using CsEtiquette.Assistant;
using CsEtiquette.DependencyInjection;
using CsEtiquette.Diagnostics;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Placement;
using Orleans.Runtime;

namespace CsEtiquette.Orleans;

/// <summary>
/// The <see cref="IConversationGrain"/>: runs the registered <see cref="IReplyAssistant"/> on the grain's conversation
/// and writes the state (through <see cref="ConversationGrainStorage"/>) after each change, or write-behind as
/// <see cref="ConversationGrainOptions"/> say (every N changes, after a delay, on deactivation). Records the same
/// <see cref="EtiquetteDiagnostics"/> instruments as <see cref="Hosting.ConversationService"/>. Placed on the silo that
/// first calls it (prefer-local: the chat server that receives a chat's messages hosts its grain, one hop less).
/// </summary>
[PreferLocalPlacement]
internal sealed class ConversationGrain(
    [PersistentState("conversation", ConversationGrainStorage.Name)] IPersistentState<ConversationGrainState> state,
    IReplyAssistant assistant,
    ConversationFactory factory,
    IOptions<ConversationGrainOptions> options,
    TimeProvider clock) : Grain, IConversationGrain
{
    private readonly int _writeEvery = options.Value.WriteEvery;
    private readonly TimeSpan _maxWriteDelay = options.Value.MaxWriteDelay;
    private readonly TimeProvider _clock = options.Value.TimeProvider ?? clock;
    private int _unwritten;
    private DateTimeOffset _oldestUnwrittenAt;
    private IGrainTimer? _writeTimer;

    public async Task<ConversationReply> Suggest(string customerMessage)
    {
        ArgumentNullException.ThrowIfNull(customerMessage);
        using var activity = EtiquetteDiagnostics.Source.StartActivity("cse.suggest");
        var started = Stopwatch.GetTimestamp();
        var before = Current;
        var suggestion = assistant.Suggest(before, customerMessage);
        state.State.Conversation = suggestion.Conversation;
        await ChangedAsync().ConfigureAwait(true);
        EtiquetteDiagnostics.RecordSuggestion(suggestion, before.Complaint, Stopwatch.GetElapsedTime(started));
        return new ConversationReply(
            suggestion.Text,
            suggestion.Analysis?.Emotion.Label.ToString(),
            suggestion.Analysis?.PrimaryIntent.ToString(),
            suggestion.Complaint?.State.ToString(),
            suggestion.Complaint?.Version ?? 0,
            suggestion.Conversation.TurnCount);
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
        await ChangedAsync().ConfigureAwait(true);
        return Snapshot();
    }

    public Task<ConversationSnapshot> GetSnapshot() => Task.FromResult(Snapshot());

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (_writeEvery > 1)
        {
            // Write-behind: an Orleans grain timer (it runs on the grain's scheduler, one turn at a time with the calls)
            // wakes the grain when the oldest unwritten change will be due; whether it is due is read from _clock. The
            // timer is idle while nothing is unwritten and does not keep the grain alive (idle collection still
            // deactivates it, and deactivation writes too).
            _writeTimer = this.RegisterGrainTimer(static (grain, _) => grain.OnWriteTimerAsync(), this,
                new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan) { KeepAlive = false });
        }

        return base.OnActivateAsync(cancellationToken);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _writeTimer?.Dispose();
        _writeTimer = null; // WriteAsync below must not re-arm a disposed timer
        if (_unwritten > 0)
        {
            await WriteAsync().ConfigureAwait(true);
        }

        await base.OnDeactivateAsync(reason, cancellationToken).ConfigureAwait(true);
    }

    // Write-through (the default) writes before the call returns; write-behind on every N-th change, or on a change that
    // comes when the oldest unwritten one is already due.
    private Task ChangedAsync()
    {
        var now = _clock.GetUtcNow();
        if (_unwritten++ == 0)
        {
            _oldestUnwrittenAt = now;
        }

        var wait = WriteBehindSchedule.WaitBeforeWrite(_unwritten, _writeEvery, _oldestUnwrittenAt, now, _maxWriteDelay);
        if (wait <= TimeSpan.Zero)
        {
            return WriteAsync();
        }

        if (_unwritten == 1)
        {
            _writeTimer?.Change(wait, Timeout.InfiniteTimeSpan);
        }

        return Task.CompletedTask;
    }

    private Task OnWriteTimerAsync()
    {
        if (_unwritten == 0)
        {
            return Task.CompletedTask;
        }

        var wait = WriteBehindSchedule.WaitBeforeWrite(_unwritten, _writeEvery, _oldestUnwrittenAt, _clock.GetUtcNow(), _maxWriteDelay);
        if (wait <= TimeSpan.Zero)
        {
            return WriteAsync();
        }

        // Woken early by the clock the decision reads (e.g. a test clock that has not moved): sleep until it is due.
        _writeTimer?.Change(wait, Timeout.InfiniteTimeSpan);
        return Task.CompletedTask;
    }

    private async Task WriteAsync()
    {
        await state.WriteStateAsync().ConfigureAwait(true);
        _unwritten = 0;
        _writeTimer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    private Conversation Current => state.State.Conversation ?? factory.Start(this.GetPrimaryKeyString());

    private ConversationSnapshot Snapshot()
    {
        var c = state.State.Conversation;
        return new ConversationSnapshot(
            this.GetPrimaryKeyString(),
            c?.TurnCount ?? 0,
            c is { Turns.Length: > 0 } ? c.Turns[^1].Text : null,
            c?.Complaint?.State.ToString(),
            state.Etag is null ? 0 : long.Parse(state.Etag, CultureInfo.InvariantCulture),
            RuntimeIdentity);
    }
}
