using Orleans;

namespace CsEtiquette.Orleans;

/// <summary>
/// One chat (会话) as an Orleans grain, keyed by the conversation id. Orleans runs one call at a time per grain, so
/// concurrent messages of one chat are applied in turn and none is lost; the state survives deactivation and moves
/// between silos through <see cref="ConversationGrainStorage"/>.
/// </summary>
public interface IConversationGrain : IGrainWithStringKey
{
    /// <summary>Suggests a reply to the customer's message and stores both turns (before returning, unless
    /// <see cref="ConversationGrainOptions.WriteEvery"/> is above 1).</summary>
    /// <param name="customerMessage">The customer's message.</param>
    /// <returns>The suggestion.</returns>
    Task<ConversationReply> Suggest(string customerMessage);

    /// <summary>Lints and rewrites the agent's draft against the conversation (nothing is stored).</summary>
    /// <param name="draft">The agent's draft.</param>
    /// <returns>The findings and the suggested rewrite.</returns>
    Task<DraftResult> CheckDraft(string draft);

    /// <summary>Records a reply the agent sent as an agent turn and stores it (as <see cref="Suggest"/> does).</summary>
    /// <param name="agentText">What the agent sent.</param>
    /// <returns>The conversation after the turn.</returns>
    Task<ConversationSnapshot> Apply(string agentText);

    /// <summary>The conversation as it is now, with the silo the grain runs on.</summary>
    /// <returns>The snapshot.</returns>
    Task<ConversationSnapshot> GetSnapshot();

    /// <summary>Deactivates the grain after this call (writing any unwritten change first); the next call activates it
    /// again, on any silo, from the stored state.</summary>
    /// <returns>A task that completes when the request is queued.</returns>
    Task Deactivate();
}
