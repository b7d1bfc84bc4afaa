using CsEtiquette.Complaints;
using static CsEtiquette.Tests.Complaints.ComplaintTestKit;

namespace CsEtiquette.Tests.Complaints;

public sealed class InMemoryComplaintStoreTests
{
    private readonly ComplaintWorkflow _wf = new();

    [Fact]
    public async Task Add_Find_Update_WithExpectedVersion()
    {
        var store = new InMemoryComplaintStore();
        var c = _wf.Start("c1", T0);
        Assert.True((await store.AddAsync(c)).IsSaved);
        Assert.Equal(c, await store.FindAsync("c1"));
        Assert.Null(await store.FindAsync("nope"));

        var next = _wf.Apply(c, new AcknowledgeEmotion(), T0.AddMinutes(1)).Case;
        var saved = await store.UpdateAsync(next, expectedVersion: 0);
        Assert.Equal(ComplaintSaveOutcome.Saved, saved.Outcome);
        Assert.Equal(1, (await store.FindAsync("c1"))!.Version);
    }

    [Fact]
    public async Task StaleWrite_IsRejected_WithTheCurrentCase_AndNothingIsLost()
    {
        var store = new InMemoryComplaintStore();
        var c = _wf.Start("c1", T0);
        await store.AddAsync(c);
        var a = _wf.Apply(c, new AcknowledgeEmotion(), T0.AddMinutes(1)).Case;
        var b = _wf.Apply(c, new Withdraw(), T0.AddMinutes(2)).Case;
        Assert.True((await store.UpdateAsync(a, 0)).IsSaved);
        var stale = await store.UpdateAsync(b, 0);
        Assert.Equal(ComplaintSaveOutcome.VersionConflict, stale.Outcome);
        Assert.Equal(a, stale.Current);
        Assert.Contains("version 1, not the expected 0", stale.Message, StringComparison.Ordinal);
        var ex = Assert.Throws<ComplaintConcurrencyException>(() => stale.EnsureSaved());
        Assert.Same(stale, ex.Result);
        Assert.Equal(ComplaintState.EmotionAcknowledged, (await store.FindAsync("c1"))!.State);
    }

    [Fact]
    public async Task Add_Duplicate_And_Update_Missing_AreRejected()
    {
        var store = new InMemoryComplaintStore();
        var c = _wf.Start("c1", T0);
        await store.AddAsync(c);
        Assert.Equal(ComplaintSaveOutcome.AlreadyExists, (await store.AddAsync(c)).Outcome);
        Assert.Equal(ComplaintSaveOutcome.NotFound, (await store.UpdateAsync(_wf.Start("c2", T0), 0)).Outcome);
    }

    [Fact]
    public async Task ParallelWriters_OnOneCase_NeverLoseAnAcceptedEvent()
    {
        // 8 writers each add 25 facts with read → apply → conditional write → retry on conflict.
        var store = new InMemoryComplaintStore();
        var c = Replay(_wf, new AcknowledgeEmotion(), new VerifyInformation("1"));
        await store.AddAsync(c);
        var conflicts = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, 8), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (w, ct) =>
        {
            for (var i = 0; i < 25; i++)
            {
                while (true)
                {
                    var current = (await store.FindAsync("case-1", ct))!;
                    var r = _wf.Apply(current, new VerifyInformation("1", $"w{w}-f{i}"), current.UpdatedAt);
                    Assert.True(r.IsAccepted);
                    var saved = await store.UpdateAsync(r.Case, current.Version, ct);
                    if (saved.IsSaved)
                    {
                        break;
                    }

                    Assert.Equal(ComplaintSaveOutcome.VersionConflict, saved.Outcome);
                    Interlocked.Increment(ref conflicts);
                }
            }
        });

        var final = (await store.FindAsync("case-1"))!;
        Assert.Equal(2 + (8 * 25), final.Version);
        Assert.Equal(8 * 25, final.Facts.Length);
        Assert.Equal(final.Version, final.History.Length);
    }

    [Fact]
    public async Task ParallelWriters_OnManyCases_AreIndependent()
    {
        var store = new InMemoryComplaintStore();
        await Parallel.ForEachAsync(Enumerable.Range(0, 200), async (i, ct) =>
        {
            var c = _wf.Start($"c{i}", T0);
            Assert.True((await store.AddAsync(c, ct)).IsSaved);
            var next = _wf.Apply(c, new AcknowledgeEmotion(), T0.AddMinutes(1)).Case;
            Assert.True((await store.UpdateAsync(next, 0, ct)).IsSaved);
        });
        Assert.Equal(200, store.Count);
        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(1, (await store.FindAsync($"c{i}"))!.Version);
        }
    }
    [Fact]
    public async Task ApplyAsync_RetriesOnConflict_AndEveryEventLands()
    {
        var store = new InMemoryComplaintStore();
        await store.AddAsync(Replay(_wf, new AcknowledgeEmotion(), new VerifyInformation("1")));
        var at = T0.AddMinutes(2);
        await Parallel.ForEachAsync(Enumerable.Range(0, 40), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var r = await store.ApplyAsync(_wf, "case-1", new VerifyInformation("1", $"fact-{i}"), at, maxAttempts: 1000, cancellationToken: ct);
            Assert.True(r.IsAccepted);
        });
        var final = (await store.FindAsync("case-1"))!;
        Assert.Equal(42, final.Version);
        Assert.Equal(40, final.Facts.Length);
    }

    [Fact]
    public async Task ApplyAsync_RejectedEvent_WritesNothing_AndMissingCaseThrows()
    {
        var store = new InMemoryComplaintStore();
        await store.AddAsync(_wf.Start("c", T0));
        var r = await store.ApplyAsync(_wf, "c", new Close(), T0.AddMinutes(1));
        Assert.Equal(ComplaintRejectionReason.EmotionNotAcknowledged, r.Reason);
        Assert.Equal(0, (await store.FindAsync("c"))!.Version);
        await Assert.ThrowsAsync<KeyNotFoundException>(async () => await store.ApplyAsync(_wf, "nope", new Close(), T0));
    }
}
