using CsEtiquette.Complaints;
using CsEtiquette.Templates;
using static CsEtiquette.Tests.Complaints.ComplaintTestKit;
using Microsoft.Extensions.Time.Testing;

namespace CsEtiquette.Tests.Complaints;

public sealed class ComplaintWorkflowTests
{
    private readonly ComplaintWorkflow _wf = new();

    [Fact]
    public void FourSteps_HappyPath_ReachesClosed_WithVersionPerEvent()
    {
        var c = Replay(_wf, [.. ToResolved(), new FollowUp(true), new Close()]);
        Assert.Equal(ComplaintState.Closed, c.State);
        Assert.Equal(7, c.Version);
        Assert.Equal(7, c.History.Length);
        Assert.Equal("202611240001", c.OrderNumber);
        Assert.Equal(["外包装破损"], c.Facts.ToArray());
        Assert.Equal(TwoOptions, c.OfferedOptions.ToArray());
        Assert.Equal(TwoOptions[0], c.ChosenOption);
        Assert.Equal(T0.AddMinutes(5), c.ResolvedAt);
        Assert.Equal(T0.AddMinutes(7), c.ClosedAt);
        Assert.Null(c.FollowUpDueAt);
        Assert.True(c.IsTerminal);
        Assert.Equal(
            [ComplaintState.Opened, ComplaintState.EmotionAcknowledged, ComplaintState.InformationVerified,
             ComplaintState.SolutionsOffered, ComplaintState.SolutionChosen, ComplaintState.Resolved, ComplaintState.FollowedUp],
            c.History.Select(h => h.From));
        Assert.Equal(Enumerable.Range(1, 7), c.History.Select(h => h.Version));
    }

    [Fact]
    public void Resolve_SetsFollowUpDue_24HoursLater_ByDefault()
    {
        var c = Replay(_wf, ToResolved());
        Assert.Equal(ComplaintState.Resolved, c.State);
        Assert.Equal(T0.AddMinutes(5).AddHours(24), c.FollowUpDueAt);
    }

    [Fact]
    public void FollowUpWindow_IsConfigurable()
    {
        var wf = new ComplaintWorkflow(new ComplaintOptions { FollowUpWindow = TimeSpan.FromHours(4) });
        var c = Replay(wf, ToResolved());
        Assert.Equal(T0.AddMinutes(5).AddHours(4), c.FollowUpDueAt);
        Assert.Contains("4小时", wf.NextStep(Replay(wf, Prefix(4))).SuggestedReply);
    }

    [Fact]
    public void IsFollowUpOverdue_OnlyAfterDueTime_AndOnlyWhileResolved()
    {
        var c = Replay(_wf, ToResolved());
        var due = c.FollowUpDueAt!.Value;
        Assert.False(_wf.IsFollowUpOverdue(c, due.AddMinutes(-1)));
        Assert.False(_wf.IsFollowUpOverdue(c, due));
        Assert.True(_wf.IsFollowUpOverdue(c, due.AddTicks(1)));
        var followed = _wf.Apply(c, new FollowUp(true), due.AddHours(1));
        Assert.True(followed.IsAccepted); // a late follow-up is still accepted
        Assert.False(_wf.IsFollowUpOverdue(followed.Case, due.AddDays(3)));
        Assert.False(_wf.IsFollowUpOverdue(_wf.Start("x", T0), T0.AddDays(10)));
    }

    [Fact]
    public void TimeProvider_IsUsed_ByOverloadsWithoutTime()
    {
        var clock = new FakeTimeProvider(T0);
        var wf = new ComplaintWorkflow(null, clock);
        var c = wf.Start("c");
        Assert.Equal(T0, c.OpenedAt);
        clock.SetUtcNow(T0.AddMinutes(3));
        c = wf.Apply(c, new AcknowledgeEmotion()).Case;
        Assert.Equal(T0.AddMinutes(3), c.UpdatedAt);
        c = Replay(wf, ToResolved());
        clock.SetUtcNow(c.FollowUpDueAt!.Value.AddSeconds(1));
        Assert.True(wf.IsFollowUpOverdue(c));
    }

