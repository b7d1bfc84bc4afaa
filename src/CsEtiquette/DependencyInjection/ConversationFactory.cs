using CsEtiquette.Assistant;
using CsEtiquette.Internal;

namespace CsEtiquette.DependencyInjection;

/// <summary>
/// Starts conversations with the registered agent persona, shop policy and clock (registered by <c>AddCsEtiquette</c>).
/// Thread-safe.
/// </summary>
public sealed class ConversationFactory
{
    private readonly EtiquetteOptions _options;
    private readonly TimeProvider _clock;

    /// <summary>Creates a factory.</summary>
    /// <param name="options">The registered options (agent name, policy).</param>
    /// <param name="clock">The clock for new conversations.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ConversationFactory(EtiquetteOptions options, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(clock);
        _options = options;
        _clock = clock;
    }

    /// <summary>Starts an empty conversation.</summary>
    /// <param name="id">The conversation id; not blank.</param>
    /// <param name="seed">The seed for template variants; null derives a stable one from <paramref name="id"/>.</param>
    /// <returns>A new conversation with the options' agent name, policy and turn window and the registered clock.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    public Conversation Start(string id, long? seed = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new Conversation(id, _options.AgentName, _options.Policy, _clock, seed ?? StableSeed(id)) { TurnWindow = _options.TurnWindow };
    }

    /// <summary>FNV-1a over the UTF-16 code units: the same id gives the same seed in every process (unlike string.GetHashCode).</summary>
    internal static long StableSeed(string id) => unchecked((long)Fnv1a.Hash64(id));
}
