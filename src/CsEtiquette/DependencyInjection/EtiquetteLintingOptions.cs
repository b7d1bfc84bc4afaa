namespace CsEtiquette.DependencyInjection;

/// <summary>
/// Reply-linting options (configuration section <c>CsEtiquette:Linting</c>): the rules never checked. Registered with
/// <c>services.AddOptions&lt;EtiquetteLintingOptions&gt;()</c> by <c>AddCsEtiquette</c>; validated at host start (messages
/// name the configuration path, e.g. <c>CsEtiquette:Linting:DisabledRules[2]: unknown rule id 'CSE999'</c>).
/// Mutable while configuring; not thread-safe while being changed.
/// </summary>
public sealed class EtiquetteLintingOptions
{
    /// <summary>The name of the configuration sub-section: <c>Linting</c>.</summary>
    public const string SectionName = "Linting";

    /// <summary>Rule ids never checked (e.g. <c>CSE012</c>), in configuration order. Each must be the id of an embedded
    /// rule or of a rule in <see cref="EtiquettePackOptions.Rules"/>.</summary>
    public IList<string> DisabledRules { get; } = new List<string>();

    internal List<string> ConfigurationErrors { get; } = [];

    internal void ApplyTo(EtiquetteOptions options)
    {
        options.DisabledRules.Clear();
        foreach (var id in DisabledRules)
        {
            options.DisabledRules.Add(id);
        }
    }

    internal void CopyFrom(EtiquetteOptions options)
    {
        DisabledRules.Clear();
        foreach (var id in options.DisabledRules)
        {
            DisabledRules.Add(id);
        }
    }
}
