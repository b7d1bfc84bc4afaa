using CsEtiquette.Diagnostics;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Segmentation;
using CsEtiquette.Templates;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CsEtiquette.DependencyInjection;

/// <summary>
/// Follows <see cref="IOptionsMonitor{TOptions}"/> when <see cref="EtiquetteOptions.ReloadPacksOnChange"/> is set: on a
/// configuration change it loads every pack again and swaps the linter, rewriter and templates together, only when all
/// of them load; a failure is logged and the previous packs stay. Thread-safe (one volatile reference).
/// </summary>
internal sealed class EtiquettePackMonitor : IDisposable
{
    private readonly EtiquetteOptionsValidator _validator;
    private readonly TimeProvider _clock;
    private readonly IChineseSegmenter _segmenter;
    private readonly ILogger _logger;
    private readonly IDisposable? _subscription;
    private volatile Snapshot _current;

    public EtiquettePackMonitor(IOptionsMonitor<EtiquetteOptions> monitor, EtiquetteOptionsValidator validator, TimeProvider clock,
        IChineseSegmenter segmenter, ILogger<EtiquettePackMonitor>? logger = null)
    {
        _validator = validator;
        _segmenter = segmenter;
        _clock = clock;
        _logger = logger ?? NullLogger<EtiquettePackMonitor>.Instance;
        _current = Take(Microsoft.Extensions.DependencyInjection.EtiquetteServiceCollectionExtensions.Current(monitor));
        _subscription = monitor.OnChange(Reload);
    }

    public ReplyLinter Linter => _current.Engines.Linter;

    public PhraseRewriter Rewriter => _current.Engines.Rewriter;

    public TemplateRenderer Renderer => _current.Renderer;

    public void Dispose() => _subscription?.Dispose();

    private Snapshot Take(EtiquetteOptions options)
    {
        // The packs validated at start are reused when the registered segmenter is the built-in one.
        var engines = _validator.Engines(options);
        if (!ReferenceEquals(engines.Segmenter, _segmenter))
        {
            engines = EtiquetteEngines.Build(options, _segmenter);
        }

        return new Snapshot(engines, engines.CreateRenderer(_clock));
    }

    private void Reload(EtiquetteOptions options, string? name)
    {
        if (name is not null && name != Options.DefaultName)
        {
            return;
        }

        try
        {
            if (options.Validate() is { Count: > 0 } errors)
            {
                throw new EtiquetteOptionsException(string.Join(" ", errors));
            }

            var next = Take(options);
            _current = next;
            EtiquetteLog.PacksReloaded(_logger, next.Engines.Linter.Rules.Count, next.Engines.Templates.Count);
        }
        catch (EtiquetteOptionsException e)
        {
            EtiquetteLog.PackReloadFailed(_logger, e);
        }
    }

    private sealed record Snapshot(EtiquetteEngines Engines, TemplateRenderer Renderer);
}

/// <summary>An <see cref="IReplyLinter"/> that lints with the monitor's current packs.</summary>
internal sealed class ReloadingReplyLinter(EtiquettePackMonitor monitor) : IReplyLinter
{
    public IReadOnlyList<RuleDefinition> Rules => monitor.Linter.Rules;

    public LintReport Lint(string draft, LintContext? context = null) => monitor.Linter.Lint(draft, context);
}

/// <summary>An <see cref="IPhraseRewriter"/> that rewrites with the monitor's current packs.</summary>
internal sealed class ReloadingPhraseRewriter(EtiquettePackMonitor monitor) : IPhraseRewriter
{
    public RewriteResult Rewrite(string draft, RewriteContext? context = null) => monitor.Rewriter.Rewrite(draft, context);

    public RewriteResult Rewrite(LintReport report, RewriteContext? context = null) => monitor.Rewriter.Rewrite(report, context);
}

/// <summary>An <see cref="ITemplateRenderer"/> that renders with the monitor's current template packs.</summary>
internal sealed class ReloadingTemplateRenderer(EtiquettePackMonitor monitor) : ITemplateRenderer
{
    public TemplateLibrary Library => monitor.Renderer.Library;

    public RenderedReply Render(string templateId, IReadOnlyDictionary<string, string>? slots = null, RenderContext? context = null) =>
        monitor.Renderer.Render(templateId, slots, context);

    public RenderedReply RenderChoices(IReadOnlyList<string> options, IReadOnlyDictionary<string, string>? slots = null, RenderContext? context = null) =>
        monitor.Renderer.RenderChoices(options, slots, context);

    public RenderedReply RenderSteps(IReadOnlyList<string> steps, IReadOnlyDictionary<string, string>? slots = null, RenderContext? context = null) =>
        monitor.Renderer.RenderSteps(steps, slots, context);

    public RenderedReply RenderParaphrase(string customerWords, RenderContext? context = null) =>
        monitor.Renderer.RenderParaphrase(customerWords, context);
}
