using System.Data.Common;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.Hosting;

namespace CsEtiquette.Stores;

/// <summary>
/// The row logic shared by the SQL stores (SQLite, PostgreSQL): conversations and complaint cases as JSON text in
/// <c>cse_conversations</c> / <c>cse_complaints</c> (<c>id</c>, <c>version</c>, <c>json</c>), optimistic concurrency on the
/// version, and the <see cref="ComplaintCase.Continues"/> check before a complaint update (as
/// <see cref="InMemoryComplaintStore"/>). Compiled into each store assembly (a linked source file, internal), so the
/// stores share one implementation without a public base type. The SQL is the dialect both databases accept
/// (<c>@name</c> parameters, <c>ON CONFLICT (id) DO NOTHING</c>). Thread-safe when <c>open</c> is.
/// </summary>
internal sealed class RowStoreCore
{
    private const string Conversations = "cse_conversations";
    private const string Complaints = "cse_complaints";

    private readonly Func<CancellationToken, Task<DbConnection>> _open;
    private readonly TimeProvider _clock;

    /// <param name="open">Opens a connection with the schema in place.</param>
    /// <param name="clock">The clock given to loaded conversations.</param>
    public RowStoreCore(Func<CancellationToken, Task<DbConnection>> open, TimeProvider clock)
    {
        _open = open;
        _clock = clock;
    }

    public async ValueTask<StoredConversation?> FindConversationAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await _open(cancellationToken).ConfigureAwait(false);
        var row = await ReadAsync(connection, Conversations, id, cancellationToken).ConfigureAwait(false);
        return row is null ? null : new StoredConversation(ConversationJson.Deserialize(row.Value.Json, _clock), row.Value.Version);
    }

    public async ValueTask<ConversationSaveResult> SaveConversationAsync(Conversation conversation, long expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentOutOfRangeException.ThrowIfNegative(expectedVersion);
        var json = ConversationJson.Serialize(conversation);
        await using var connection = await _open(cancellationToken).ConfigureAwait(false);
        var written = expectedVersion == 0
            ? await ExecuteAsync(connection, "INSERT INTO cse_conversations (id, version, json) VALUES (@id, 1, @json) ON CONFLICT (id) DO NOTHING",
                conversation.Id, json, null, null, cancellationToken).ConfigureAwait(false)
            : await ExecuteAsync(connection, "UPDATE cse_conversations SET version = @expected + 1, json = @json WHERE id = @id AND version = @expected",
                conversation.Id, json, expectedVersion, null, cancellationToken).ConfigureAwait(false);
        if (written == 1)
        {
            return ConversationSaveResult.Saved(conversation.Id, expectedVersion + 1);
        }

        var row = await ReadAsync(connection, Conversations, conversation.Id, cancellationToken).ConfigureAwait(false);
        return ConversationSaveResult.Conflict(conversation.Id, expectedVersion,
            row is null ? null : new StoredConversation(ConversationJson.Deserialize(row.Value.Json, _clock), row.Value.Version));
    }

    public async ValueTask<bool> DeleteConversationAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await _open(cancellationToken).ConfigureAwait(false);
        return await ExecuteAsync(connection, "DELETE FROM cse_conversations WHERE id = @id", id, null, null, null, cancellationToken)
            .ConfigureAwait(false) == 1;
    }

    public async ValueTask<ComplaintCase?> FindComplaintAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        await using var connection = await _open(cancellationToken).ConfigureAwait(false);
        var row = await ReadAsync(connection, Complaints, id, cancellationToken).ConfigureAwait(false);
        return row is null ? null : ComplaintJson.Deserialize(row.Value.Json);
    }

    public async ValueTask<ComplaintSaveResult> AddComplaintAsync(ComplaintCase complaint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        await using var connection = await _open(cancellationToken).ConfigureAwait(false);
        var written = await ExecuteAsync(connection, "INSERT INTO cse_complaints (id, version, json) VALUES (@id, @version, @json) ON CONFLICT (id) DO NOTHING",
            complaint.Id, ComplaintJson.Serialize(complaint), null, complaint.Version, cancellationToken).ConfigureAwait(false);
        if (written == 1)
        {
            return ComplaintSaveResult.Saved(complaint);
        }

        var row = await ReadAsync(connection, Complaints, complaint.Id, cancellationToken).ConfigureAwait(false);
        return ComplaintSaveResult.AlreadyExists(ComplaintJson.Deserialize(row!.Value.Json));
    }

    /// <summary>
    /// Reads the stored case, refuses a case that does not continue it (<see cref="ComplaintCase.Continues"/>: a stale
    /// copy re-sent with the current version, a rollback, another case under the same id), then writes only if the
    /// version is still <paramref name="expectedVersion"/>; a writer that got in between makes it a conflict.
    /// </summary>
    public async ValueTask<ComplaintSaveResult> UpdateComplaintAsync(ComplaintCase complaint, int expectedVersion,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        await using var connection = await _open(cancellationToken).ConfigureAwait(false);
        var before = await ReadAsync(connection, Complaints, complaint.Id, cancellationToken).ConfigureAwait(false);
        if (before is null)
        {
            return ComplaintSaveResult.NotFound(complaint.Id);
        }

        var stored = ComplaintJson.Deserialize(before.Value.Json);
        if (stored.Version != expectedVersion)
        {
            return ComplaintSaveResult.Conflict(stored, expectedVersion);
        }

        if (!complaint.Continues(stored))
        {
            return ComplaintSaveResult.NotAContinuation(stored, complaint);
        }

        var written = await ExecuteAsync(connection, "UPDATE cse_complaints SET version = @version, json = @json WHERE id = @id AND version = @expected",
            complaint.Id, ComplaintJson.Serialize(complaint), expectedVersion, complaint.Version, cancellationToken).ConfigureAwait(false);
        if (written == 1)
        {
            return ComplaintSaveResult.Saved(complaint);
        }

        var row = await ReadAsync(connection, Complaints, complaint.Id, cancellationToken).ConfigureAwait(false);
        return row is null
            ? ComplaintSaveResult.NotFound(complaint.Id)
            : ComplaintSaveResult.Conflict(ComplaintJson.Deserialize(row.Value.Json), expectedVersion);
    }

    private static async Task<(string Json, long Version)?> ReadAsync(DbConnection connection, string table, string id,
        CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = table == Conversations
            ? "SELECT json, version FROM cse_conversations WHERE id = @id"
            : "SELECT json, version FROM cse_complaints WHERE id = @id";
        Add(command, "@id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return (reader.GetString(0), reader.GetInt64(1));
    }

    // Only the parameters the statement names are sent: PostgreSQL rejects a parameter it cannot type.
    private static async Task<int> ExecuteAsync(DbConnection connection, string sql, string id, string? json, long? expected,
        long? version, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "@id", id);
        if (json is not null)
        {
            Add(command, "@json", json);
        }

        if (expected is { } e)
        {
            Add(command, "@expected", e);
        }

        if (version is { } v)
        {
            Add(command, "@version", v);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