    [Fact]
    public void FollowUp_NotSatisfied_ReopensAtInformationVerified_ClearingTheOffer()
    {
        var c = Replay(_wf, [.. ToResolved(), new FollowUp(false)]);
        Assert.Equal(ComplaintState.InformationVerified, c.State);
        Assert.Empty(c.OfferedOptions);
        Assert.Null(c.ChosenOptionIndex);
        Assert.Null(c.FollowUpDueAt);
        Assert.Equal("202611240001", c.OrderNumber);
        c = Replay(_wf, [.. ToResolved(), new FollowUp(false), new OfferSolutions("换新，明天发出", "部分退款30元，即时到账")]);
        Assert.Equal(ComplaintState.SolutionsOffered, c.State);
    }

    [Fact]
    public void FollowUp_NotSatisfied_AfterEscalationWithoutVerification_ReopensAtOpened()
    {
        var c = Replay(_wf, new Escalate(EscalationReason.Abuse, EscalationTarget.Supervisor), new Resolve("主管已处理"),
            new FollowUp(false));
        Assert.Equal(ComplaintState.Opened, c.State);
    }

    [Fact]
    public void VerifyInformation_Again_MergesFacts_AndCorrectsOrderNumber()
    {
        var c = Replay(_wf, new AcknowledgeEmotion(), new VerifyInformation(" 1001 ", "破损"),
            new VerifyInformation("1002", "破损", "少件"));
        Assert.Equal("1002", c.OrderNumber);
        Assert.Equal(["破损", "少件"], c.Facts.ToArray());
    }

    [Fact]
    public void OfferSolutions_Again_ReplacesOptions()
    {
        var c = Replay(_wf, new AcknowledgeEmotion(), new VerifyInformation("1"), new OfferSolutions(TwoOptions),
            new OfferSolutions(" 换新 ", "退款", "补偿10元优惠券"));
        Assert.Equal(["换新", "退款", "补偿10元优惠券"], c.OfferedOptions.ToArray());
    }

    [Fact]
    public void Escalation_RecordsReasonTargetTimeAndSourceState()
    {
        var c = Replay(_wf, new AcknowledgeEmotion(), new Escalate(EscalationReason.Malicious, EscalationTarget.Platform, "规则3.2"));
        Assert.Equal(ComplaintState.Escalated, c.State);
        Assert.Equal(new ComplaintEscalation(EscalationReason.Malicious, EscalationTarget.Platform, T0.AddMinutes(2),
            ComplaintState.EmotionAcknowledged, "规则3.2"), c.Escalation);
    }

    [Fact]
    public void Escalated_AcceptsResolve_ThenFollowUpIsStillRequiredBeforeClose()
    {
        var c = Replay(_wf, new AcknowledgeEmotion(), new Escalate(EscalationReason.PolicyException, EscalationTarget.Supervisor),
            new Resolve("主管特批退货"));
        Assert.Equal(ComplaintState.Resolved, c.State);
        Assert.NotNull(c.FollowUpDueAt);
        var close = _wf.Apply(c, new Close(), T0.AddHours(1));
        Assert.Equal(ComplaintRejectionReason.NotFollowedUp, close.Reason);
    }

    [Fact]
    public void Escalated_SupervisorToPlatform_IsAccepted_ButNotTheOtherWay()
    {
        var c = Replay(_wf, new Escalate(EscalationReason.Unresolved, EscalationTarget.Supervisor),
            new Escalate(EscalationReason.Malicious, EscalationTarget.Platform));
        Assert.Equal(EscalationTarget.Platform, c.Escalation!.Target);
        Assert.Equal(ComplaintState.Escalated, c.Escalation.FromState);
        var again = _wf.Apply(c, new Escalate(EscalationReason.Abuse, EscalationTarget.Supervisor), T0.AddHours(1));
        Assert.Equal(ComplaintRejectionReason.AlreadyEscalated, again.Reason);
    }

