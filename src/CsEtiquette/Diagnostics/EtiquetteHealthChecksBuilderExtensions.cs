using CsEtiquette.Diagnostics;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds CsEtiquette's health check (packs and analysis model loaded) to a health-check builder.</summary>
public static class EtiquetteHealthChecksBuilderExtensions
{
    /// <summary>
    /// Adds the <c>csetiquette</c> check: Healthy when every configured rule and template pack and the analysis model
    /// load and a probe message analyses and lints; Unhealthy naming the option at fault otherwise.
    /// </summary>
    /// <param name="builder">The health-check builder (<c>services.AddHealthChecks()</c>).</param>
    /// <param name="name">The check's name; default <c>csetiquette</c>.</param>
    /// <param name="tags">Tags for filtering (e.g. <c>ready</c>); null for none.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static IHealthChecksBuilder AddCsEtiquette(this IHealthChecksBuilder builder, string name = "csetiquette", IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(name, sp => new EtiquetteHealthCheck(sp), HealthStatus.Unhealthy, tags));
    }
}
