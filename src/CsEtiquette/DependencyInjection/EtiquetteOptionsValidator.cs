using System.Runtime.CompilerServices;
using CsEtiquette.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CsEtiquette.DependencyInjection;

/// <summary>
/// Validates <see cref="EtiquetteOptions"/> for the options system (<c>IOptions</c>, <c>IOptionsMonitor</c>,
/// <c>ValidateOnStart</c>): first every value (messages name the option, e.g. <c>EtiquetteOptions.AgentName</c>), then,
/// when the values are valid, it loads every configured pack and reports a pack that fails naming the option and the
/// file. The engines it built are kept for the services, so packs are read once per options snapshot. After the first
/// successful validation, a pack that fails on a configuration reload is logged and not a validation failure (the
/// services keep the packs they have; see <see cref="EtiquetteOptions.ReloadPacksOnChange"/>).
/// </summary>
internal sealed class EtiquetteOptionsValidator(ILogger<EtiquetteOptionsValidator>? logger = null) : IValidateOptions<EtiquetteOptions>
{
    // One build per options instance: IOptions, IOptionsMonitor and the services share it.
    private readonly ConditionalWeakTable<EtiquetteOptions, EtiquetteEngines> _built = [];
    private readonly ILogger _logger = logger ?? NullLogger<EtiquetteOptionsValidator>.Instance;
    private volatile bool _startedOnce;

    public ValidateOptionsResult Validate(string? name, EtiquetteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.FeatureErrors.Count > 0)
        {
            // The failing feature options report these themselves (once, naming the configuration path).
            return ValidateOptionsResult.Skip;
        }

        var errors = options.Validate();
        if (errors.Count > 0)
        {
            return ValidateOptionsResult.Fail(errors);
        }

        try
        {
            _ = Engines(options);
            _startedOnce = true;
            return ValidateOptionsResult.Success;
        }
        catch (EtiquetteOptionsException e)
        {
            EtiquetteLog.PackLoadFailed(_logger, e.OptionName ?? "EtiquetteOptions", e);

            // After a good start a reload must not throw from the configuration's change callback: the pack monitor
            // keeps the previous packs and logs the failure instead.
            return _startedOnce ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(e.Message);
        }
    }

    /// <summary>The engines for <paramref name="options"/>, built on first use.</summary>
    public EtiquetteEngines Engines(EtiquetteOptions options) => _built.GetValue(options, o =>
    {
        var engines = EtiquetteEngines.Build(o);
        EtiquetteLog.PacksLoaded(_logger, engines.Linter.Rules.Count, o.RulePackPaths.Count, engines.Templates.Count, o.TemplatePackPaths.Count);
        return engines;
    });
}
