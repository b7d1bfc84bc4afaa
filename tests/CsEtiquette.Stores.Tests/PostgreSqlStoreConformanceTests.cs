using CsEtiquette.Complaints;
using CsEtiquette.Hosting;
using CsEtiquette.Stores.PostgreSql;

namespace CsEtiquette.Stores.Tests;

/// <summary>
/// The server ./build.sh starts (Debian's postgresql, a private cluster on a temporary directory) and names in
/// <c>CSE_POSTGRES</c>. With CI=true a missing server fails every test loudly; elsewhere (a bare <c>dotnet test</c>)
/// the fixture starts its own cluster when PostgreSQL is installed, and reports the tests as failed otherwise.
/// </summary>
public sealed class PostgreSqlServer : IDisposable
{
    private readonly LocalPostgres? _local;

    public PostgreSqlServer()
    {
        ConnectionString = Environment.GetEnvironmentVariable("CSE_POSTGRES");
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Problem = "CI=true but CSE_POSTGRES is not set: ./build.sh must install and start PostgreSQL for the store suite.";
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

public sealed class PostgreSqlStoreConformanceTests : StoreConformanceTests, IClassFixture<PostgreSqlServer>, IDisposable
{
    private readonly PostgreSqlEtiquetteStore _store;

    public PostgreSqlStoreConformanceTests(PostgreSqlServer server)
    {
        if (server.ConnectionString is null)
        {
            throw new InvalidOperationException("PostgreSQL store suite cannot run: " + server.Problem);
        }

        _store = new PostgreSqlEtiquetteStore(server.ConnectionString);
    }

    protected override IConversationStore Conversations => _store;

    protected override IComplaintStore Complaints => _store;

    public void Dispose() => _store.Dispose();
}
