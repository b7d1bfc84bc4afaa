namespace CsEtiquette.Complaints;

/// <summary>
/// Why <see cref="IComplaintWorkflow.Apply(ComplaintCase, ComplaintEvent, DateTimeOffset)"/> rejected an event.
/// The first six codes name the step that must come first (the first missing step of the four-step method).
/// </summary>
public enum ComplaintRejectionReason
{
    /// <summary>接纳情绪 must come first: apologise (AcknowledgeEmotion) before verifying or offering anything.</summary>
    EmotionNotAcknowledged,

    /// <summary>核实信息 must come first: verify the order number and facts before offering solutions.</summary>
    InformationNotVerified,

    /// <summary>Solutions must be offered before the customer can choose one.</summary>
    SolutionsNotOffered,

    /// <summary>The customer must choose a solution before the case is resolved.</summary>
    SolutionNotChosen,

    /// <summary>The case must be resolved before the follow-up.</summary>
    NotResolved,

    /// <summary>闭环跟进 must come first: a case closes only after a satisfied follow-up or a withdrawal.</summary>
    NotFollowedUp,

    /// <summary>The event is not accepted in the current state and no missing step explains it (e.g. a repeated
    /// step, or Withdraw after the resolution); the message lists the events that are accepted.</summary>
    NotAllowedInState,

    /// <summary>The case is closed; a closed case accepts nothing.</summary>
    CaseClosed,

    /// <summary>The order number of <see cref="VerifyInformation"/> is null or blank.</summary>
    OrderNumberMissing,

    /// <summary>A fact of <see cref="VerifyInformation"/> is null or blank.</summary>
    BlankFact,

    /// <summary><see cref="OfferSolutions"/> has fewer options than <see cref="ComplaintOptions.MinSolutionOptions"/>
    /// (never just one: 提供2-3个可行的解决方案).</summary>
    TooFewOptions,

    /// <summary><see cref="OfferSolutions"/> has more options than <see cref="ComplaintOptions.MaxSolutionOptions"/>.</summary>
    TooManyOptions,

    /// <summary>Two offered options are the same text (after trimming); the options must be distinct.</summary>
    DuplicateOptions,

    /// <summary>An offered option is null or blank.</summary>
    BlankOption,

    /// <summary><see cref="ChooseSolution.Index"/> is outside the offered options.</summary>
    OptionIndexOutOfRange,

    /// <summary>The reason or target of <see cref="Escalate"/> is not a defined value.</summary>
    InvalidEscalation,

    /// <summary>The case is already escalated to that target (only supervisor → platform is accepted).</summary>
    AlreadyEscalated,

    /// <summary>The event's time is earlier than the case's last update (<see cref="ComplaintCase.UpdatedAt"/>);
    /// history is kept in time order.</summary>
    TimeBeforeLastUpdate,

    /// <summary>
    /// A time the case cannot hold: <c>Resolve</c> so close to <see cref="DateTimeOffset.MaxValue"/> that the follow-up
    /// time (<see cref="ComplaintCase.FollowUpDueAt"/>) would pass the end of the calendar.
    /// </summary>
    TimeOutOfRange,
}
