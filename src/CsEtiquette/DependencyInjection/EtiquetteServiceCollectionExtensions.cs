using CsEtiquette.Analysis;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.DependencyInjection;
using CsEtiquette.Hosting;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Segmentation;
using CsEtiquette.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

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
    /// <see cref="TemplateLibrary"/>, <see cref="ITemplateRenderer"/>, <see cref="IComplaintWorkflow"/>, <see cref="ComplaintReplySuggester"/>,
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
    /// disabled rule id are reported the same way on the first resolve of the service that loads them, and at host
    /// start (<c>ValidateOnStart</c>: a Generic Host does not start with a bad option or pack).</exception>
    /// <remarks>The options go through <c>services.AddOptions&lt;EtiquetteOptions&gt;()</c>: <c>IOptions&lt;EtiquetteOptions&gt;.Value</c>
    /// shows what the services use, and later <c>services.Configure&lt;EtiquetteOptions&gt;(…)</c> calls apply too.</remarks>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The Microsoft.Extensions shape: AddX(services, configure?) and AddX(services, IConfiguration, configure?). The second parameters differ in type (Action vs IConfiguration), so no call binds to both.")]
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
        AddFeatureOptions(services, section: null);
        if (configure is not null)
        {
            // The feature options show what the services use: EtiquetteOptions is composed from them.
            services.Configure<EtiquettePackOptions>(f => f.CopyFrom(options));
            services.Configure<EtiquetteLintingOptions>(f => f.CopyFrom(options));
            services.Configure<EtiquetteAssistantOptions>(f => f.CopyFrom(options));
            services.Configure<EtiquetteComplaintOptions>(f => f.CopyFrom(options));
        }

        return AddCore(services);
    }

    /// <summary>
    /// Adds every CsEtiquette service (as <see cref="AddCsEtiquette(IServiceCollection, Action{EtiquetteOptions}?)"/>)
    /// with the options bound from a configuration section, e.g. <c>builder.Configuration.GetSection("CsEtiquette")</c>
    /// of <c>appsettings.json</c> (keys: <c>AgentName</c>, <c>UserDictionaryPath</c>, <c>RulePackPaths</c>,
    /// <c>TemplatePackPaths</c>, <c>DisabledRules</c>, <c>FollowUpWindow</c>, <c>ReloadPacksOnChange</c>,
    /// <c>Policy:{AfterSalesPeriod, DeliveryTime, RefundTime, ProcessingTime, Compensation, SolutionOptions,
    /// DeliveryDelayOptions}</c>; see docs/hosting.md). Binding is strict: an unknown key or a value of the wrong kind is
    /// a validation error naming its configuration path. The options are validated, and every pack loaded, at host
    /// start (<c>ValidateOnStart</c>) and on first resolve; with <see cref="EtiquetteOptions.ReloadPacksOnChange"/> a
    /// change of the section reloads the packs.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The configuration section holding the options.</param>
    /// <param name="configure">Applied after the binding (code wins over configuration); null for none.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="section"/> is null.</exception>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The Microsoft.Extensions shape: AddX(services, configure?) and AddX(services, IConfiguration, configure?). The second parameters differ in type (Action vs IConfiguration), so no call binds to both.")]
    public static IServiceCollection AddCsEtiquette(this IServiceCollection services, IConfiguration section,
        Action<EtiquetteOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(section);
        AddFeatureOptions(services, section);
        if (configure is not null)
        {
            services.Configure(configure);
        }

        return AddCore(services);
    }

    /// <summary>The configuration path of the options of the <c>Action&lt;EtiquetteOptions&gt;</c> overload, in validation messages.</summary>
    private const string DefaultPrefix = "CsEtiquette:";

    // services.AddOptions<T>() per feature, bound from its sub-section, validated (messages name the configuration path)
    // at start; EtiquetteOptions composed from them before any Configure<EtiquetteOptions> of the caller.
    private static void AddFeatureOptions(IServiceCollection services, IConfiguration? section)
    {
        var prefix = section is null ? DefaultPrefix : EtiquetteConfigurationBinder.Prefix(section);
        services.AddOptions<EtiquettePackOptions>().ValidateOnStart();
        services.AddOptions<EtiquetteLintingOptions>().ValidateOnStart();
        services.AddOptions<EtiquetteAssistantOptions>().ValidateOnStart();
        services.AddOptions<EtiquetteComplaintOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EtiquettePackOptions>, EtiquettePackOptionsValidator>(
            _ => new EtiquettePackOptionsValidator(prefix)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EtiquetteLintingOptions>, EtiquetteLintingOptionsValidator>(
            sp => new EtiquetteLintingOptionsValidator(prefix, sp.GetRequiredService<IOptionsFactory<EtiquettePackOptions>>())));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EtiquetteAssistantOptions>, EtiquetteAssistantOptionsValidator>(
            _ => new EtiquetteAssistantOptionsValidator(prefix)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EtiquetteComplaintOptions>, EtiquetteComplaintOptionsValidator>(
            _ => new EtiquetteComplaintOptionsValidator(prefix)));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<EtiquetteOptions>, EtiquetteOptionsComposer>(sp => new EtiquetteOptionsComposer(
            prefix,
            sp.GetRequiredService<IOptionsFactory<EtiquettePackOptions>>(),
            sp.GetRequiredService<IOptionsFactory<EtiquetteLintingOptions>>(),
            sp.GetRequiredService<IOptionsFactory<EtiquetteAssistantOptions>>(),
            sp.GetRequiredService<IOptionsFactory<EtiquetteComplaintOptions>>())));
        if (section is null)
        {
            return;
        }

        var binder = new EtiquetteConfigurationBinder(section);
        services.AddSingleton<IConfigureOptions<EtiquetteOptions>>(binder);
        services.AddSingleton<IConfigureOptions<EtiquettePackOptions>>(binder);
        services.AddSingleton<IConfigureOptions<EtiquetteLintingOptions>>(binder);
        services.AddSingleton<IConfigureOptions<EtiquetteAssistantOptions>>(binder);
        services.AddSingleton<IConfigureOptions<EtiquetteComplaintOptions>>(binder);

        // Reload follows EtiquetteOptions (rebuilt from fresh feature instances); the feature options keep their start values.
        services.AddSingleton<IOptionsChangeTokenSource<EtiquetteOptions>>(
            new ConfigurationChangeTokenSource<EtiquetteOptions>(Options.Options.DefaultName, section));
    }

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.AddOptions<EtiquetteOptions>().ValidateOnStart();
        services.TryAddSingleton<EtiquetteOptionsValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<EtiquetteOptions>, EtiquetteOptionsValidator>(
            sp => sp.GetRequiredService<EtiquetteOptionsValidator>()));
        services.TryAddSingleton(Current);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<EtiquettePackMonitor>();

        services.TryAddSingleton(sp => (ChineseSegmenter)sp.GetRequiredService<EtiquetteOptionsValidator>().Engines(Current(sp)).Segmenter);
        services.TryAddSingleton<IChineseSegmenter>(sp => sp.GetRequiredService<ChineseSegmenter>());

        services.TryAddSingleton<ICustomerMessageAnalyzer>(sp =>
            new CustomerMessageAnalyzer(new AnalysisOptions { Segmenter = sp.GetRequiredService<IChineseSegmenter>() }));

        services.TryAddSingleton(sp =>
        {
            var options = Current(sp);
            var segmenter = sp.GetRequiredService<IChineseSegmenter>();
            var engines = sp.GetRequiredService<EtiquetteOptionsValidator>().Engines(options);
            return ReferenceEquals(segmenter, engines.Segmenter)
                ? engines.Linter
                : EtiquetteEngines.Build(options, segmenter).Linter;
        });
        services.TryAddSingleton<IReplyLinter>(sp => Current(sp).ReloadPacksOnChange
            ? new ReloadingReplyLinter(sp.GetRequiredService<EtiquettePackMonitor>())
            : sp.GetRequiredService<ReplyLinter>());
        services.TryAddSingleton<IPhraseRewriter>(sp => Current(sp).ReloadPacksOnChange
            ? new ReloadingPhraseRewriter(sp.GetRequiredService<EtiquettePackMonitor>())
            : new PhraseRewriter(sp.GetRequiredService<IReplyLinter>() as ReplyLinter ?? sp.GetRequiredService<ReplyLinter>()));

        services.TryAddSingleton(sp => sp.GetRequiredService<EtiquetteOptionsValidator>().Engines(Current(sp)).Templates);
        services.TryAddSingleton<ITemplateRenderer>(sp => Current(sp).ReloadPacksOnChange
            ? new ReloadingTemplateRenderer(sp.GetRequiredService<EtiquettePackMonitor>())
            : EtiquetteEngines.CreateRenderer(sp.GetRequiredService<TemplateLibrary>(), Current(sp), sp.GetRequiredService<TimeProvider>()));

        services.TryAddSingleton<IComplaintWorkflow>(sp =>
        {
            var options = Current(sp);
            var clock = sp.GetRequiredService<TimeProvider>();
            var name = EtiquetteEngines.NameOf(options, "Complaints:FollowUpWindow", nameof(EtiquetteOptions.FollowUpWindow));
            return EtiquetteEngines.Guard(name, name, () => new ComplaintWorkflow(
                new ComplaintOptions { FollowUpWindow = options.FollowUpWindow, ReplyCatalog = sp.GetService<ComplaintReplyCatalog>() }, clock));
        });
        services.TryAddSingleton(sp => new ComplaintReplySuggester(sp.GetRequiredService<ITemplateRenderer>()));
        services.TryAddSingleton<IComplaintStore, InMemoryComplaintStore>();
        services.TryAddSingleton<IConversationStore>(sp => new InMemoryConversationStore(sp.GetRequiredService<TimeProvider>()));

        services.TryAddSingleton<IReplyAssistant>(sp => new ReplyAssistant(
            sp.GetRequiredService<ICustomerMessageAnalyzer>(),
            sp.GetRequiredService<IReplyLinter>(),
            sp.GetRequiredService<IPhraseRewriter>(),
            sp.GetRequiredService<ITemplateRenderer>(),
            sp.GetRequiredService<IComplaintWorkflow>(),
            sp.GetService<CsEtiquette.Knowledge.IShopKnowledge>(),
            sp.GetService<CsEtiquette.Knowledge.IOrderLookup>(),
            sp.GetService<AssistantCues>()));
        services.TryAddSingleton(sp => new ConversationFactory(Current(sp), sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new ConversationService(
            sp.GetRequiredService<IReplyAssistant>(),
            sp.GetRequiredService<ConversationFactory>(),
            sp.GetRequiredService<IConversationStore>(),
            sp.GetRequiredService<IComplaintStore>(),
            sp.GetService<Microsoft.Extensions.Logging.ILogger<ConversationService>>()));

        // Chat-log quality inspection (质检) lives in the CsEtiquette.Insights package: AddCsEtiquetteInsights().
        return services;
    }

    /// <summary>The validated options the services use; a validation failure becomes an <see cref="EtiquetteOptionsException"/> naming the option.</summary>
    internal static EtiquetteOptions Current(IServiceProvider sp) => Unwrap(() => sp.GetRequiredService<IOptions<EtiquetteOptions>>().Value);

    internal static EtiquetteOptions Current(IOptionsMonitor<EtiquetteOptions> monitor) => Unwrap(() => monitor.CurrentValue);

    private static EtiquetteOptions Unwrap(Func<EtiquetteOptions> get)
    {
        try
        {
            var options = get();
            if (options.FeatureErrors.Count > 0)
            {
                // A feature's validation failed (its message names the configuration path); see EtiquetteOptionsComposer.
                throw new EtiquetteOptionsException(string.Join(" ", options.FeatureErrors))
                {
                    OptionName = options.FeatureErrors.Count == 1 ? OptionNameOf(options.FeatureErrors[0]) : null,
                };
            }

            return options;
        }
        catch (OptionsValidationException e)
        {
            var failures = e.Failures.ToList();
            throw new EtiquetteOptionsException(string.Join(" ", failures), e)
            {
                OptionName = failures.Count == 1 ? OptionNameOf(failures[0]) : null,
            };
        }
    }

    // "EtiquetteOptions.RulePackPaths[0]: …" and "CsEtiquette:Linting:DisabledRules[2]: …" → the option or key.
    private static string? OptionNameOf(string error)
    {
        var end = error.IndexOfAny([' ', '[']);
        var name = (end > 0 ? error[..end] : error).TrimEnd(':', '.');
        return name.Length > 0 ? name : null;
    }
}
