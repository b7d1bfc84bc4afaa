using CsEtiquette.Complaints;
using CsEtiquette.Tests.Cli;

namespace CsEtiquette.Tests.Complaints;

/// <summary><c>cse complaint replay --store PATH.db --case ID</c>: a stored case continues across runs.</summary>
public sealed class ComplaintStoreReplayTests : IDisposable
{
    private static readonly string[] Events =
    [
        "{\"type\":\"AcknowledgeEmotion\",\"at\":\"2026-11-24T10:00:00Z\"}",
        "{\"type\":\"VerifyInformation\",\"orderNumber\":\"202611240001\",\"at\":\"2026-11-24T10:02:00Z\"}",
        "{\"type\":\"OfferSolutions\",\"options\":[\"补发商品,预计3天到达\",\"全额退款,1-3个工作日退回原账户\"],\"at\":\"2026-11-24T10:03:00Z\"}",
        "{\"type\":\"ChooseSolution\",\"index\":0,\"at\":\"2026-11-24T10:05:00Z\"}",
        "{\"type\":\"Resolve\",\"at\":\"2026-11-24T10:06:00Z\"}",
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("cse-replay-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    private static ComplaintCase Last(string output) =>
        ComplaintJson.Deserialize(output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1]);

    [Fact]
    public void TwoRuns_EndInTheSameStateAndVersion_AsOneRun()
    {
        var one = Path.Combine(_dir, "one.db");
        var two = Path.Combine(_dir, "two.db");
        var (c1, all, e1) = CliHarness.Run(string.Join("\n", Events), "complaint", "replay", "--store", one, "--case", "T-1");
        Assert.Equal(0, c1);
        Assert.Equal("", e1);

        var (c2, _, _) = CliHarness.Run(string.Join("\n", Events[..2]), "complaint", "replay", "--store", two, "--case", "T-1");
        var (c3, second, e3) = CliHarness.Run(string.Join("\n", Events[2..]), "complaint", "replay", "--store", two, "--case", "T-1");
        Assert.Equal(0, c2);
        Assert.Equal(0, c3);
        Assert.Equal("", e3);
        // The second run continues at version 3 instead of starting over.
        Assert.StartsWith("{\"accepted\":true,\"state\":\"SolutionsOffered\",\"version\":3}", second, StringComparison.Ordinal);

        var a = Last(all);
        var b = Last(second);
        Assert.Equal(ComplaintState.Resolved, b.State);
        Assert.Equal(a.State, b.State);
        Assert.Equal(a.Version, b.Version);
        Assert.Equal(ComplaintJson.Serialize(a), ComplaintJson.Serialize(b));

        // What is stored is what was printed.
        var (c4, again, _) = CliHarness.Run("{\"type\":\"Close\",\"at\":\"2026-11-24T10:07:00Z\"}", "complaint", "replay", "--store", two, "--case", "T-1");
        Assert.Equal(0, c4);
        Assert.Contains("\"accepted\":false", again, StringComparison.Ordinal);
        Assert.Equal(5, Last(again).Version);
    }

    [Theory]
    [InlineData("--store", "x.db")]
    [InlineData("--case", "A", "--id", "B")]
    public void StoreWithoutCase_OrTwoIds_IsAUsageError(params string[] args)
    {
        var (code, _, err) = CliHarness.Run(Events[0], ["complaint", "replay", .. args]);
        Assert.Equal(2, code);
        Assert.NotEqual("", err);
    }
}
