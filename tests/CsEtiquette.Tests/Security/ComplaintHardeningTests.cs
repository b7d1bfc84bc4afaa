using CsEtiquette.Complaints;
using CsEtiquette.Tests.Complaints;
using CsEtiquette.Tests.Cli;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CsEtiquette.Tests.Security;

/// <summary>Issue #17 defect 7 and the complaint risks: no throw on domain input, stores and JSON reject forgeries.</summary>
public sealed class ComplaintHardeningTests
{
    private static readonly ComplaintWorkflow Workflow = new();

    private static ComplaintCase Resolvable(DateTimeOffset start)
    {
        var c = Workflow.Start("case-end", start);
        foreach (var e in ComplaintTestKit.ToResolved()[..4])
        {
            c = Workflow.Apply(c, e, start).Case;
        }

        Assert.Equal(ComplaintState.SolutionChosen, c.State);
        return c;
    }

    [Theory]
    [InlineData("9999-12-31T23:40:00+00:00")]
    [InlineData("9999-12-31T10:00:00+08:00")] // UTC fits, the +08:00 clock time would pass year 9999
    public void Resolve_AtTheEndOfTheCalendar_IsARejectionNotAnException(string at)
    {
        var now = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture);
        var c = Resolvable(now);
        var r = Workflow.Apply(c, new Resolve(), now);
        Assert.False(r.IsAccepted);
        Assert.Equal(ComplaintRejectionReason.TimeOutOfRange, r.Reason);
        Assert.Same(c, r.Case);
    }

    [Property(MaxTest = 200)]
    public Property Apply_NeverThrows_NearTheEndOfTheCalendar() =>
        Prop.ForAll(
            Arb.From(Gen.Choose(0, 60 * 24 * 3)),
            Arb.From(Gen.Elements(-14, -8, 0, 5, 8, 14)),
            (minutesBeforeEnd, offsetHours) =>
            {
                var offset = TimeSpan.FromHours(offsetHours);
                var utcTicks = DateTimeOffset.MaxValue.UtcTicks - (minutesBeforeEnd * TimeSpan.TicksPerMinute) - Math.Max(0, offset.Ticks);
                var now = new DateTimeOffset(utcTicks + offset.Ticks, offset);
                var c = Resolvable(now);
                var r = Workflow.Apply(c, new Resolve(), now);
                return r.IsAccepted ? r.Case.FollowUpDueAt == now + Workflow.FollowUpWindow : r.Reason == ComplaintRejectionReason.TimeOutOfRange;
            });

    [Fact]
    public async Task Store_RefusesAStaleCaseSentWithTheCurrentVersion()
    {
        var store = new InMemoryComplaintStore();
        var v0 = Workflow.Start("s1", ComplaintTestKit.T0);
        await store.AddAsync(v0);
        var v1 = Workflow.Apply(v0, new AcknowledgeEmotion(), ComplaintTestKit.T0.AddMinutes(1)).Case;
        Assert.True((await store.UpdateAsync(v1, 0)).IsSaved);
        var v2 = Workflow.Apply(v1, new VerifyInformation("202611240001"), ComplaintTestKit.T0.AddMinutes(2)).Case;
        Assert.True((await store.UpdateAsync(v2, 1)).IsSaved);

        var stale = await store.UpdateAsync(v1, 2);
        Assert.Equal(ComplaintSaveOutcome.NotAContinuation, stale.Outcome);
        var rollback = await store.UpdateAsync(v0, 2);
        Assert.Equal(ComplaintSaveOutcome.NotAContinuation, rollback.Outcome);
        Assert.Equal(v2, await store.FindAsync("s1"));
    }

    [Fact]
    public async Task Store_RefusesADifferentCaseUnderTheSameId()
    {
        var store = new InMemoryComplaintStore();
        var mine = Workflow.Start("s2", ComplaintTestKit.T0);
        await store.AddAsync(mine);
        var other = Workflow.Start("s2", ComplaintTestKit.T0.AddHours(1));
        other = Workflow.Apply(other, new AcknowledgeEmotion(), ComplaintTestKit.T0.AddHours(2)).Case;
        var r = await store.UpdateAsync(other, 0);
        Assert.Equal(ComplaintSaveOutcome.NotAContinuation, r.Outcome);
        Assert.Equal(mine, r.Current);

        // Same opening, different history: also refused.
        var v1 = Workflow.Apply(mine, new AcknowledgeEmotion(), ComplaintTestKit.T0.AddMinutes(1)).Case;
        var forkA = Workflow.Apply(v1, new VerifyInformation("A-1"), ComplaintTestKit.T0.AddMinutes(2)).Case;
        var forkB = Workflow.Apply(v1, new VerifyInformation("B-2"), ComplaintTestKit.T0.AddMinutes(2)).Case;
        Assert.True((await store.UpdateAsync(forkA, 0)).IsSaved);
        Assert.Equal(ComplaintSaveOutcome.NotAContinuation, (await store.UpdateAsync(forkB, 2)).Outcome);
    }

    [Fact]
    public void Continues_AcceptsSeveralEventsAtOnce() =>
        Assert.True(ComplaintTestKit.Replay(Workflow, ComplaintTestKit.Prefix(3)).Continues(Workflow.Start("case-1", ComplaintTestKit.T0)));

    private static string ValidJson() => ComplaintJson.Serialize(ComplaintTestKit.Replay(Workflow, ComplaintTestKit.Prefix(4)));

    [Fact]
    public void Json_IllegalTransition_IsRefusedNamingTheEntry()
    {
        // History says Opened → Resolved on AcknowledgeEmotion: chained, but not a row of the table.
        var json = ComplaintJson.Serialize(ComplaintTestKit.Replay(Workflow, ComplaintTestKit.Prefix(1)))
            .Replace("\"to\":\"EmotionAcknowledged\"", "\"to\":\"Resolved\"", StringComparison.Ordinal)
            .Replace("\"state\":\"EmotionAcknowledged\"", "\"state\":\"Resolved\"", StringComparison.Ordinal);
        var ex = Assert.Throws<ComplaintSerializationException>(() => ComplaintJson.Deserialize(json));
        Assert.Equal("$.history[0]", ex.JsonPath);
    }

    [Fact]
    public void Json_ChosenIndexOutOfRange_IsRefusedNamingTheField()
    {
        var json = ValidJson().Replace("\"chosenOptionIndex\":0", "\"chosenOptionIndex\":7", StringComparison.Ordinal);
        var ex = Assert.Throws<ComplaintSerializationException>(() => ComplaintJson.Deserialize(json));
        Assert.Equal("$.chosenOptionIndex", ex.JsonPath);
    }

    [Fact]
    public void Json_NullOption_IsRefusedNamingTheField()
    {
        var json = ValidJson().Replace("\"offeredOptions\":[\"", "\"offeredOptions\":[null,\"", StringComparison.Ordinal);
        var ex = Assert.Throws<ComplaintSerializationException>(() => ComplaintJson.Deserialize(json));
        Assert.Equal("$.offeredOptions[0]", ex.JsonPath);
    }

    [Fact]
    public void Json_ValidCase_StillRoundTrips()
    {
        var c = ComplaintTestKit.Replay(Workflow, ComplaintTestKit.ToResolved());
        Assert.Equal(c, ComplaintJson.Deserialize(ComplaintJson.Serialize(c)));
    }

    [Theory]
    [InlineData("{\"type\":\"AcknowledgeEmotion\",\"at\":\"2026-11-24T10:00:00\"}", "with an offset")]
    [InlineData("{\"type\":\"AcknowledgeEmotion\",\"at\":\"11/24/2026\"}", "with an offset")]
    [InlineData("{\"type\":\"AcknowledgeEmotion\",\"at\":\"2026-11-24 10:00:00+08:00\"}", "with an offset")]
    [InlineData("{\"type\":\"AcknowledgeEmotion\"}", "missing")]
    public void Replay_TimeWithoutOffsetOrMissing_IsRefusedWithTheLineNumber(string second, string says)
    {
        var input = "{\"type\":\"AcknowledgeEmotion\",\"at\":\"2026-11-24T10:00:00+08:00\"}\n" + second + "\n";
        var (code, _, err) = CliHarness.Run(input, "complaint", "replay");
        Assert.Equal(1, code);
        Assert.Contains("line 2:", err, StringComparison.Ordinal);
        Assert.Contains(says, err, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-24T10:00:00Z")]
    [InlineData("2026-11-24T10:00:00+08:00")]
    [InlineData("2026-11-24T10:00:00.123-05:00")]
    [InlineData("2026-11-24T10:00+08:00")]
    public void Replay_IsoTimesWithOffset_AreAccepted(string at)
    {
        var (code, _, err) = CliHarness.Run($"{{\"type\":\"AcknowledgeEmotion\",\"at\":\"{at}\"}}\n", "complaint", "replay");
        Assert.True(code == 0, err);
    }
}
