using CsEtiquette.Complaints;
using CsEtiquette.Complaints.Graph;
using CsEtiquette.Tests.Cli;

namespace CsEtiquette.Tests.Complaints;

public sealed class ComplaintCommandTests
{
    private const string Ack = "{\"type\":\"AcknowledgeEmotion\",\"at\":\"2026-11-24T10:00:00Z\"}";
    private const string Verify = "{\"type\":\"VerifyInformation\",\"orderNumber\":\"202611240001\",\"at\":\"2026-11-24T10:02:00Z\"}";
    private const string Offer = "{\"type\":\"OfferSolutions\",\"options\":[\"补发商品,预计3天到达\",\"全额退款,1-3个工作日退回原账户\"],\"at\":\"2026-11-24T10:03:00Z\"}";

    [Fact]
    public void Replay_WritesOneLinePerEvent_ThenTheCaseJson()
    {
        var (code, output, err) = CliHarness.Run(string.Join("\n", Ack, Verify, Offer) + "\n", "complaint", "replay");
        Assert.Equal(0, code);
        Assert.Equal("", err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Equal("{\"accepted\":true,\"state\":\"EmotionAcknowledged\",\"version\":1}", lines[0]);
        Assert.Equal("{\"accepted\":true,\"state\":\"InformationVerified\",\"version\":2}", lines[1]);
        Assert.Equal("{\"accepted\":true,\"state\":\"SolutionsOffered\",\"version\":3}", lines[2]);
        var c = ComplaintJson.Deserialize(lines[3]);
        Assert.Equal("complaint-1", c.Id);
        Assert.Equal(ComplaintState.SolutionsOffered, c.State);
        Assert.Equal(3, c.Version);
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero), c.OpenedAt);
        Assert.Equal(["补发商品,预计3天到达", "全额退款,1-3个工作日退回原账户"], c.OfferedOptions.ToArray());
    }

    [Fact]
    public void Replay_RejectedEvent_IsReported_AndReplayContinues()
    {
        var (code, output, err) = CliHarness.Run(string.Join("\n", Ack, Offer, Verify), "complaint", "replay", "--id", "T-9");
        Assert.Equal(0, code);
        Assert.Equal("", err);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("{\"accepted\":false,\"state\":\"EmotionAcknowledged\",\"reason\":\"InformationNotVerified\"}", lines[1]);
        Assert.Equal("{\"accepted\":true,\"state\":\"InformationVerified\",\"version\":2}", lines[2]);
        Assert.StartsWith("{\"schemaVersion\":1,\"id\":\"T-9\",", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_Verbose_ExplainsRejections_OnStderr()
    {
        var (code, _, err) = CliHarness.Run(Offer, "complaint", "replay", "--verbose");
        Assert.Equal(0, code);
        Assert.Contains("line 1: rejected OfferSolutions: AcknowledgeEmotion (接纳情绪) must come first", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Replay_SkipsBlankLines_ButCountsThem()
    {
        var (code, output, err) = CliHarness.Run(Ack + "\n\n{\"type\":\"Nope\",\"at\":\"2026-11-24T10:00:00Z\"}\n", "complaint", "replay");
        Assert.Equal(1, code);
        Assert.StartsWith("cse complaint replay: line 3: Unknown complaint event type 'Nope'; known types: AcknowledgeEmotion,", err, StringComparison.Ordinal);
        Assert.Equal("{\"accepted\":true,\"state\":\"EmotionAcknowledged\",\"version\":1}\n", output);
    }

    [Theory]
    [InlineData("{\"type\":\"AcknowledgeEmotion\"", "malformed JSON")]
    [InlineData("{\"type\":\"AcknowledgeEmotion\"}", "\"at\" must be an ISO 8601 time")]
    [InlineData("{\"type\":\"AcknowledgeEmotion\",\"at\":\"yesterday\"}", "\"at\" must be an ISO 8601 time")]
    [InlineData("{\"at\":\"2026-11-24T10:00:00Z\"}", "needs a string \"type\"")]
    [InlineData("[]", "expected a JSON object")]
    [InlineData("{\"type\":\"ChooseSolution\",\"index\":\"x\",\"at\":\"2026-11-24T10:00:00Z\"}", "$.index")]
    public void Replay_MalformedLine_StopsWithExit1_AndLineNumber(string bad, string expected)
    {
        var (code, output, err) = CliHarness.Run(Ack + "\n" + bad + "\n" + Verify, "complaint", "replay");
        Assert.Equal(1, code);
        Assert.StartsWith("cse complaint replay: line 2: ", err, StringComparison.Ordinal);
        Assert.Contains(expected, err, StringComparison.Ordinal);
        Assert.Equal("{\"accepted\":true,\"state\":\"EmotionAcknowledged\",\"version\":1}\n", output); // stopped: no more lines
    }

    [Fact]
    public void Replay_NoEvents_IsExit1()
    {
        var (code, output, err) = CliHarness.Run("\n", "complaint", "replay");
        Assert.Equal(1, code);
        Assert.Equal("", output);
        Assert.Contains("no events", err, StringComparison.Ordinal);
    }

    [Fact]
    public void Diagram_DefaultsToMermaid_FromTheTable()
    {
        var (code, output, _) = CliHarness.Run("", "complaint", "diagram");
        Assert.Equal(0, code);
        Assert.Equal(ComplaintMermaidGraph.Format(ComplaintTransitionTable.Default), output);
    }

    [Fact]
    public void Diagram_Dot()
    {
        var (code, output, _) = CliHarness.Run("", "complaint", "diagram", "--format", "dot");
        Assert.Equal(0, code);
        Assert.Equal(ComplaintDotGraph.Format(ComplaintTransitionTable.Default), output);
    }

    [Theory]
    [InlineData("complaint")]
    [InlineData("complaint", "frob")]
    [InlineData("complaint", "diagram", "--format", "svg")]
    [InlineData("complaint", "replay", "--bogus")]
    [InlineData("complaint", "replay", "file.jsonl")]
    public void Usage_Errors_AreExit2(params string[] args)
    {
        var (code, _, err) = CliHarness.Run("", args);
        Assert.Equal(2, code);
        Assert.NotEqual("", err);
    }
}
