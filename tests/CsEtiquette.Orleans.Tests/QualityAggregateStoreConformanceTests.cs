using System.Data.Common;
using CsEtiquette.Stores.Tests;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CsEtiquette.Orleans.Tests;

/// <summary>What every <see cref="IQualityAggregateStore"/> does, run against each implementation.</summary>
public abstract class QualityAggregateStoreConformanceTests
{
    protected abstract IQualityAggregateStore Store { get; }

    private static string Scope() => "shop-" + Guid.NewGuid().ToString("N") + "/2026-11-24";

    [Fact]
    public async Task Find_OfAnUnknownScope_IsNull() => Assert.Null(await Store.FindAsync(Scope()));

    [Fact]
    public async Task Save_ThenFind_RoundTrips_AndCountsVersions()
    {
        var scope = Scope();
        Assert.True(await Store.SaveAsync(scope, "{\"n\":1}", 0));
        Assert.True(await Store.SaveAsync(scope, "{\"n\":2,\"text\":\"质检汇总\"}", 1));
        var row = await Store.FindAsync(scope);
        Assert.Equal(new StoredQualityAggregate(scope, "{\"n\":2,\"text\":\"质检汇总\"}", 2), row);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public async Task Save_OnAStaleVersion_ChangesNothing(long stale)
    {
        var scope = Scope();
        Assert.True(await Store.SaveAsync(scope, "a", 0));
        Assert.True(await Store.SaveAsync(scope, "b", 1));
        Assert.False(await Store.SaveAsync(scope, "stale", stale));
        Assert.Equal(new StoredQualityAggregate(scope, "b", 2), await Store.FindAsync(scope));
    }

    [Fact]
    public async Task Save_BasedOnAVersionThatWasNeverStored_ChangesNothing()
    {
        var scope = Scope();
        Assert.False(await Store.SaveAsync(scope, "a", 1));
        Assert.Null(await Store.FindAsync(scope));
    }

    [Fact]
    public async Task ConcurrentWriters_OfOneVersion_HaveExactlyOneWinner()
    {
        var scope = Scope();
        Assert.True(await Store.SaveAsync(scope, "base", 0));
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () => await Store.SaveAsync(scope, "w" + i, 1))));
        Assert.Single(results, r => r);
        var row = await Store.FindAsync(scope);
        Assert.Equal(2, row!.Version);
        Assert.Equal("w" + Array.IndexOf(results, true), row.Json);
    }

    [Fact]
    public async Task Delete_RemovesOnlyThatScope()
    {
        var (a, b) = (Scope(), Scope());
        await Store.SaveAsync(a, "a", 0);
        await Store.SaveAsync(b, "b", 0);
        Assert.True(await Store.DeleteAsync(a));
        Assert.False(await Store.DeleteAsync(a));
        Assert.Null(await Store.FindAsync(a));
        Assert.Equal("b", (await Store.FindAsync(b))!.Json);
        Assert.True(await Store.SaveAsync(a, "again", 0));
    }

    [Fact]
    public async Task BadArguments_AreRefused()
    {
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await Store.FindAsync(null!));
        await Assert.ThrowsAsync<ArgumentNullException>(async () => await Store.SaveAsync(Scope(), null!, 0));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await Store.SaveAsync(Scope(), "x", -1));
    }
}

public sealed class InMemoryQualityAggregateStoreTests : QualityAggregateStoreConformanceTests
{
    protected override IQualityAggregateStore Store { get; } = new InMemoryQualityAggregateStore();
}

