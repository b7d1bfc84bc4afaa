namespace CsEtiquette.DependencyInjection;

/// <summary>
/// Reply-assistant options (configuration section <c>CsEtiquette:Assistant</c>): the agent persona and the shop policy
/// new conversations start with. Registered with <c>services.AddOptions&lt;EtiquetteAssistantOptions&gt;()</c> by
/// <c>AddCsEtiquette</c>; validated at host start (messages name the configuration path, e.g.
/// <c>CsEtiquette:Assistant:AgentName must not be blank</c>). Mutable while configuring; not thread-safe while being changed.
/// </summary>
public sealed class EtiquetteAssistantOptions
{
    /// <summary>The name of the configuration sub-section: <c>Assistant</c>.</summary>
    public const string SectionName = "Assistant";

    /// <summary>The agent's name as customers see it (客服名); default <c>小美</c>; must not be blank.</summary>
    public string AgentName { get; set; } = "小美";

    /// <summary>The shop policy of new conversations; default <see cref="ShopPolicy.Default"/>. Must be valid.</summary>
    public ShopPolicy Policy { get; set; } = ShopPolicy.Default;

    /// <summary>How many turns a conversation keeps in full (<see cref="Assistant.Conversation.TurnWindow"/>); older
    /// turns are folded into counters, so a long chat costs the same per turn to store as a short one. Default
    /// <see cref="Assistant.Conversation.DefaultTurnWindow"/> (100); 2 – 100 000.</summary>
    public int TurnWindow { get; set; } = Assistant.Conversation.DefaultTurnWindow;

    internal List<string> ConfigurationErrors { get; } = [];

    internal void ApplyTo(EtiquetteOptions options)
    {
        options.AgentName = AgentName;
        options.Policy = Policy;
        options.TurnWindow = TurnWindow;
    }

    internal void CopyFrom(EtiquetteOptions options)
    {
        AgentName = options.AgentName;
        Policy = options.Policy;
        TurnWindow = options.TurnWindow;
    }
}
