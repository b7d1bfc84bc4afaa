using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Segmentation;
using CsEtiquette.Templates;

namespace CsEtiquette.DependencyInjection;

/// <summary>
/// The engines that depend on configured packs (segmenter with the user dictionary, linter with the rule packs,
/// rewriter over that linter, template library with the template packs), built together from one options snapshot
/// so a reload swaps all of them at once or none. Immutable.
/// </summary>
internal sealed record EtiquetteEngines(
    EtiquetteOptions Options,
    IChineseSegmenter Segmenter,
    ReplyLinter Linter,
    PhraseRewriter Rewriter,
    TemplateLibrary Templates)
{
    /// <summary>Loads every configured pack.</summary>
    /// <param name="options">The options (already value-validated).</param>
    /// <param name="segmenter">A segmenter to use instead of building one (a registered <see cref="IChineseSegmenter"/>); null
    /// builds the built-in <see cref="ChineseSegmenter"/> with the user dictionary.</param>
    /// <returns>The engines.</returns>
    /// <exception cref="EtiquetteOptionsException">A pack or the user dictionary cannot be loaded, or a disabled rule
    /// id is unknown; the message names the option and the file.</exception>
    public static EtiquetteEngines Build(EtiquetteOptions options, IChineseSegmenter? segmenter = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var dictionary = NameOf(options, "Packs:UserDictionary", nameof(EtiquetteOptions.UserDictionaryPath));
        segmenter ??= Guard(dictionary, dictionary, () => CreateSegmenter(options));
        var linter = Guard(
            NameOf(options, "Packs:Rules", nameof(EtiquetteOptions.RulePackPaths)),
            NameOf(options, "Linting:DisabledRules", nameof(EtiquetteOptions.DisabledRules)),
            () => new ReplyLinter(new LintOptions
        {
            ExtraPackPaths = [.. options.RulePackPaths],
            DisabledRules = [.. options.DisabledRules],
            Segmenter = segmenter,
            Policy = options.Policy, // fixes promise the same processing time as the assistant
        }));
        var templatePacks = NameOf(options, "Packs:Templates", nameof(EtiquetteOptions.TemplatePackPaths));
        var templates = Guard(templatePacks, templatePacks, () =>
        {
            var library = TemplateLibrary.Default;
            foreach (var path in options.TemplatePackPaths)
            {
                library = library.WithPack(path);
            }

            return library;
        });
        return new EtiquetteEngines(options, segmenter, linter, new PhraseRewriter(linter), templates);
    }

    /// <summary>Builds the template renderer over <see cref="Templates"/> with the agent name and processing time as slot defaults.</summary>
    /// <param name="clock">The clock for the time of day.</param>
    /// <returns>The renderer.</returns>
    public TemplateRenderer CreateRenderer(TimeProvider clock) => CreateRenderer(Templates, Options, clock);

    internal static TemplateRenderer CreateRenderer(TemplateLibrary library, EtiquetteOptions options, TimeProvider clock) => new(
        library,
        new TemplateOptions
        {
            SlotDefaults = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["客服名"] = options.AgentName,
                ["处理时限"] = options.Policy.ProcessingTime,
            },
        },
        clock);

    internal static ChineseSegmenter CreateSegmenter(EtiquetteOptions options)
    {
        if (options.UserDictionaryPath is null)
        {
            return ChineseSegmenter.Default;
        }

        var lexicon = Lexicon.CreateDefaultCopy();
        lexicon.LoadUserDictionary(options.UserDictionaryPath);
        return new ChineseSegmenter(lexicon);
    }

    /// <summary>How a message names an option: its configuration path (<c>CsEtiquette:Packs:Rules</c>) when the options
    /// came through the per-feature options, else the property (<c>EtiquetteOptions.RulePackPaths</c>).</summary>
    internal static string NameOf(EtiquetteOptions options, string key, string property) =>
        options.PathPrefix is { } prefix ? prefix + key : "EtiquetteOptions." + property;

    // Builds an engine; a data or argument problem becomes an EtiquetteOptionsException naming the option
    // (argument problems name the second option: for the linter, DisabledRules).
    internal static T Guard<T>(string dataOption, string argumentOption, Func<T> create)
    {
        try
        {
            return create();
        }
        catch (Exception e) when (e is RulePackException or TemplatePackException or LexiconFormatException or IOException or UnauthorizedAccessException)
        {
            throw new EtiquetteOptionsException($"{dataOption}: {e.Message}", e) { OptionName = dataOption };
        }
        catch (ArgumentException e)
        {
            throw new EtiquetteOptionsException($"{argumentOption}: {e.Message}", e) { OptionName = argumentOption };
        }
    }
}