public sealed class SqliteQualityAggregateStoreTests : QualityAggregateStoreConformanceTests, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "cse-qa-" + Guid.NewGuid().ToString("N") + ".db");
    private readonly DbDataSource _dataSource;

    public SqliteQualityAggregateStoreTests()
    {
        _dataSource = SqliteFactory.Instance.CreateDataSource(new SqliteConnectionStringBuilder { DataSource = _path, DefaultTimeout = 30 }.ToString());
        Store = new SqlQualityAggregateStore(_dataSource);
    }

    protected override IQualityAggregateStore Store { get; }

    [Fact]
    public async Task Table_IsCreatedOnFirstUse_BesideTheConversationStore()
    {
        using var conversations = Stores.Sqlite.SqliteEtiquetteStore.ForFile(_path);
        Assert.Null(await conversations.FindAsync("none"));
        Assert.True(await Store.SaveAsync("shop-1", "{}", 0));

        Assert.Equal(["cse_complaints", "cse_conversations", "cse_quality_aggregates", "cse_schema"], await TablesAsync());
    }

    [Fact]
    public async Task OnAnEmptyDatabase_CreatesTheWholeStoreSchema_AtTheStoresVersion()
    {
        // The aggregate store first: the table is part of the stores' schema, not created on its own.
        Assert.True(await Store.SaveAsync("shop-1", "{}", 0));
        Assert.Equal(["cse_complaints", "cse_conversations", "cse_quality_aggregates", "cse_schema"], await TablesAsync());
        Assert.Equal(Stores.Sqlite.SqliteEtiquetteStore.SchemaVersion, await SchemaVersionAsync());
        Assert.Equal(2, Stores.Sqlite.SqliteEtiquetteStore.SchemaVersion);
        using var conversations = Stores.Sqlite.SqliteEtiquetteStore.ForFile(_path);
        Assert.Null(await conversations.FindAsync("none"));
    }

    [Fact]
    public async Task SchemaOneDatabase_IsUpgraded_KeepingItsRows()
    {
        await using (var connection = await _dataSource.OpenConnectionAsync())
        await using (var v1 = connection.CreateCommand())
        {
            v1.CommandText = """
                CREATE TABLE cse_schema (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);
                INSERT INTO cse_schema (id, version) VALUES (1, 1);
                CREATE TABLE cse_conversations (id TEXT PRIMARY KEY, version INTEGER NOT NULL, json TEXT NOT NULL);
                CREATE TABLE cse_complaints (id TEXT PRIMARY KEY, version INTEGER NOT NULL, json TEXT NOT NULL);
                INSERT INTO cse_conversations (id, version, json) VALUES ('kept', 3, '{}');
                """;
            await v1.ExecuteNonQueryAsync();
        }

        Assert.True(await Store.SaveAsync("shop-1", "{}", 0));
        Assert.Equal(2L, await SchemaVersionAsync());
        await using var check = await _dataSource.OpenConnectionAsync();
        await using var command = check.CreateCommand();
        command.CommandText = "SELECT version FROM cse_conversations WHERE id = 'kept'";
        Assert.Equal(3L, (long?)await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task NewerSchema_IsRefused_NotMisread()
    {
        await using (var connection = await _dataSource.OpenConnectionAsync())
        await using (var future = connection.CreateCommand())
        {
            future.CommandText = "CREATE TABLE cse_schema (id INTEGER PRIMARY KEY, version INTEGER NOT NULL); INSERT INTO cse_schema VALUES (1, 99);";
            await future.ExecuteNonQueryAsync();
        }

        var e = await Assert.ThrowsAsync<InvalidOperationException>(async () => await Store.FindAsync("shop-1"));
        Assert.Contains("cse_schema.version is 99", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("cse_quality_aggregates", await TablesAsync());
    }

    private async Task<List<string>> TablesAsync()
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'cse_%' ORDER BY name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    private async Task<long> SchemaVersionAsync()
    {
        await using var connection = await _dataSource.OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT version FROM cse_schema WHERE id = 1";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public void Dispose()
    {
        _dataSource.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}

/// <summary>The server <c>./build.sh</c> names in <c>CSE_POSTGRES</c>, or a throw-away one when PostgreSQL is installed
/// (as the store suite does); with CI=true and no server the tests fail.</summary>
public sealed class QualityAggregatePostgres : IDisposable
{
    private readonly LocalPostgres? _local;

    public QualityAggregatePostgres()
    {
        ConnectionString = Environment.GetEnvironmentVariable("CSE_POSTGRES");
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Problem = "CI=true but CSE_POSTGRES is not set: ./build.sh must install and start PostgreSQL.";
                return;
            }

            _local = LocalPostgres.TryStart(out var problem);
            ConnectionString = _local?.ConnectionString;
            Problem = problem;
        }
    }

    public string? ConnectionString { get; }

    public string? Problem { get; }

    public void Dispose() => _local?.Dispose();
}

public sealed class PostgreSqlQualityAggregateStoreTests : QualityAggregateStoreConformanceTests, IClassFixture<QualityAggregatePostgres>, IDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgreSqlQualityAggregateStoreTests(QualityAggregatePostgres server)
    {
        if (server.ConnectionString is null)
        {
            throw new InvalidOperationException("PostgreSQL quality-aggregate store tests cannot run: " + server.Problem);
        }

        _dataSource = NpgsqlDataSource.Create(server.ConnectionString);
        Store = new SqlQualityAggregateStore(_dataSource);
    }

    protected override IQualityAggregateStore Store { get; }

    [Fact]
    public async Task ServersUpgradingASchemaOneDatabaseAtOnce_AllSucceed()
    {
        // Only this class uses the table (its tests run one at a time): back to a schema-1 database (no aggregate
        // table), as one written before the table joined the stores' schema.
        Assert.Null(await new SqlQualityAggregateStore(_dataSource).FindAsync("none"));
        await using (var downgrade = _dataSource.CreateCommand("DROP TABLE IF EXISTS cse_quality_aggregates; UPDATE cse_schema SET version = 1"))
        {
            await downgrade.ExecuteNonQueryAsync();
        }

        var stores = Enumerable.Range(0, 4).Select(_ => new SqlQualityAggregateStore(_dataSource)).ToArray();
        var scope = "race-" + Guid.NewGuid().ToString("N");
        var found = await Task.WhenAll(stores.Select(s => Task.Run(async () => await s.FindAsync(scope))));
        Assert.All(found, Assert.Null);
        Assert.True(await stores[0].SaveAsync(scope, "{}", 0));
        Assert.Equal(1, (await stores[3].FindAsync(scope))!.Version);
        await using var version = _dataSource.CreateCommand("SELECT version FROM cse_schema WHERE id = 1");
        Assert.Equal(Stores.PostgreSql.PostgreSqlEtiquetteStore.SchemaVersion, (int)(await version.ExecuteScalarAsync())!);
    }

    public void Dispose() => _dataSource.Dispose();
}
