using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.Hosting;
using CsEtiquette.Stores;
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
    /// <summary>The schema version this store creates and reads (2: conversations, complaints and the Orleans quality
    /// aggregates; a schema-1 database is upgraded on first use, a newer one refused).</summary>
    public const int SchemaVersion = StoreSchema.Version;

    private readonly NpgsqlDataSource _dataSource;
    private readonly RowStoreCore _rows;
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
        _rows = new RowStoreCore(async ct => await OpenAsync(ct).ConfigureAwait(false), clock ?? TimeProvider.System);
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

            await StoreSchema.EnsureAsync(connection, "PostgreSQL store", cancellationToken).ConfigureAwait(false);
            _ready = true;
        }
        finally
        {
            _init.Release();
        }
    }
}
