using System.Diagnostics;
using System.Globalization;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.DependencyInjection;
using CsEtiquette.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CsEtiquette.Hosting;

/// <summary>
/// The reply assistant over the registered stores (registered by <c>AddCsEtiquette</c>): each call loads the
/// conversation from <see cref="IConversationStore"/> (or starts it with <see cref="ConversationFactory"/>), runs the
/// <see cref="IReplyAssistant"/>, saves the conversation with optimistic concurrency (reload and retry on a conflict, so
/// concurrent calls on one conversation lose nothing) and mirrors its complaint case into <see cref="IComplaintStore"/>.
/// Records the <see cref="EtiquetteDiagnostics"/> instruments and activities and logs (never customer text above Debug).
/// Thread-safe.
/// </summary>
public sealed class ConversationService
{
    private const int MaxAttempts = 8;
    private readonly IReplyAssistant _assistant;
    private readonly ConversationFactory _factory;
    private readonly IConversationStore _conversations;
    private readonly IComplaintStore _complaints;
    private readonly ILogger _logger;

    /// <summary>Creates the service.</summary>
    /// <param name="assistant">The reply assistant.</param>
    /// <param name="factory">Starts conversations that are not stored yet.</param>
    /// <param name="conversations">The conversation store.</param>
    /// <param name="complaints">The complaint store the cases are mirrored into.</param>
    /// <param name="logger">The logger; null for none.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public ConversationService(IReplyAssistant assistant, ConversationFactory factory, IConversationStore conversations,
        IComplaintStore complaints, ILogger<ConversationService>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(assistant);
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(conversations);
        ArgumentNullException.ThrowIfNull(complaints);
        _assistant = assistant;
        _factory = factory;
        _conversations = conversations;
        _complaints = complaints;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
    }

    /// <summary>The stored conversation, or null when there is none.</summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The conversation and its version, or null.</returns>
    public ValueTask<StoredConversation?> FindAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        return _conversations.FindAsync(conversationId, cancellationToken);
    }

    /// <summary>Suggests a reply to the customer's message and stores the conversation with both turns (and the advanced complaint case).</summary>
    /// <param name="conversationId">The conversation id (a new id starts a conversation).</param>
    /// <param name="customerMessage">The customer's message.</param>
    /// <param name="configure">Changes a new conversation before its first turn (e.g. the product); null for none.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The suggestion; its <see cref="ReplySuggestion.Conversation"/> is what was stored.</returns>
    /// <exception cref="ArgumentException"><paramref name="conversationId"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="customerMessage"/> is null.</exception>
    /// <exception cref="ConversationConcurrencyException">Every save attempt met a newer version.</exception>
    public async ValueTask<ReplySuggestion> SuggestAsync(string conversationId, string customerMessage,
        Func<Conversation, Conversation>? configure = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(customerMessage);
        using var activity = EtiquetteDiagnostics.Source.StartActivity("cse.suggest");
        activity?.SetTag("cse.conversation.id", conversationId);
        var started = Stopwatch.GetTimestamp();
        var (suggestion, before) = await UpdateAsync(conversationId, configure, c =>
        {
            var s = _assistant.Suggest(c, customerMessage);
            return (s.Conversation, s);
        }, "suggest", cancellationToken).ConfigureAwait(false);
        if (suggestion.Analysis is { } analysis)
        {
            EtiquetteLog.MessageAnalysed(_logger, conversationId, customerMessage.Length, analysis.Emotion.Label.ToString(), analysis.PrimaryIntent.ToString());
            activity?.SetTag("cse.emotion", analysis.Emotion.Label.ToString());
        }

        await MirrorComplaintAsync(before, suggestion.Complaint, cancellationToken).ConfigureAwait(false);
        EtiquetteDiagnostics.RecordSuggestion(suggestion, before, Stopwatch.GetElapsedTime(started));
        activity?.SetTag("cse.findings", suggestion.Lint.Findings.Count);
        return suggestion;
    }

    /// <summary>Lints and rewrites the agent's draft against the stored conversation (nothing is stored).</summary>
    /// <param name="conversationId">The conversation id; an unknown id checks against a new conversation.</param>
    /// <param name="draft">The agent's draft.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The findings and the suggested rewrite.</returns>
    /// <exception cref="ArgumentException"><paramref name="conversationId"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="draft"/> is null.</exception>
    public async ValueTask<DraftCheck> CheckDraftAsync(string conversationId, string draft, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(draft);
        using var activity = EtiquetteDiagnostics.Source.StartActivity("cse.check_draft");
        activity?.SetTag("cse.conversation.id", conversationId);
        var stored = await _conversations.FindAsync(conversationId, cancellationToken).ConfigureAwait(false);
        var check = _assistant.CheckDraft(draft, stored?.Conversation ?? _factory.Start(conversationId));
        EtiquetteDiagnostics.RecordDraftCheck(check);
        activity?.SetTag("cse.findings", check.Lint.Findings.Count);
        return check;
    }

    /// <summary>Records a reply the agent sent (e.g. their own draft after a one-click rewrite) as an agent turn.</summary>
    /// <param name="conversationId">The conversation id.</param>
    /// <param name="agentText">What the agent sent.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The stored conversation.</returns>
    /// <exception cref="ArgumentException"><paramref name="conversationId"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="agentText"/> is null.</exception>
    /// <exception cref="ConversationConcurrencyException">Every save attempt met a newer version.</exception>
    public async ValueTask<StoredConversation> ApplyAsync(string conversationId, string agentText, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentNullException.ThrowIfNull(agentText);
        using var activity = EtiquetteDiagnostics.Source.StartActivity("cse.apply");
        activity?.SetTag("cse.conversation.id", conversationId);
        var (stored, _) = await UpdateAsync(conversationId, null, c =>
        {
            var next = c.WithAgentTurn(agentText);
            return (next, next);
        }, "apply", cancellationToken).ConfigureAwait(false);
        return (await _conversations.FindAsync(conversationId, cancellationToken).ConfigureAwait(false))
            ?? new StoredConversation(stored, 1);
    }

    private async ValueTask<(T Result, ComplaintCase? Before)> UpdateAsync<T>(string id, Func<Conversation, Conversation>? configure,
        Func<Conversation, (Conversation Next, T Result)> change, string operation, CancellationToken cancellationToken)
    {
        long lastVersion = 0;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var stored = await _conversations.FindAsync(id, cancellationToken).ConfigureAwait(false);
            var current = stored?.Conversation ?? (configure is null ? _factory.Start(id) : configure(_factory.Start(id)));
            (Conversation Next, T Result) outcome;
            try
            {
                outcome = change(current);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                EtiquetteLog.ConversationFailed(_logger, id, operation, e);
                throw;
            }

            var expected = stored?.Version ?? 0;
            var saved = await _conversations.SaveAsync(outcome.Next, expected, cancellationToken).ConfigureAwait(false);
            if (saved.IsSaved)
            {
                return (outcome.Result, current.Complaint);
            }

            lastVersion = saved.Version;
            EtiquetteLog.StoreConflict(_logger, "conversation", id, expected, saved.Version);

            // Jittered exponential back-off (0–1, 0–3, … 0–63 ms): without it, many writers on one chat retry in
            // lock step and one of them can lose every attempt.
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1 << Math.Min(attempt + 1, 6))), TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }

        throw new ConversationConcurrencyException(string.Create(CultureInfo.InvariantCulture,
            $"Conversation '{id}': {operation} gave up after {MaxAttempts} attempts; the store kept moving (last seen version {lastVersion})."));
    }

    private async ValueTask MirrorComplaintAsync(ComplaintCase? before, ComplaintCase? after, CancellationToken cancellationToken)
    {
        if (after is null || (before is not null && before.Id == after.Id && before.Version == after.Version))
        {
            return;
        }

        for (var i = before is not null && before.Id == after.Id ? before.Version : 0; i < after.History.Length; i++)
        {
            var h = after.History[i];
            EtiquetteLog.ComplaintTransition(_logger, after.Id, h.From.ToString(), h.To.ToString(), h.Event.Trigger.ToString(), h.Version);
        }

        var existing = await _complaints.FindAsync(after.Id, cancellationToken).ConfigureAwait(false);
        var result = existing is null
            ? await _complaints.AddAsync(after, cancellationToken).ConfigureAwait(false)
            : existing.Version >= after.Version
                ? null
                : await _complaints.UpdateAsync(after, existing.Version, cancellationToken).ConfigureAwait(false);
        if (result is { IsSaved: false })
        {
            EtiquetteLog.StoreConflict(_logger, "complaint", after.Id, existing?.Version ?? 0, result.Current?.Version ?? 0);
        }
    }
}
