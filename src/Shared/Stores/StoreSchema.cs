using System.Data.Common;
using System.Globalization;

namespace CsEtiquette.Stores;

/// <summary>
/// The one schema of the CsEtiquette SQL stores, for SQLite and PostgreSQL: <c>cse_schema(id, version)</c>,
/// <c>cse_conversations</c>, <c>cse_complaints</c> and <c>cse_quality_aggregates</c> (each <c>id, version, json</c>).
/// Whoever opens a database first (the conversation store or the quality-aggregate store of CsEtiquette.Orleans) creates
/// all of it; an older schema is upgraded; a newer one is refused, not misread. Compiled into each store assembly (a
/// linked source file, internal), so the tables and their version live in one place.
/// </summary>
internal static class StoreSchema
{
    /// <summary>The schema version created and read. 1: conversations, complaints; 2: + quality aggregates.</summary>
    public const int Version = 2;

    private const string SqliteDdl = """
        CREATE TABLE IF NOT EXISTS cse_conversations (id TEXT PRIMARY KEY, version INTEGER NOT NULL, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS cse_complaints (id TEXT PRIMARY KEY, version INTEGER NOT NULL, json TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS cse_quality_aggregates (id TEXT PRIMARY KEY, version INTEGER NOT NULL, json TEXT NOT NULL);
        """;

    private const string PostgreSqlDdl = """
        CREATE TABLE IF NOT EXISTS cse_conversations (id text PRIMARY KEY, version bigint NOT NULL, json text NOT NULL);
        CREATE TABLE IF NOT EXISTS cse_complaints (id text PRIMARY KEY, version bigint NOT NULL, json text NOT NULL);
        CREATE TABLE IF NOT EXISTS cse_quality_aggregates (id text PRIMARY KEY, version bigint NOT NULL, json text NOT NULL);
        """;

    /// <summary>
    /// Creates or upgrades the schema in one transaction (SQLite: <c>BEGIN IMMEDIATE</c>; PostgreSQL: under an advisory
    /// lock, so servers starting together do not race) and checks its version.
    /// </summary>
    /// <param name="connection">An open SQLite or PostgreSQL connection.</param>
    /// <param name="store">The store's name for messages (e.g. <c>SQLite store</c>).</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <exception cref="InvalidOperationException">The database holds a newer schema version.</exception>
    /// <exception cref="NotSupportedException">The connection is neither SQLite nor PostgreSQL.</exception>
    public static async Task EnsureAsync(DbConnection connection, string store, CancellationToken cancellationToken)
    {
        var postgres = IsPostgreSql(connection);
        if (!postgres)
        {
            // WAL cannot be switched inside a transaction; it is kept by the file once set.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken).ConfigureAwait(false);
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        if (postgres)
        {
            await ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(7212018);", cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(connection, transaction, postgres
            ? "CREATE TABLE IF NOT EXISTS cse_schema (id integer PRIMARY KEY CHECK (id = 1), version integer NOT NULL);"
            : "CREATE TABLE IF NOT EXISTS cse_schema (id INTEGER PRIMARY KEY CHECK (id = 1), version INTEGER NOT NULL);",
            cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, string.Create(CultureInfo.InvariantCulture,
            $"INSERT INTO cse_schema (id, version) VALUES (1, {Version}) ON CONFLICT (id) DO NOTHING;"), cancellationToken).ConfigureAwait(false);

        int found;
        await using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT version FROM cse_schema WHERE id = 1";
            found = Convert.ToInt32(await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        }

        if (found > Version)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{store} '{Describe(connection)}': cse_schema.version is {found}; this CsEtiquette reads schema {Version} (and upgrades older ones)."));
        }

        // Every table is CREATE … IF NOT EXISTS, so creating and upgrading (1 → 2 adds cse_quality_aggregates) are one step.
        await ExecuteAsync(connection, transaction, postgres ? PostgreSqlDdl : SqliteDdl, cancellationToken).ConfigureAwait(false);
        if (found < Version)
        {
            await ExecuteAsync(connection, transaction, string.Create(CultureInfo.InvariantCulture,
                $"UPDATE cse_schema SET version = {Version} WHERE id = 1;"), cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static bool IsPostgreSql(DbConnection connection) => connection.GetType().FullName switch
    {
        "Npgsql.NpgsqlConnection" => true,
        "Microsoft.Data.Sqlite.SqliteConnection" => false,
        var other => throw new NotSupportedException($"The CsEtiquette stores support SQLite (Microsoft.Data.Sqlite) and PostgreSQL (Npgsql), not {other}."),
    };

    private static string Describe(DbConnection connection) => IsPostgreSql(connection) ? connection.Database : connection.DataSource;

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
