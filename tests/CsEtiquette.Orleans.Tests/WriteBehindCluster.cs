using CsEtiquette.Stores.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Hosting;
using Orleans.TestingHost;

namespace CsEtiquette.Orleans.Tests;

/// <summary>A 1-silo test cluster whose conversation grains write behind: every <see cref="WriteEvery"/> changes, after
/// <see cref="MaxWriteDelay"/>, and on deactivation. Its own SQLite file.</summary>
public sealed class WriteBehindCluster : IDisposable
{
    internal const int WriteEvery = 4;
    internal static readonly TimeSpan MaxWriteDelay = TimeSpan.FromSeconds(1.5);

    /// <summary>The clock the grains' write-behind decision reads (Orleans itself keeps the system clock); tests move it.</summary>
    internal static readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider Clock = new(new DateTimeOffset(2026, 12, 4, 9, 0, 0, TimeSpan.Zero));
    internal static readonly string StorePath = Path.Combine(Path.GetTempPath(), "cse-orleans-wb-" + Guid.NewGuid().ToString("N") + ".db");

    public WriteBehindCluster()
    {
        var builder = new TestClusterBuilder(1);
        builder.AddSiloBuilderConfigurator<SiloConfigurator>();
        Cluster = builder.Build();
        Cluster.Deploy();
    }

    public TestCluster Cluster { get; }

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
            siloBuilder.AddCsEtiquetteGrainStorage(o =>
            {
                o.WriteEvery = WriteEvery;
                o.MaxWriteDelay = MaxWriteDelay;
                o.TimeProvider = Clock;
            });
        }
    }
}

[CollectionDefinition(nameof(WriteBehindCluster))]
public sealed class WriteBehindClusterDefinition : ICollectionFixture<WriteBehindCluster>;
