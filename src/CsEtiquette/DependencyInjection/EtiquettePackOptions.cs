namespace CsEtiquette.DependencyInjection;

/// <summary>
/// The packs CsEtiquette loads besides its embedded ones (configuration section <c>CsEtiquette:Packs</c>):
/// a jieba user dictionary, extra rule packs, extra template packs, and whether they are reloaded when the configuration
/// changes. Registered with <c>services.AddOptions&lt;EtiquettePackOptions&gt;()</c> by <c>AddCsEtiquette</c>; validated
/// at host start (messages name the configuration path, e.g. <c>CsEtiquette:Packs:Templates[0]: file not found …</c>).
/// Mutable while configuring; not thread-safe while being changed.
/// </summary>
public sealed class EtiquettePackOptions
{
    /// <summary>The name of the configuration sub-section: <c>Packs</c>.</summary>
    public const string SectionName = "Packs";

    /// <summary>Path of a jieba user dictionary (<c>word [freq] [tag]</c> per line), loaded into a copy of the default
    /// lexicon; null (default) uses the default segmenter. The file must exist.</summary>
    public string? UserDictionary { get; set; }

    /// <summary>Paths of extra rule packs (docs/rule-pack-schema.md), applied in order after the embedded pack. Each file must exist and load.</summary>
    public IList<string> Rules { get; } = new List<string>();

    /// <summary>Paths of extra template packs (docs/template-pack-schema.md), laid over the embedded pack in order. Each file must exist and load.</summary>
    public IList<string> Templates { get; } = new List<string>();

    /// <summary>When true, a configuration change reloads the packs (see <see cref="EtiquetteOptions.ReloadPacksOnChange"/>). Default false.</summary>
    public bool ReloadOnChange { get; set; }

    internal List<string> ConfigurationErrors { get; } = [];

    internal void ApplyTo(EtiquetteOptions options)
    {
        options.UserDictionaryPath = UserDictionary;
        options.RulePackPaths.Clear();
        options.TemplatePackPaths.Clear();
        foreach (var p in Rules)
        {
            options.RulePackPaths.Add(p);
        }

        foreach (var p in Templates)
        {
            options.TemplatePackPaths.Add(p);
        }

        options.ReloadPacksOnChange = ReloadOnChange;
    }

    internal void CopyFrom(EtiquetteOptions options)
    {
        UserDictionary = options.UserDictionaryPath;
        Rules.Clear();
        Templates.Clear();
        foreach (var p in options.RulePackPaths)
        {
            Rules.Add(p);
        }

        foreach (var p in options.TemplatePackPaths)
        {
            Templates.Add(p);
        }

        ReloadOnChange = options.ReloadPacksOnChange;
    }
}
