using System.Globalization;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.Hosting;
using Npgsql;

namespace CsEtiquette.Stores.PostgreSql;

/// <summary>
/// Conversations and complaint cases in PostgreSQL, shared by several chat servers: a
/// version column per row for optimistic concurrency (a save names the version it was based on and changes nothing when
/// another writer saved first), the schema created on first use and recorded in <c>cse_schema</c> (a file written by a
/// newer schema version is refused, not misread; creation is serialised with an advisory lock so servers starting together
/// do not race). Rows hold <see cref="ConversationJson"/> / <see cref="ComplaintJson"/>
/// text. Thread-safe; share one instance per database (an <see cref="NpgsqlDataSource"/> pools the connections). Dispose it to close the pool.
/// </summary>
public sealed class PostgreSqlEtiquetteStore : IConversationStore, IComplaintStore, IAsyncDisposable, IDisposable
{
    /// <summary>The schema version this store creates and reads.</summary>
    public const int SchemaVersion = 1;

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _init = new(1, 1);
    private volatile bool _ready;

    /// <summary>Creates a store over a connection string such as <c>Host=localhost;Username=cse;Password=…;Database=cse</c>.</summary>
    /// <param name="connectionString">The Npgsql connection string.</param>
    /// <param name="clock">The clock given to loaded conversations; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank or not a valid connection string.</exception>
    public PostgreSqlEtiquetteStore(string connectionString, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        _dataSource = NpgsqlDataSource.Create(connectionString);
        _clock = clock ?? TimeProvider.System;
    }

    /// <summary>Closes the connection pool.</summary>
    public void Dispose()
    {
        _dataSource.Dispose();
        _init.Dispose();
    }

    /// <summary>Closes the connection pool.</summary>
    /// <returns>A task that completes when the pool is closed.</returns>
    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        _init.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask<StoredConversation?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await ReadAsync(connection, "cse_conversations", id, cancellationToken).ConfigureAwait(false);
        return row is null ? null : new StoredConversation(ConversationJson.Deserialize(row.Value.Json, _clock), row.Value.Version);
    }

    /// <inheritdoc />
    public async ValueTask<ConversationSaveResult> SaveAsync(Conversation conversation, long expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var json = ConversationJson.Serialize(conversation);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var written = expectedVersion == 0
            ? await ExecuteAsync(connection, "INSERT INTO cse_conversations (id, version, json) VALUES (@id, 1, @json) ON CONFLICT (id) DO NOTHING",
                conversation.Id, json, 0, cancellationToken).ConfigureAwait(false)
            : await ExecuteAsync(connection, "UPDATE cse_conversations SET version = @expected + 1, json = @json WHERE id = @id AND version = @expected",
                conversation.Id, json, expectedVersion, cancellationToken).ConfigureAwait(false);
        if (written == 1)
        {
            return ConversationSaveResult.Saved(conversation.Id, expectedVersion + 1);
        }

        var row = await ReadAsync(connection, "cse_conversations", conversation.Id, cancellationToken).ConfigureAwait(false);
        return ConversationSaveResult.Conflict(conversation.Id, expectedVersion,
            row is null ? null : new StoredConversation(ConversationJson.Deserialize(row.Value.Json, _clock), row.Value.Version));
    }

    /// <inheritdoc />
    public async ValueTask<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(connection, "DELETE FROM cse_conversations WHERE id = @id", id, null, 0, cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    async ValueTask<ComplaintCase?> IComplaintStore.FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var row = await ReadAsync(connection, "cse_complaints", id, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ComplaintJson.Deserialize(row.Value.Json);
    }

    /// <summary>Finds a complaint case by id (the <see cref="IComplaintStore"/> lookup).</summary>
    /// <param name="id">The case id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The case, or null.</returns>
    public ValueTask<ComplaintCase?> FindComplaintAsync(string id, CancellationToken cancellationToken = default) =>
        ((IComplaintStore)this).FindAsync(id, cancellationToken);

    /// <inheritdoc />
    public async ValueTask<ComplaintSaveResult> AddAsync(ComplaintCase complaint, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var written = await ExecuteAsync(connection, "INSERT INTO cse_complaints (id, version, json) VALUES (@id, @version, @json) ON CONFLICT (id) DO NOTHING",
            complaint.Id, ComplaintJson.Serialize(complaint), complaint.Version, cancellationToken).ConfigureAwait(false);
        if (written == 1)
        {
            return ComplaintSaveResult.Saved(complaint);
        }

        var row = await ReadAsync(connection, "cse_complaints", complaint.Id, cancellationToken).ConfigureAwait(false);
        return ComplaintSaveResult.AlreadyExists(ComplaintJson.Deserialize(row!.Value.Json));
    }

    /// <inheritdoc />
    public async ValueTask<ComplaintSaveResult> UpdateAsync(ComplaintCase complaint, int expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var written = await ExecuteAsync(connection, "UPDATE cse_complaints SET version = @version, json = @json WHERE id = @id AND version = @expected",
            complaint.Id, ComplaintJson.Serialize(complaint), expectedVersion, cancellationToken, complaint.Version).ConfigureAwait(false);
        if (written == 1)
        {
            return ComplaintSaveResult.Saved(complaint);
        }

        var row = await ReadAsync(connection, "cse_complaints", complaint.Id, cancellationToken).ConfigureAwait(false);
        return row is null
            ? ComplaintSaveResult.NotFound(complaint.Id)
            : ComplaintSaveResult.Conflict(ComplaintJson.Deserialize(row.Value.Json), expectedVersion);
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_ready)
            {
                await EnsureSchemaAsync(connection, cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task EnsureSchemaAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await _init.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
            {
                return;
            }

            await using (var ddl = connection.CreateCommand())
            {
                // The advisory lock (held until the transaction ends) serialises servers creating the schema at once.
                ddl.CommandText = """
                    BEGIN;
                    SELECT pg_advisory_xact_lock(7212018);
                    CREATE TABLE IF NOT EXISTS cse_schema (id integer PRIMARY KEY CHECK (id = 1), version integer NOT NULL);
                    INSERT INTO cse_schema (id, version) VALUES (1, 1) ON CONFLICT (id) DO NOTHING;
                    CREATE TABLE IF NOT EXISTS cse_conversations (id text PRIMARY KEY, version bigint NOT NULL, json text NOT NULL);
                    CREATE TABLE IF NOT EXISTS cse_complaints (id text PRIMARY KEY, version bigint NOT NULL, json text NOT NULL);
                    COMMIT;
                    """;
                await ddl.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            await using (var check = connection.CreateCommand())
            {
                check.CommandText = "SELECT version FROM cse_schema WHERE id = 1";
                var version = Convert.ToInt32(await check.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
                if (version != SchemaVersion)
                {
                    throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                        $"PostgreSQL store '{connection.Database}': cse_schema.version is {version}; this CsEtiquette reads schema {SchemaVersion}."));
                }
            }

            _ready = true;
        }
        finally
        {
            _init.Release();
        }
    }

    private static async Task<(string Json, long Version)?> ReadAsync(NpgsqlConnection connection, string table, string id, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT json, version FROM {table} WHERE id = @id";
        command.Parameters.AddWithValue("id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return (reader.GetString(0), reader.GetInt64(1));
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, string id, string? json, long expected,
        CancellationToken cancellationToken, long? version = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("id", id);
        if (json is not null)
        {
            command.Parameters.AddWithValue("json", json);
        }

        if (sql.Contains("@expected", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("expected", expected);
        }

        if (sql.Contains("@version", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("version", version ?? expected);
        }
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
