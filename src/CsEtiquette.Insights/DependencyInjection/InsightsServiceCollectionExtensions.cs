using CsEtiquette.Analysis;
using CsEtiquette.Insights;
using CsEtiquette.Linting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers CsEtiquette.Insights (chat-log quality inspection, 质检) in a service collection.
/// </summary>
public static class InsightsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="IQualityInspector"/> as a singleton (<c>TryAdd</c> semantics: one registered before is kept).
    /// The inspector checks agent replies with the registered <see cref="IReplyLinter"/> and customer messages with
    /// the registered <see cref="ICustomerMessageAnalyzer"/>; both come from
    /// <see cref="EtiquetteServiceCollectionExtensions.AddCsEtiquette(IServiceCollection, Action{CsEtiquette.DependencyInjection.EtiquetteOptions})"/> (or your own registrations), so call
    /// <c>services.AddCsEtiquette(…).AddCsEtiquetteInsights()</c>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddCsEtiquetteInsights(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IQualityInspector>(sp => new QualityInspector(new QualityInspectorOptions
        {
            Linter = sp.GetRequiredService<IReplyLinter>(),
            Analyzer = sp.GetRequiredService<ICustomerMessageAnalyzer>(),
        }));
        return services;
    }
}