    [Fact]
    public void Withdrawn_ThenClose_IsAccepted()
    {
        var c = Replay(_wf, new AcknowledgeEmotion(), new Withdraw("客户已自行解决"), new Close());
        Assert.Equal(ComplaintState.Closed, c.State);
    }

    [Fact]
    public void Rejection_LeavesCaseUnchanged_AndNeverThrows()
    {
        var c = _wf.Start("c", T0);
        var r = _wf.Apply(c, new OfferSolutions(TwoOptions), T0.AddMinutes(1));
        Assert.False(r.IsAccepted);
        Assert.Same(c, r.Case);
        Assert.Equal(0, r.Case.Version);
        Assert.Empty(r.Case.History);
    }

    [Fact]
    public void WrongOrder_Message_SaysWhichStepMustComeFirst()
    {
        var r = _wf.Apply(_wf.Start("c", T0), new OfferSolutions(TwoOptions), T0);
        Assert.Equal(ComplaintRejectionReason.EmotionNotAcknowledged, r.Reason);
        Assert.StartsWith("AcknowledgeEmotion (接纳情绪) must come first, then VerifyInformation (核实信息), before OfferSolutions", r.Message);
    }

    // ---- every reason code ----

    public static TheoryData<string, ComplaintEvent[], ComplaintEvent, ComplaintRejectionReason> Rejections() => new()
    {
        { "verify before acknowledge", [], new VerifyInformation("1"), ComplaintRejectionReason.EmotionNotAcknowledged },
        { "offer before verify", [new AcknowledgeEmotion()], new OfferSolutions(TwoOptions), ComplaintRejectionReason.InformationNotVerified },
        { "choose before offer", Prefix(2), new ChooseSolution(0), ComplaintRejectionReason.SolutionsNotOffered },
        { "resolve before choose", Prefix(3), new Resolve(), ComplaintRejectionReason.SolutionNotChosen },
        { "follow up before resolve", Prefix(4), new FollowUp(true), ComplaintRejectionReason.NotResolved },
        { "close before follow up", Prefix(5), new Close(), ComplaintRejectionReason.NotFollowedUp },
        { "acknowledge twice", Prefix(1), new AcknowledgeEmotion(), ComplaintRejectionReason.NotAllowedInState },
        { "withdraw after resolve", Prefix(5), new Withdraw(), ComplaintRejectionReason.NotAllowedInState },
        { "close while escalated", [new Escalate(EscalationReason.Abuse, EscalationTarget.Supervisor)], new Close(), ComplaintRejectionReason.NotAllowedInState },
        { "anything after close", [new Withdraw(), new Close()], new AcknowledgeEmotion(), ComplaintRejectionReason.CaseClosed },
        { "blank order number", Prefix(1), new VerifyInformation("  "), ComplaintRejectionReason.OrderNumberMissing },
        { "null order number", Prefix(1), new VerifyInformation(null!, System.Collections.Immutable.ImmutableArray<string>.Empty), ComplaintRejectionReason.OrderNumberMissing },
        { "blank fact", Prefix(1), new VerifyInformation("1", "破损", " "), ComplaintRejectionReason.BlankFact },
        { "one option", Prefix(2), new OfferSolutions("全额退款"), ComplaintRejectionReason.TooFewOptions },
        { "no option", Prefix(2), new OfferSolutions(), ComplaintRejectionReason.TooFewOptions },
        { "four options", Prefix(2), new OfferSolutions("a", "b", "c", "d"), ComplaintRejectionReason.TooManyOptions },
        { "duplicate options", Prefix(2), new OfferSolutions("全额退款", " 全额退款"), ComplaintRejectionReason.DuplicateOptions },
        { "blank option", Prefix(2), new OfferSolutions("全额退款", ""), ComplaintRejectionReason.BlankOption },
        { "index too large", Prefix(3), new ChooseSolution(2), ComplaintRejectionReason.OptionIndexOutOfRange },
        { "negative index", Prefix(3), new ChooseSolution(-1), ComplaintRejectionReason.OptionIndexOutOfRange },
        { "undefined reason", [], new Escalate((EscalationReason)42, EscalationTarget.Supervisor), ComplaintRejectionReason.InvalidEscalation },
        { "undefined target", [], new Escalate(EscalationReason.Abuse, (EscalationTarget)7), ComplaintRejectionReason.InvalidEscalation },
        { "platform to supervisor", [new Escalate(EscalationReason.Abuse, EscalationTarget.Platform)], new Escalate(EscalationReason.Abuse, EscalationTarget.Supervisor), ComplaintRejectionReason.AlreadyEscalated },
        { "supervisor twice", [new Escalate(EscalationReason.Abuse, EscalationTarget.Supervisor)], new Escalate(EscalationReason.Abuse, EscalationTarget.Supervisor), ComplaintRejectionReason.AlreadyEscalated },
    };

