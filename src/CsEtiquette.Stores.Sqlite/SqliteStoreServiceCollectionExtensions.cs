using CsEtiquette.Complaints;
using CsEtiquette.Hosting;
using CsEtiquette.Stores.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers <see cref="SqliteEtiquetteStore"/> as the conversation and complaint store.</summary>
public static class SqliteStoreServiceCollectionExtensions
{
    /// <summary>
    /// Makes one <see cref="SqliteEtiquetteStore"/> the registered <see cref="IConversationStore"/> and
    /// <see cref="IComplaintStore"/> (replacing the in-memory defaults, before or after <c>AddCsEtiquette</c>), so the
    /// <see cref="ConversationService"/> reads and writes through it.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="connectionString">E.g. <c>Data Source=csetiquette.db</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank.</exception>
    public static IServiceCollection AddCsEtiquetteSqliteStore(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.Replace(ServiceDescriptor.Singleton(sp => new SqliteEtiquetteStore(connectionString, sp.GetService<TimeProvider>())));
        services.Replace(ServiceDescriptor.Singleton<IConversationStore>(sp => sp.GetRequiredService<SqliteEtiquetteStore>()));
        services.Replace(ServiceDescriptor.Singleton<IComplaintStore>(sp => sp.GetRequiredService<SqliteEtiquetteStore>()));
        return services;
    }

    /// <summary>As <see cref="AddCsEtiquetteSqliteStore(IServiceCollection, string)"/> with the connection string from
    /// the section's <c>ConnectionString</c> key (e.g. <c>"CsEtiquetteStore": { "ConnectionString": "Data Source=cse.db" }</c>).</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The configuration section.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The section has no <c>ConnectionString</c> (the message names the key).</exception>
    public static IServiceCollection AddCsEtiquetteSqliteStore(this IServiceCollection services, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var cs = section["ConnectionString"];
        if (string.IsNullOrWhiteSpace(cs))
        {
            throw new ArgumentException($"{(section as IConfigurationSection)?.Path ?? "configuration"}:ConnectionString must name the SQLite database (e.g. Data Source=csetiquette.db).", nameof(section));
        }

        return services.AddCsEtiquetteSqliteStore(cs);
    }
}
