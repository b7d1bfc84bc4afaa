using System.Data.Common;
using CsEtiquette.Orleans;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the <see cref="IQualityAggregateStore"/> the quality-aggregate grains persist through.</summary>
public static class QualityAggregateStoreServiceCollectionExtensions
{
    /// <summary>
    /// Makes a <see cref="SqlQualityAggregateStore"/> over <paramref name="dataSource"/> the registered
    /// <see cref="IQualityAggregateStore"/> (replacing the in-memory default, before or after
    /// <c>AddCsEtiquetteGrainStorage</c>). Use the conversation store's database, e.g.
    /// <c>SqliteFactory.Instance.CreateDataSource("Data Source=cse.db;Default Timeout=30")</c> or an
    /// <c>NpgsqlDataSource</c>. The container does not dispose <paramref name="dataSource"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="dataSource">Opens connections to the database.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IServiceCollection AddCsEtiquetteQualityAggregateStore(this IServiceCollection services, DbDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(dataSource);
        services.Replace(ServiceDescriptor.Singleton<IQualityAggregateStore>(new SqlQualityAggregateStore(dataSource)));
        return services;
    }
}
