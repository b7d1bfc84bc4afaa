using CsEtiquette.Analysis;
using CsEtiquette.DependencyInjection;
using CsEtiquette.Linting;
using CsEtiquette.Templates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CsEtiquette.Diagnostics;

/// <summary>
/// Health of the configured packs and the analysis model: resolves the linter, the template renderer and the
/// message analyzer (which loads every configured pack and the embedded model) and analyses and lints one probe
/// message. Healthy with the rule and template counts; Unhealthy with the option at fault when a pack or the model
/// does not load. Register with <c>services.AddHealthChecks().AddCsEtiquette()</c>. Thread-safe.
/// </summary>
internal sealed class EtiquetteHealthCheck(IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var linter = services.GetRequiredService<IReplyLinter>();
            var renderer = services.GetRequiredService<ITemplateRenderer>();
            var analyzer = services.GetRequiredService<ICustomerMessageAnalyzer>();
            _ = analyzer.Analyze("你好，我的快递到哪了");
            _ = linter.Lint("您好，请问有什么可以帮您？");
            var data = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["rules"] = linter.Rules.Count,
                ["templates"] = renderer.Library.Count,
            };
            return Task.FromResult(HealthCheckResult.Healthy(
                $"{linter.Rules.Count} rules and {renderer.Library.Count} templates loaded; analysis model ready.", data));
        }
        catch (Exception e) when (e is EtiquetteOptionsException or InvalidOperationException or IOException or FormatException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(e.Message, e));
        }
    }
}
