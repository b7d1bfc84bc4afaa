using CsEtiquette.Hosting;
using CsEtiquette.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Runtime.Hosting;

namespace Orleans.Hosting;

/// <summary>Registers the CsEtiquette grain storage on an Orleans silo.</summary>
public static class EtiquetteSiloBuilderExtensions
{
    /// <summary>
    /// Adds the two CsEtiquette grain storages: <see cref="ConversationGrainStorage"/> (name
    /// <see cref="ConversationGrainStorage.Name"/>) over the registered <see cref="IConversationStore"/> (register
    /// CsEtiquette with <c>services.AddCsEtiquette(…)</c> and, for durable state, a SQLite or PostgreSQL store), and
    /// <see cref="QualityAggregateGrainStorage"/> (name <see cref="QualityAggregateGrainStorage.Name"/>) over the
    /// registered <see cref="IQualityAggregateStore"/> (<see cref="InMemoryQualityAggregateStore"/> unless one is
    /// registered, e.g. with <c>services.AddCsEtiquetteQualityAggregateStore(dataSource)</c>). Also registers
    /// <see cref="ConversationGrainOptions"/>, checked when the silo starts (a bad value stops it with
    /// <see cref="OptionsValidationException"/> naming the option). The grains themselves are found by Orleans' code
    /// generation.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <param name="configure">Sets <see cref="ConversationGrainOptions"/> (e.g. write-behind); null keeps the defaults
    /// (write after every change).</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static ISiloBuilder AddCsEtiquetteGrainStorage(this ISiloBuilder builder, Action<ConversationGrainOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Services.AddOptions<ConversationGrainOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConversationGrainOptions>, ConversationGrainOptionsValidator>());
        builder.Services.TryAddSingleton<IQualityAggregateStore, InMemoryQualityAggregateStore>();
        builder.Services.AddGrainStorage(ConversationGrainStorage.Name,
            (sp, _) => new ConversationGrainStorage(sp.GetRequiredService<IConversationStore>()));
        builder.Services.AddGrainStorage(QualityAggregateGrainStorage.Name,
            (sp, _) => new QualityAggregateGrainStorage(sp.GetRequiredService<IQualityAggregateStore>()));
        return builder;
    }
}
