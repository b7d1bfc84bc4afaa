using Microsoft.Extensions.Options;

namespace CsEtiquette.DependencyInjection;

/// <summary>
/// Builds the <see cref="EtiquetteOptions"/> the services use from the per-feature options (<see cref="EtiquettePackOptions"/>,
/// <see cref="EtiquetteLintingOptions"/>, <see cref="EtiquetteAssistantOptions"/>, <see cref="EtiquetteComplaintOptions"/>).
/// Registered before any <c>Configure&lt;EtiquetteOptions&gt;</c>, so code given to <c>AddCsEtiquette(section, o =&gt; …)</c>
/// and later <c>services.Configure&lt;EtiquetteOptions&gt;</c> calls apply on top. It reads each feature through its
/// <see cref="IOptionsFactory{TOptions}"/> (a fresh, validated instance), so a configuration reload that rebuilds
/// <see cref="EtiquetteOptions"/> sees the new section. A feature that fails its validation is recorded in
/// <see cref="EtiquetteOptions.FeatureErrors"/> instead of throwing here: the feature's own <c>ValidateOnStart</c>
/// reports it at start (once), and resolving a service outside a host reports it as <see cref="EtiquetteOptionsException"/>.
/// </summary>
internal sealed class EtiquetteOptionsComposer(
    string prefix,
    IOptionsFactory<EtiquettePackOptions> packs,
    IOptionsFactory<EtiquetteLintingOptions> linting,
    IOptionsFactory<EtiquetteAssistantOptions> assistant,
    IOptionsFactory<EtiquetteComplaintOptions> complaints) : IConfigureNamedOptions<EtiquetteOptions>
{
    public void Configure(EtiquetteOptions options) => Configure(Options.DefaultName, options);

    public void Configure(string? name, EtiquetteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        name ??= Options.DefaultName;
        options.PathPrefix = prefix;
        Apply(packs, name, options, (f, o) => f.ApplyTo(o));
        Apply(linting, name, options, (f, o) => f.ApplyTo(o));
        Apply(assistant, name, options, (f, o) => f.ApplyTo(o));
        Apply(complaints, name, options, (f, o) => f.ApplyTo(o));
    }

    private static void Apply<T>(IOptionsFactory<T> factory, string name, EtiquetteOptions options, Action<T, EtiquetteOptions> apply)
        where T : class
    {
        try
        {
            apply(factory.Create(name), options);
        }
        catch (OptionsValidationException e)
        {
            options.FeatureErrors.AddRange(e.Failures);
        }
    }
}
