using CsEtiquette.Stores.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace CsEtiquette.Orleans.Tests;

/// <summary>A 2-silo test cluster whose silos share one SQLite file as the conversation store and the quality-aggregate
/// store (<see cref="SqlQualityAggregateStore"/>).</summary>
public sealed class TwoSiloCluster : IDisposable
{
    internal static readonly string StorePath = Path.Combine(Path.GetTempPath(), "cse-orleans-" + Guid.NewGuid().ToString("N") + ".db");

    public TwoSiloCluster()
    {
        var builder = new TestClusterBuilder(2);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        Cluster.Deploy();
    }

    public TestCluster Cluster { get; }

    internal static string StoreConnectionString =>
        new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = StorePath, DefaultTimeout = 30 }.ToString();

    public void Dispose()
    {
        Cluster.StopAllSilos();
        Cluster.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(StorePath);
    }

    private sealed class SiloConfigurator : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            siloBuilder.Services.AddCsEtiquette().AddCsEtiquetteSqliteStore(
                new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = StorePath }.ToString());
            siloBuilder.Services.AddCsEtiquetteQualityAggregateStore(
                Microsoft.Data.Sqlite.SqliteFactory.Instance.CreateDataSource(StoreConnectionString));
            siloBuilder.AddCsEtiquetteGrainStorage();
        }
    }
}

[CollectionDefinition(nameof(TwoSiloCluster))]
public sealed class TwoSiloClusterDefinition : ICollectionFixture<TwoSiloCluster>;
