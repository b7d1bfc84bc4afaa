using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.Hosting;

namespace CsEtiquette.Stores.Tests;

/// <summary>
/// The one conformance suite every <see cref="IConversationStore"/> / <see cref="IComplaintStore"/> passes: in memory,
/// SQLite and PostgreSQL derive from it and supply the stores. Ids are unique per test so the suites can share a database.
/// </summary>
public abstract class StoreConformanceTests
{
    protected static readonly DateTimeOffset At = new(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8));

    protected abstract IConversationStore Conversations { get; }

    protected abstract IComplaintStore Complaints { get; }

    protected static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N");

    protected static Conversation Sample(string id) =>
        new Conversation(id, "小美", seed: 7) { Product = "保温杯" }.WithCustomerTurn("我收到的保温杯是坏的").WithAgentTurn("非常抱歉给您带来不便");

    [Fact]
    public async Task Find_Unknown_IsNull()
    {
        Assert.Null(await Conversations.FindAsync(NewId("none")));
        Assert.Null(await Complaints.FindAsync(NewId("none")));
    }

    [Fact]
    public async Task Save_New_ThenFind_RoundTripsAtVersion1()
    {
        var c = Sample(NewId("c"));
        var saved = await Conversations.SaveAsync(c, 0);
        Assert.True(saved.IsSaved, saved.Message);
        Assert.Equal(1, saved.Version);
        var found = await Conversations.FindAsync(c.Id);
        Assert.NotNull(found);
        Assert.Equal(1, found.Version);
        Assert.Equal(ConversationJson.Serialize(c), ConversationJson.Serialize(found.Conversation));
    }

    [Fact]
    public async Task Save_New_WhenItExists_IsAConflict_WithTheStoredConversation()
    {
        var c = Sample(NewId("c"));
        Assert.True((await Conversations.SaveAsync(c, 0)).IsSaved);
        var again = await Conversations.SaveAsync(c.WithAgentTurn("x"), 0);
        Assert.False(again.IsSaved);
        Assert.Equal(1, again.Version);
        Assert.Equal(2, again.Current!.Conversation.Turns.Length);
    }

    [Fact]
    public async Task Save_Sequence_IncrementsTheVersion_StaleWritesChangeNothing()
    {
        var c = Sample(NewId("c"));
        await Conversations.SaveAsync(c, 0);
        var v2 = await Conversations.SaveAsync(c.WithCustomerTurn("订单号是2026112412345678"), 1);
        Assert.True(v2.IsSaved);
        Assert.Equal(2, v2.Version);
        var stale = await Conversations.SaveAsync(c.WithCustomerTurn("stale"), 1);
        Assert.False(stale.IsSaved);
        Assert.Equal(2, stale.Version);
        var found = await Conversations.FindAsync(c.Id);
        Assert.Equal(2, found!.Version);
        Assert.Equal("订单号是2026112412345678", found.Conversation.Turns[^1].Text);
    }

    [Fact]
    public async Task Update_OfAMissingConversation_IsAConflictWithNothingStored()
    {
        var result = await Conversations.SaveAsync(Sample(NewId("c")), 3);
        Assert.False(result.IsSaved);
        Assert.Null(result.Current);
        Assert.Equal(0, result.Version);
    }

    [Fact]
    public async Task ConcurrentSaves_OfOneVersion_HaveExactlyOneWinner()
    {
        var c = Sample(NewId("race"));
        await Conversations.SaveAsync(c, 0);
        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
            await Conversations.SaveAsync(c.WithAgentTurn("回复" + i), 1))));
        Assert.Single(results, r => r.IsSaved);
        Assert.Equal(2, (await Conversations.FindAsync(c.Id))!.Version);
    }

    [Fact]
    public async Task ConcurrentReadModifyWrite_WithRetry_LosesNothing()
    {
        var id = NewId("rmw");
        await Conversations.SaveAsync(Sample(id), 0);
        await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(async () =>
        {
            for (var attempt = 0; attempt < 200; attempt++)
            {
                var current = (await Conversations.FindAsync(id))!;
                var saved = await Conversations.SaveAsync(current.Conversation.WithAgentTurn("第" + i + "条"), current.Version);
                if (saved.IsSaved)
                {
                    return;
                }
            }

            throw new InvalidOperationException("no progress");
        })));
        var found = (await Conversations.FindAsync(id))!;
        Assert.Equal(11, found.Version);
        Assert.Equal(12, found.Conversation.Turns.Length);
        Assert.Equal(10, found.Conversation.Turns.Skip(2).Select(t => t.Text).Distinct().Count());
    }

    [Fact]
    public async Task Delete_RemovesOnce()
    {
        var c = Sample(NewId("del"));
        await Conversations.SaveAsync(c, 0);
        Assert.True(await Conversations.DeleteAsync(c.Id));
        Assert.False(await Conversations.DeleteAsync(c.Id));
        Assert.Null(await Conversations.FindAsync(c.Id));
        Assert.True((await Conversations.SaveAsync(c, 0)).IsSaved);
    }

    [Fact]
    public async Task Conversation_WithComplaintCase_RoundTrips()
    {
        var workflow = new ComplaintWorkflow();
        var id = NewId("cc");
        var complaint = workflow.Apply(workflow.Start(id + "#1", At), new AcknowledgeEmotion(), At).Case;
        var c = Sample(id).WithComplaint(complaint);
        await Conversations.SaveAsync(c, 0);
        var found = (await Conversations.FindAsync(id))!.Conversation;
        Assert.Equal(ComplaintState.EmotionAcknowledged, found.Complaint!.State);
        Assert.Equal(1, found.Complaint.Version);
    }

    [Fact]
    public async Task Complaint_Add_Find_Update_Conflict_NotFound()
    {
        var workflow = new ComplaintWorkflow();
        var c0 = workflow.Start(NewId("case"), At);
        Assert.True((await Complaints.AddAsync(c0)).IsSaved);
        Assert.Equal(ComplaintSaveOutcome.AlreadyExists, (await Complaints.AddAsync(c0)).Outcome);
        var c1 = workflow.Apply(c0, new AcknowledgeEmotion(), At).Case;
        Assert.True((await Complaints.UpdateAsync(c1, 0)).IsSaved);
        var stale = await Complaints.UpdateAsync(c1, 0);
        Assert.Equal(ComplaintSaveOutcome.VersionConflict, stale.Outcome);
        Assert.Equal(1, stale.Current!.Version);
        Assert.Equal(ComplaintSaveOutcome.NotFound, (await Complaints.UpdateAsync(workflow.Start(NewId("ghost"), At), 0)).Outcome);
        var found = await Complaints.FindAsync(c0.Id);
        Assert.Equal(ComplaintJson.Serialize(c1), ComplaintJson.Serialize(found!));
    }

    [Fact]
    public async Task Complaint_Update_RefusesAStaleCopy_ARollback_AndAnotherCase_UnderTheCurrentVersion()
    {
        // Every store checks ComplaintCase.Continues: the caller's expectedVersion alone is not trusted.
        var workflow = new ComplaintWorkflow();
        var id = NewId("case");
        var v0 = workflow.Start(id, At);
        await Complaints.AddAsync(v0);
        var v1 = workflow.Apply(v0, new AcknowledgeEmotion(), At.AddMinutes(1)).Case;
        Assert.True((await Complaints.UpdateAsync(v1, 0)).IsSaved);
        var v2 = workflow.Apply(v1, new VerifyInformation("202611240001"), At.AddMinutes(2)).Case;
        Assert.True((await Complaints.UpdateAsync(v2, 1)).IsSaved);

        var stale = await Complaints.UpdateAsync(v1, 2);
        Assert.Equal(ComplaintSaveOutcome.NotAContinuation, stale.Outcome);
        Assert.Equal(2, stale.Current!.Version);
        Assert.Equal(ComplaintSaveOutcome.NotAContinuation, (await Complaints.UpdateAsync(v0, 2)).Outcome);

        var other = workflow.Start(id, At.AddHours(1));
        other = workflow.Apply(other, new AcknowledgeEmotion(), At.AddHours(1)).Case;
        other = workflow.Apply(other, new VerifyInformation("B-2"), At.AddHours(1)).Case;
        other = workflow.Apply(other, new OfferSolutions("补发商品", "全额退款"), At.AddHours(1)).Case;
        Assert.Equal(ComplaintSaveOutcome.NotAContinuation, (await Complaints.UpdateAsync(other, 2)).Outcome);

        // A fork from v1 (same opening, other history) is refused too; the stored case is untouched throughout.
        var fork = workflow.Apply(workflow.Apply(v1, new VerifyInformation("C-3"), At.AddMinutes(2)).Case,
            new OfferSolutions("补发商品", "全额退款"), At.AddMinutes(3)).Case;
        Assert.Equal(ComplaintSaveOutcome.NotAContinuation, (await Complaints.UpdateAsync(fork, 2)).Outcome);
        Assert.Equal(ComplaintJson.Serialize(v2), ComplaintJson.Serialize((await Complaints.FindAsync(id))!));

        var v3 = workflow.Apply(v2, new OfferSolutions("补发商品", "全额退款"), At.AddMinutes(3)).Case;
        Assert.True((await Complaints.UpdateAsync(v3, 2)).IsSaved);
    }

    [Fact]
    public async Task Complaint_ConcurrentApply_KeepsEveryAcceptedEvent()
    {
        var workflow = new ComplaintWorkflow();
        var c = workflow.Start(NewId("case"), At);
        await Complaints.AddAsync(c);
        // Eight agents acknowledge at once: exactly one event is accepted, the others are rejected against the newer case.
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            await Complaints.ApplyAsync(workflow, c.Id, new AcknowledgeEmotion(), At, maxAttempts: 50))));
        Assert.Single(results, r => r.IsAccepted);
        var stored = (await Complaints.FindAsync(c.Id))!;
        Assert.Equal(1, stored.Version);
        Assert.Equal(ComplaintState.EmotionAcknowledged, stored.State);
    }
}

public sealed class InMemoryStoreConformanceTests : StoreConformanceTests
{
    protected override IConversationStore Conversations { get; } = new InMemoryConversationStore();

    protected override IComplaintStore Complaints { get; } = new InMemoryComplaintStore();
}