    [Theory]
    [MemberData(nameof(Rejections))]
    public void Apply_Rejects_WithReasonCode(string scenario, ComplaintEvent[] before, ComplaintEvent e, ComplaintRejectionReason expected)
    {
        var c = Replay(_wf, before);
        var r = _wf.Apply(c, e, c.UpdatedAt.AddMinutes(1));
        Assert.False(r.IsAccepted, scenario);
        Assert.Equal(expected, r.Reason);
        Assert.False(string.IsNullOrWhiteSpace(r.Message));
        Assert.Same(c, r.Case);
    }

    [Fact]
    public void Apply_Rejects_EventEarlierThanLastUpdate()
    {
        var c = Replay(_wf, new AcknowledgeEmotion());
        var r = _wf.Apply(c, new VerifyInformation("1"), c.UpdatedAt.AddSeconds(-1));
        Assert.Equal(ComplaintRejectionReason.TimeBeforeLastUpdate, r.Reason);
        Assert.True(_wf.Apply(c, new VerifyInformation("1"), c.UpdatedAt).IsAccepted); // same instant is fine
    }

    [Fact]
    public void EveryReasonCode_IsCoveredByATest()
    {
        var covered = Rejections().Select(row => (ComplaintRejectionReason)row[3]).ToHashSet();
        covered.Add(ComplaintRejectionReason.TimeBeforeLastUpdate);
        covered.Add(ComplaintRejectionReason.TimeOutOfRange); // Security/ComplaintHardeningTests
        Assert.Equal(Enum.GetValues<ComplaintRejectionReason>().Order(), covered.Order());
    }

    [Fact]
    public void Options_AreConfigurable_ForMaxSolutionOptions()
    {
        var wf = new ComplaintWorkflow(new ComplaintOptions { MaxSolutionOptions = 4 });
        Assert.True(wf.Apply(Replay(wf, Prefix(2)), new OfferSolutions("a", "b", "c", "d"), T0.AddHours(1)).IsAccepted);
    }

    [Fact]
    public void Start_RejectsBlankId_AndNulls()
    {
        Assert.Throws<ArgumentException>(() => _wf.Start(" ", T0));
        Assert.Throws<ArgumentNullException>(() => _wf.Start(null!, T0));
        Assert.Throws<ArgumentNullException>(() => _wf.Apply(null!, new Close(), T0));
        Assert.Throws<ArgumentNullException>(() => _wf.Apply(_wf.Start("a", T0), null!, T0));
    }

    [Fact]
    public void PermittedTriggers_FollowTheTable()
    {
        var t = ComplaintTransitionTable.Default;
        Assert.Equal([ComplaintTrigger.AcknowledgeEmotion, ComplaintTrigger.Escalate, ComplaintTrigger.Withdraw], t.PermittedTriggers(ComplaintState.Opened).ToArray());
        Assert.Equal([ComplaintTrigger.Resolve, ComplaintTrigger.Escalate, ComplaintTrigger.Withdraw], t.PermittedTriggers(ComplaintState.Escalated).ToArray());
        Assert.Empty(t.PermittedTriggers(ComplaintState.Closed));
        Assert.Equal([ComplaintState.Closed], t.TerminalStates.ToArray());
    }
}
