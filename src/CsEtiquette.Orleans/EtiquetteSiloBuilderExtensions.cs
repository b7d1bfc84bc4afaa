using CsEtiquette.Hosting;
using CsEtiquette.Orleans;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime.Hosting;

namespace Orleans.Hosting;

/// <summary>Registers the CsEtiquette grain storage on an Orleans silo.</summary>
public static class EtiquetteSiloBuilderExtensions
{
    /// <summary>
    /// Adds <see cref="ConversationGrainStorage"/> under the name <see cref="ConversationGrainStorage.Name"/> over the
    /// registered <see cref="IConversationStore"/> (register CsEtiquette with <c>services.AddCsEtiquette(…)</c> and,
    /// for durable state, a SQLite or PostgreSQL store). The grains themselves are found by Orleans' code generation.
    /// </summary>
    /// <param name="builder">The silo builder.</param>
    /// <returns><paramref name="builder"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static ISiloBuilder AddCsEtiquetteGrainStorage(this ISiloBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddGrainStorage(ConversationGrainStorage.Name,
            (sp, _) => new ConversationGrainStorage(sp.GetRequiredService<IConversationStore>()));
        return builder;
    }
}
