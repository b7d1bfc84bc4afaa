using CsEtiquette.Analysis;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.DependencyInjection;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Segmentation;
using CsEtiquette.Templates;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers CsEtiquette (电商客服话术规范) in a service collection: segmenter, message analyzer, reply linter, phrase
/// rewriter, template renderer, complaint workflow and store, and the reply assistant.
/// </summary>
public static class EtiquetteServiceCollectionExtensions
{
    /// <summary>
    /// Adds every CsEtiquette service as a singleton behind its interface, with <c>TryAdd</c> semantics: a service
    /// registered before this call (e.g. your own <see cref="IComplaintStore"/> or <see cref="ITemplateRenderer"/>)
    /// is kept. Registered: <see cref="EtiquetteOptions"/> (a copy), <see cref="TimeProvider"/> (system clock),
    /// <see cref="ChineseSegmenter"/> and <see cref="IChineseSegmenter"/>, <see cref="ICustomerMessageAnalyzer"/>,
    /// <see cref="ReplyLinter"/> and <see cref="IReplyLinter"/>, <see cref="IPhraseRewriter"/>,
    /// <see cref="TemplateLibrary"/>, <see cref="ITemplateRenderer"/>, <see cref="IComplaintWorkflow"/>,
    /// <see cref="IComplaintStore"/> (in memory), <see cref="IReplyAssistant"/> and <see cref="ConversationFactory"/>.
    /// Services are built lazily on first resolve and are thread-safe.
    /// <para>
    /// Replacing a service: consumers resolve each other through the interfaces, so your own
    /// <see cref="ICustomerMessageAnalyzer"/>, <see cref="IReplyLinter"/>, <see cref="IPhraseRewriter"/>,
    /// <see cref="ITemplateRenderer"/> or <see cref="IComplaintWorkflow"/> is what the reply assistant and the
    /// quality inspector use, and the analyzer and the linter tokenise with the registered
    /// <see cref="IChineseSegmenter"/> (any implementation: the built-in <see cref="ChineseSegmenter"/>, one over your
    /// own <see cref="Lexicon"/>, or the jieba.NET adapter of CsEtiquette.Segmentation.JiebaNet). One engine needs
    /// a concrete type (it runs on internal hot paths): the <see cref="PhraseRewriter"/> rewrites with the registered <see cref="IReplyLinter"/> when it is a
    /// <see cref="ReplyLinter"/>; with any other <see cref="IReplyLinter"/> the assistant lints with yours but the
    /// rewriter keeps the built-in linter (register your own <see cref="IPhraseRewriter"/> to change that).
    /// </para>
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; null keeps the defaults.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="EtiquetteOptionsException">An option value is invalid (a missing file, a blank agent name, a
    /// follow-up window out of range); the message names each bad option. Problems inside a pack or an unknown
    /// disabled rule id are reported the same way on the first resolve of the service that loads them.</exception>
    public static IServiceCollection AddCsEtiquette(this IServiceCollection services, Action<EtiquetteOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var configured = new EtiquetteOptions();
        configure?.Invoke(configured);
        var errors = configured.Validate();
        if (errors.Count > 0)
        {
            throw new EtiquetteOptionsException(string.Join(" ", errors))
            {
                OptionName = errors.Count == 1 ? OptionNameOf(errors[0]) : null,
            };
        }

        var options = configured.Clone();
        services.TryAddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);

        services.TryAddSingleton(_ => Guard("EtiquetteOptions.UserDictionaryPath", () => CreateSegmenter(options)));
        services.TryAddSingleton<IChineseSegmenter>(sp => sp.GetRequiredService<ChineseSegmenter>());

        services.TryAddSingleton<ICustomerMessageAnalyzer>(sp =>
            new CustomerMessageAnalyzer(new AnalysisOptions { Segmenter = sp.GetRequiredService<IChineseSegmenter>() }));

        services.TryAddSingleton(sp =>
        {
            var segmenter = sp.GetRequiredService<IChineseSegmenter>();
            return Guard("EtiquetteOptions.RulePackPaths", "EtiquetteOptions.DisabledRules", () => new ReplyLinter(new LintOptions
            {
                ExtraPackPaths = [.. options.RulePackPaths],
                DisabledRules = [.. options.DisabledRules],
                Segmenter = segmenter,
            }));
        });
        services.TryAddSingleton<IReplyLinter>(sp => sp.GetRequiredService<ReplyLinter>());
        services.TryAddSingleton<IPhraseRewriter>(sp => new PhraseRewriter(
            sp.GetRequiredService<IReplyLinter>() as ReplyLinter ?? sp.GetRequiredService<ReplyLinter>()));

        services.TryAddSingleton(_ => Guard("EtiquetteOptions.TemplatePackPaths", () =>
        {
            var library = TemplateLibrary.Default;
            foreach (var path in options.TemplatePackPaths)
            {
                library = library.WithPack(path);
            }

            return library;
        }));
        services.TryAddSingleton<ITemplateRenderer>(sp => new TemplateRenderer(
            sp.GetRequiredService<TemplateLibrary>(),
            new TemplateOptions
            {
                SlotDefaults = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["客服名"] = options.AgentName,
                    ["处理时限"] = options.Policy.ProcessingTime,
                },
            },
            sp.GetRequiredService<TimeProvider>()));

        services.TryAddSingleton<IComplaintWorkflow>(sp =>
        {
            var templates = sp.GetRequiredService<ITemplateRenderer>();
            var clock = sp.GetRequiredService<TimeProvider>();
            return Guard("EtiquetteOptions.FollowUpWindow", () => new ComplaintWorkflow(
                new ComplaintOptions { FollowUpWindow = options.FollowUpWindow }, clock, templates));
        });
        services.TryAddSingleton<IComplaintStore, InMemoryComplaintStore>();

        services.TryAddSingleton<IReplyAssistant>(sp => new ReplyAssistant(
            sp.GetRequiredService<ICustomerMessageAnalyzer>(),
            sp.GetRequiredService<IReplyLinter>(),
            sp.GetRequiredService<IPhraseRewriter>(),
            sp.GetRequiredService<ITemplateRenderer>(),
            sp.GetRequiredService<IComplaintWorkflow>()));
        services.TryAddSingleton(sp => new ConversationFactory(options, sp.GetRequiredService<TimeProvider>()));

        // Chat-log quality inspection (质检) lives in the CsEtiquette.Insights package: AddCsEtiquetteInsights().
        return services;
    }

    private static ChineseSegmenter CreateSegmenter(EtiquetteOptions options)
    {
        if (options.UserDictionaryPath is null)
        {
            return ChineseSegmenter.Default;
        }

        var lexicon = Lexicon.CreateDefaultCopy();
        lexicon.LoadUserDictionary(options.UserDictionaryPath);
        return new ChineseSegmenter(lexicon);
    }

    private static T Guard<T>(string option, Func<T> create) => Guard(option, option, create);

    // Builds a service; a data or argument problem becomes an EtiquetteOptionsException naming the option
    // (argument problems name the second option: for the linter, DisabledRules).
    private static T Guard<T>(string dataOption, string argumentOption, Func<T> create)
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

    private static string? OptionNameOf(string error)
    {
        var end = error.IndexOfAny([' ', ':', '[']);
        return end > 0 ? error[..end] : null;
    }
}
