using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.Hosting;
using CsEtiquette.Stores;
using Microsoft.Data.Sqlite;

namespace CsEtiquette.Stores.Sqlite;

/// <summary>
/// Conversations and complaint cases in one SQLite file (the embedded default for one process): WAL journal, a
/// version column per row for optimistic concurrency (a save names the version it was based on and changes nothing when
/// another writer saved first), the schema created on first use and recorded in <c>cse_schema</c> (a file written by a
/// newer schema version is refused, not misread). Rows hold <see cref="ConversationJson"/> / <see cref="ComplaintJson"/>
/// text. Thread-safe; one instance per file is enough (connections are pooled).
/// </summary>
public sealed class SqliteEtiquetteStore : IConversationStore, IComplaintStore, IDisposable
{
    /// <summary>The schema version this store creates and reads (2: conversations, complaints and the Orleans quality
    /// aggregates; a schema-1 file is upgraded on first use, a newer one refused).</summary>
    public const int SchemaVersion = StoreSchema.Version;

    private readonly string _connectionString;
    private readonly RowStoreCore _rows;
    private readonly SemaphoreSlim _init = new(1, 1);
    private volatile bool _ready;

    /// <summary>Creates a store over a connection string such as <c>Data Source=csetiquette.db</c>.</summary>
    /// <param name="connectionString">The Microsoft.Data.Sqlite connection string.</param>
    /// <param name="clock">The clock given to loaded conversations; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank or not a valid connection string.</exception>
    public SqliteEtiquetteStore(string connectionString, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DefaultTimeout < 30)
        {
            builder.DefaultTimeout = 30;
        }

        _connectionString = builder.ToString();
        _rows = new RowStoreCore(async ct => await OpenAsync(ct).ConfigureAwait(false), clock ?? TimeProvider.System);
    }

    /// <summary>A store over the file at <paramref name="path"/> (created when missing).</summary>
    /// <param name="path">The database file.</param>
    /// <param name="clock">The clock given to loaded conversations.</param>
    /// <returns>The store.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is blank.</exception>
    public static SqliteEtiquetteStore ForFile(string path, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new SqliteEtiquetteStore(new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString(), clock);
    }

    /// <summary>Releases the schema gate (pooled connections are released by <see cref="SqliteConnection.ClearAllPools"/>).</summary>
    public void Dispose() => _init.Dispose();

    /// <inheritdoc />
    public ValueTask<StoredConversation?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        _rows.FindConversationAsync(id, cancellationToken);

    /// <inheritdoc />
    public ValueTask<ConversationSaveResult> SaveAsync(Conversation conversation, long expectedVersion, CancellationToken cancellationToken = default) =>
        _rows.SaveConversationAsync(conversation, expectedVersion, cancellationToken);

    /// <inheritdoc />
    public ValueTask<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        _rows.DeleteConversationAsync(id, cancellationToken);

    /// <inheritdoc />
    ValueTask<ComplaintCase?> IComplaintStore.FindAsync(string id, CancellationToken cancellationToken) =>
        _rows.FindComplaintAsync(id, cancellationToken);

    /// <summary>Finds a complaint case by id (the <see cref="IComplaintStore"/> lookup).</summary>
    /// <param name="id">The case id.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The case, or null.</returns>
    public ValueTask<ComplaintCase?> FindComplaintAsync(string id, CancellationToken cancellationToken = default) =>
        _rows.FindComplaintAsync(id, cancellationToken);

    /// <inheritdoc />
    public ValueTask<ComplaintSaveResult> AddAsync(ComplaintCase complaint, CancellationToken cancellationToken = default) =>
        _rows.AddComplaintAsync(complaint, cancellationToken);

    /// <inheritdoc />
    /// <remarks>Refuses a case that does not continue the stored one (<see cref="ComplaintCase.Continues"/>) with
    /// <see cref="ComplaintSaveOutcome.NotAContinuation"/>, as every <see cref="IComplaintStore"/> does.</remarks>
    public ValueTask<ComplaintSaveResult> UpdateAsync(ComplaintCase complaint, int expectedVersion, CancellationToken cancellationToken = default) =>
        _rows.UpdateComplaintAsync(complaint, expectedVersion, cancellationToken);

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (var pragma = connection.CreateCommand())
            {
                // WAL with synchronous=NORMAL: commits survive a process crash; a power cut may drop the last commits but
                // never corrupts the file (the SQLite recommendation for WAL).
                pragma.CommandText = "PRAGMA synchronous=NORMAL;";
                await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

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

    private async Task EnsureSchemaAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await _init.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
            {
                return;
            }

            await StoreSchema.EnsureAsync(connection, "SQLite store", cancellationToken).ConfigureAwait(false);
            _ready = true;
        }
        finally
        {
            _init.Release();
        }
    }
}
