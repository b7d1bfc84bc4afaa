using CsEtiquette.Complaints;
using CsEtiquette.Hosting;
using CsEtiquette.Stores.Sqlite;
using Microsoft.Data.Sqlite;

namespace CsEtiquette.Stores.Tests;

public sealed class SqliteStoreConformanceTests : StoreConformanceTests, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("cse-sqlite-").FullName;
    private readonly SqliteEtiquetteStore _store;

    public SqliteStoreConformanceTests() => _store = SqliteEtiquetteStore.ForFile(Path.Combine(_dir, "cse.db"));

    protected override IConversationStore Conversations => _store;

    protected override IComplaintStore Complaints => _store;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public async Task File_IsInWalMode_WithAVersionedSchema()
    {
        await _store.SaveAsync(Sample(NewId("wal")), 0);
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_dir, "cse.db")}");
        await connection.OpenAsync();
        await using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await cmd.ExecuteScalarAsync());
        cmd.CommandText = "SELECT version FROM cse_schema";
        Assert.Equal((long)SqliteEtiquetteStore.SchemaVersion, (long?)await cmd.ExecuteScalarAsync());
        Assert.Equal(2, SqliteEtiquetteStore.SchemaVersion);
        cmd.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'cse_quality_aggregates'";
        Assert.Equal(1L, (long?)await cmd.ExecuteScalarAsync());
    }

    [Fact]
    public async Task SchemaOneFile_IsUpgraded_KeepingItsRows()
    {
        var c = Sample(NewId("v1"));
        await _store.SaveAsync(c, 0);
        var path = Path.Combine(_dir, "cse.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "DROP TABLE cse_quality_aggregates; UPDATE cse_schema SET version = 1;";
            await cmd.ExecuteNonQueryAsync();
        }

        var reopened = SqliteEtiquetteStore.ForFile(path);
        Assert.Equal(1, (await reopened.FindAsync(c.Id))!.Version);
        await using var check = new SqliteConnection($"Data Source={path}");
        await check.OpenAsync();
        await using var q = check.CreateCommand();
        q.CommandText = "SELECT version FROM cse_schema";
        Assert.Equal(2L, (long?)await q.ExecuteScalarAsync());
        q.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'cse_quality_aggregates'";
        Assert.Equal(1L, (long?)await q.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Data_SurvivesANewStoreOverTheSameFile()
    {
        var c = Sample(NewId("keep"));
        await _store.SaveAsync(c, 0);
        var reopened = SqliteEtiquetteStore.ForFile(Path.Combine(_dir, "cse.db"));
        Assert.Equal(1, (await reopened.FindAsync(c.Id))!.Version);
    }

    [Fact]
    public async Task NewerSchema_IsRefused_NotMisread()
    {
        var path = Path.Combine(_dir, "future.db");
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var cmd = connection.CreateCommand();
            cmd.CommandText = "CREATE TABLE cse_schema (id INTEGER PRIMARY KEY, version INTEGER NOT NULL); INSERT INTO cse_schema VALUES (1, 99);";
            await cmd.ExecuteNonQueryAsync();
        }

        var e = await Assert.ThrowsAsync<InvalidOperationException>(async () => await SqliteEtiquetteStore.ForFile(path).FindAsync("x"));
        Assert.Contains("schema", e.Message, StringComparison.Ordinal);
        Assert.Contains("99", e.Message, StringComparison.Ordinal);
    }
}
