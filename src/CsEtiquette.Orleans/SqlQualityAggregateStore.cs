using System.Data.Common;

namespace CsEtiquette.Orleans;

/// <summary>
/// An <see cref="IQualityAggregateStore"/> over ADO.NET, for SQLite and PostgreSQL (the SQL is the dialect both accept:
/// <c>@name</c> parameters, <c>ON CONFLICT (id) DO NOTHING</c>): table <c>cse_quality_aggregates (id, version, json)</c>,
/// part of the CsEtiquette store schema (<c>cse_schema</c> version 2, the same as <c>SqliteEtiquetteStore.SchemaVersion</c>
/// and <c>PostgreSqlEtiquetteStore.SchemaVersion</c>): on first use the whole schema is created when missing, a
/// version-1 database is upgraded, and a newer one is refused (<see cref="InvalidOperationException"/>). Give it the same database as the
/// conversation store, e.g. <c>SqliteFactory.Instance.CreateDataSource("Data Source=cse.db;Default Timeout=30")</c> or
/// an <c>NpgsqlDataSource</c>; every silo of a cluster must use the same database. Thread-safe when the data source is
/// (both are). The caller owns (and disposes) the data source.
/// </summary>
public sealed class SqlQualityAggregateStore : IQualityAggregateStore
{
    private readonly DbDataSource _dataSource;
    private volatile bool _ready;

    /// <summary>Creates the store.</summary>
    /// <param name="dataSource">Opens connections to the database.</param>
    /// <exception cref="ArgumentNullException"><paramref name="dataSource"/> is null.</exception>
    public SqlQualityAggregateStore(DbDataSource dataSource)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        _dataSource = dataSource;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public async ValueTask<StoredQualityAggregate?> FindAsync(string scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "SELECT json, version FROM cse_quality_aggregates WHERE id = @id", scope, null, null);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredQualityAggregate(scope, reader.GetString(0), reader.GetInt64(1))
            : null;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> or <paramref name="aggregateJson"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expectedVersion"/> is negative.</exception>
    public async ValueTask<bool> SaveAsync(string scope, string aggregateJson, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(aggregateJson);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = expectedVersion == 0
            ? Command(connection, "INSERT INTO cse_quality_aggregates (id, version, json) VALUES (@id, 1, @json) ON CONFLICT (id) DO NOTHING",
                scope, aggregateJson, null)
            : Command(connection, "UPDATE cse_quality_aggregates SET version = @expected + 1, json = @json WHERE id = @id AND version = @expected",
                scope, aggregateJson, expectedVersion);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="scope"/> is null.</exception>
    public async ValueTask<bool> DeleteAsync(string scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = Command(connection, "DELETE FROM cse_quality_aggregates WHERE id = @id", scope, null, null);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_ready)
            {
                await EnsureTableAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    // The table is part of the CsEtiquette store schema (version 2): whichever store opens the database first creates
    // (or upgrades) all of it in one transaction (SQLite BEGIN IMMEDIATE, PostgreSQL an advisory lock), so first calls
    // racing each other may each run it, safely.
    private async Task EnsureTableAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await Stores.StoreSchema.EnsureAsync(connection, "quality aggregate store", cancellationToken).ConfigureAwait(false);
        _ready = true;
    }

    // Only the parameters the statement names are sent: PostgreSQL rejects a parameter it cannot type.
    private static DbCommand Command(DbConnection connection, string sql, string? id, string? json, long? expected)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (id is not null)
        {
            Add(command, "@id", id);
        }

        if (json is not null)
        {
            Add(command, "@json", json);
        }

        if (expected is { } e)
        {
            Add(command, "@expected", e);
        }

        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
