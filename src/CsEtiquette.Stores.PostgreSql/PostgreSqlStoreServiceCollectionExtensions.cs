using CsEtiquette.Complaints;
using CsEtiquette.Hosting;
using CsEtiquette.Stores.PostgreSql;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="PostgreSqlEtiquetteStore"/> as the conversation and complaint store.</summary>
public static class PostgreSqlStoreServiceCollectionExtensions
{
    /// <summary>
    /// Makes one <see cref="PostgreSqlEtiquetteStore"/> the registered <see cref="IConversationStore"/> and
    /// <see cref="IComplaintStore"/> (replacing the in-memory defaults, before or after <c>AddCsEtiquette</c>); several chat servers pointing at one database share conversations and cases, so the
    /// <see cref="ConversationService"/> reads and writes through it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">E.g. <c>Host=localhost;Database=cse;Username=cse</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank.</exception>
    public static IServiceCollection AddCsEtiquettePostgreSqlStore(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.Replace(ServiceDescriptor.Singleton(sp => new PostgreSqlEtiquetteStore(connectionString, sp.GetService<TimeProvider>())));
        services.Replace(ServiceDescriptor.Singleton<IConversationStore>(sp => sp.GetRequiredService<PostgreSqlEtiquetteStore>()));
        services.Replace(ServiceDescriptor.Singleton<IComplaintStore>(sp => sp.GetRequiredService<PostgreSqlEtiquetteStore>()));
        return services;
    }

    /// <summary>As <see cref="AddCsEtiquettePostgreSqlStore(IServiceCollection, string)"/> with the connection string from
    /// the section's <c>ConnectionString</c> key (e.g. <c>"CsEtiquetteStore": { "ConnectionString": "Host=db;Database=cse" }</c>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The configuration section.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The section has no <c>ConnectionString</c> (the message names the key).</exception>
    public static IServiceCollection AddCsEtiquettePostgreSqlStore(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var cs = section["ConnectionString"];
        if (string.IsNullOrWhiteSpace(cs))
        {
            throw new ArgumentException($"{(section as IConfigurationSection)?.Path ?? "configuration"}:ConnectionString must name the PostgreSQL database (e.g. Host=localhost;Database=cse;Username=cse).", nameof(section));
        }

        return services.AddCsEtiquettePostgreSqlStore(cs);
    }
}
