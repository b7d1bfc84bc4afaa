using CsEtiquette.Complaints;
using CsEtiquette.Templates;

namespace CsEtiquette.Tests.Complaints;

public sealed class ComplaintOptionsTests
{
    [Fact]
    public void Defaults_AreValid_24Hours_TwoToThreeOptions()
    {
        var o = new ComplaintOptions();
        Assert.Empty(o.Validate());
        Assert.Equal(TimeSpan.FromHours(24), o.FollowUpWindow);
        Assert.Equal(2, o.MinSolutionOptions);
        Assert.Equal(3, o.MaxSolutionOptions);
    }

    [Theory]
    [InlineData(0, 2, 3, "ComplaintOptions.FollowUpWindow")]
    [InlineData(-60, 2, 3, "ComplaintOptions.FollowUpWindow")]
    [InlineData(60 * 24 * 31, 2, 3, "ComplaintOptions.FollowUpWindow")]
    [InlineData(60, 1, 3, "ComplaintOptions.MinSolutionOptions")]
    [InlineData(60, 3, 2, "ComplaintOptions.MaxSolutionOptions")]
    [InlineData(60, 2, 10, "ComplaintOptions.MaxSolutionOptions")]
    public void Invalid_Options_AreNamed_InValidate_AndConstructor(int minutes, int min, int max, string named)
    {
        var o = new ComplaintOptions { FollowUpWindow = TimeSpan.FromMinutes(minutes), MinSolutionOptions = min, MaxSolutionOptions = max };
        Assert.Contains(o.Validate(), m => m.StartsWith(named, StringComparison.Ordinal));
        var ex = Assert.Throws<ArgumentException>(() => new ComplaintWorkflow(o));
        Assert.Contains(named, ex.Message);
    }

    [Fact]
    public void Replies_Override_IsValidated_ByIdAndSlot()
    {
        var o = new ComplaintOptions();
        o.Replies["complaint.nope"] = "您好";
        o.Replies["complaint.follow-up"] = "您好，{customer}";
        var errors = o.Validate();
        Assert.Contains(errors, m => m.Contains("Replies[\"complaint.nope\"]", StringComparison.Ordinal) && m.Contains("unknown reply id", StringComparison.Ordinal));
        Assert.Contains(errors, m => m.Contains("Replies[\"complaint.follow-up\"]", StringComparison.Ordinal) && m.Contains("{customer}", StringComparison.Ordinal));
    }

    [Fact]
    public void Replies_Override_IsUsedByNextStep()
    {
        var o = new ComplaintOptions();
        o.Replies["complaint.acknowledge-emotion"] = "亲，非常抱歉给您添麻烦了，{window}内一定给您答复~";
        var wf = new ComplaintWorkflow(o);
        Assert.Equal("亲，非常抱歉给您添麻烦了，24小时内一定给您答复~", wf.NextStep(wf.Start("c", ComplaintTestKit.T0)).SuggestedReply);
    }

    [Fact]
    public void Workflow_CopiesOptions_LaterChangesHaveNoEffect()
    {
        var o = new ComplaintOptions();
        var wf = new ComplaintWorkflow(o);
        o.FollowUpWindow = TimeSpan.FromHours(1);
        Assert.Equal(TimeSpan.FromHours(24), wf.FollowUpWindow);
    }
}
