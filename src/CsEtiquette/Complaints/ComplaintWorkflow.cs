using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CsEtiquette.Internal;

namespace CsEtiquette.Complaints;

/// <summary>
/// The complaint workflow (投诉处理四步法): 接纳情绪 (acknowledge the emotion) → 核实信息 (verify the information) →
/// 解决方案 (offer 2–3 solutions, the customer chooses, resolve) → 闭环跟进 (follow up within 24 hours, then close),
/// with escalation (辱骂, 恶意投诉, policy exceptions, unresolved) and withdrawal. A pure state machine: every decision
/// comes from the rows of <see cref="ComplaintTransitionTable.Default"/> (each row carries its guard and its effect),
/// the next step from one row per state; cases are immutable values. It renders no reply template: the adapter
/// <c>CsEtiquette.Templates.ComplaintReplySuggester</c> (or the <c>NextStep</c> extension beside it) turns a
/// <see cref="ComplaintStepPlan"/> into a suggested reply. Stateless and thread-safe: one instance may serve every
/// case concurrently.
/// </summary>
public sealed class ComplaintWorkflow : IComplaintWorkflow
{
    private readonly TimeProvider _time;
    private readonly TimeSpan _followUpWindow;
    private readonly int _minOptions;
    private readonly int _maxOptions;
    private readonly ComplaintReplyCatalog _replies;
    private readonly HashSet<string> _overridden;

    /// <summary>Creates a workflow with the default options (24-hour follow-up, 2–3 options) and the system clock.</summary>
    public ComplaintWorkflow()
        : this(null, null)
    {
    }

    /// <summary>Creates a workflow.</summary>
    /// <param name="options">The options, or null for the defaults; validated and copied.</param>
    /// <param name="timeProvider">The clock for the overloads without a time, or null for <see cref="TimeProvider.System"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> is invalid; the message names each bad option
    /// (see <see cref="ComplaintOptions.Validate"/>).</exception>
    public ComplaintWorkflow(ComplaintOptions? options, TimeProvider? timeProvider = null)
    {
        options ??= new ComplaintOptions();
        var errors = options.Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors), nameof(options));
        }

        _time = timeProvider ?? TimeProvider.System;
        _followUpWindow = options.FollowUpWindow;
        _minOptions = options.MinSolutionOptions;
        _maxOptions = options.MaxSolutionOptions;
        _replies = (options.ReplyCatalog ?? ComplaintReplyCatalog.Default).With(options.Replies);
        _overridden = new HashSet<string>(options.Replies.Keys, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public ComplaintTransitionTable Transitions => ComplaintTransitionTable.Default;

    /// <summary>The follow-up window in effect (<see cref="ComplaintOptions.FollowUpWindow"/>).</summary>
    public TimeSpan FollowUpWindow => _followUpWindow;

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    public ComplaintCase Start(string id) => Start(id, _time.GetUtcNow());

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="id"/> is null or blank.</exception>
    public ComplaintCase Start(string id, DateTimeOffset openedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return new ComplaintCase(id, openedAt);
    }

    /// <inheritdoc />
    public ComplaintApplyResult Apply(ComplaintCase complaint, ComplaintEvent complaintEvent) =>
        Apply(complaint, complaintEvent, _time.GetUtcNow());

    /// <inheritdoc />
    public ComplaintApplyResult Apply(ComplaintCase complaint, ComplaintEvent complaintEvent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(complaintEvent);
        var c = complaint;
        var e = complaintEvent;
        var table = Transitions;

        if (table.IsTerminal(c.State))
        {
            return Reject(c, e, ComplaintRejectionReason.CaseClosed,
                $"The case is {c.State}; a closed case accepts nothing (not even {e.Trigger}). Open a new case instead.");
        }

        if (now < c.UpdatedAt)
        {
            return Reject(c, e, ComplaintRejectionReason.TimeBeforeLastUpdate,
                $"{e.Trigger} at {Format(now)} is earlier than the case's last update at {Format(c.UpdatedAt)}; events must be applied in time order.");
        }

        var rows = table.Find(c.State, e.Trigger);
        if (rows.IsEmpty)
        {
            return RejectWrongOrder(c, e, table);
        }

        var invalid = ValidatePayload(c, e);
        if (invalid is { } problem)
        {
            return problem;
        }

        ComplaintTransition? row = null;
        foreach (var r in rows)
        {
            if (r.Holds(c, e))
            {
                row = r;
                break;
            }
        }

        if (row is null)
        {
            // Only Escalate in Escalated has a guard that can fail.
            return Reject(c, e, ComplaintRejectionReason.AlreadyEscalated,
                $"The case is already escalated to {c.Escalation?.Target}; only an escalation from the supervisor to the platform is accepted now.");
        }

        // now + window past year 9999 would throw (in UTC or in the offset's clock time): a rejection, never an exception.
        if (e is Resolve && !CanAdd(now, _followUpWindow))
        {
            return Reject(c, e, ComplaintRejectionReason.TimeOutOfRange,
                $"Resolve at {Format(now)} leaves no room for the {FormatWindow(_followUpWindow)} follow-up before the end of the calendar (9999-12-31).");
        }

        var version = c.Version + 1;
        var advanced = c with
        {
            State = row.To,
            UpdatedAt = now,
            Version = version,
            History = c.History.Add(new ComplaintHistoryEntry(version, now, c.State, row.To, e)),
        };
        var next = row.Effect(advanced, e, new TransitionContext(c, now, _followUpWindow));
        return ComplaintApplyResult.Accepted(next, e, $"{e.Trigger}: {c.State} → {row.To} (version {version}).");
    }

    private static bool CanAdd(DateTimeOffset at, TimeSpan span)
    {
        var max = DateTimeOffset.MaxValue.UtcTicks;
        return span.Ticks <= 0 || (at.UtcTicks <= max - span.Ticks && at.Ticks <= max - span.Ticks);
    }

    /// <inheritdoc />
    public bool IsFollowUpOverdue(ComplaintCase complaint) => IsFollowUpOverdue(complaint, _time.GetUtcNow());

    /// <inheritdoc />
    public bool IsFollowUpOverdue(ComplaintCase complaint, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return complaint.State == ComplaintState.Resolved && complaint.FollowUpDueAt is { } due && now > due;
    }

    /// <inheritdoc />
    /// <remarks>
    /// The step of each state, its complaint-pack reply and the template that fits it come from one row per state:
    /// Opened → <c>apology.general</c>, EmotionAcknowledged → <c>guidance.order-and-photos</c>, InformationVerified and
    /// SolutionsOffered → <c>choice.offer</c> (the seeds' example options, then the offered ones), Resolved →
    /// <c>followup.24h</c>, FollowedUp → <c>closing.general</c>, Escalated for abuse → <c>abuse.calm-reply</c>, for a
    /// policy exception or an unresolved case → <c>handover.specialist</c> (主管 / 平台专员 within the follow-up window).
    /// The rest use the embedded pack <c>complaint-replies.zh-CN.json</c> (<c>complaint.resolve</c>,
    /// <c>complaint.withdrawn-close</c>, <c>complaint.escalated.malicious</c>), as does any state whose
    /// <c>complaint.*</c> reply is overridden in <see cref="ComplaintOptions.Replies"/> (then
    /// <see cref="ComplaintStepPlan.TemplateId"/> is null). The variant seed is a pure function of the case id and the
    /// turn is the version, so the same case gets the same reply and consecutive steps vary (避免机械话术).
    /// </remarks>
    public ComplaintStepPlan PlanNextStep(ComplaintCase complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var c = complaint;
        var seed = (long)(Fnv1a.Hash64(c.Id) >> 1); // stable across processes, non-negative
        if (!ComplaintSteps.ByState.TryGetValue(c.State, out var row))
        {
            return new ComplaintStepPlan(null, "The case is closed; nothing is left to do.", string.Empty, string.Empty,
                null, ImmutableDictionary<string, string>.Empty, [], null, seed, c.Version, c.UpdatedAt);
        }

        var settings = new StepSettings(_minOptions, _maxOptions, _followUpWindow);
        var replyId = row.ReplyId(c);
        var window = _followUpWindow;
        var packReply = _replies.Render(replyId, slot => ComplaintSteps.PackSlot(c, slot, window));
        var templateId = _overridden.Contains(replyId) ? null : row.TemplateId(c);
        return new ComplaintStepPlan(
            row.Action,
            row.Description(c, settings),
            replyId,
            packReply,
            templateId,
            templateId is null || row.TemplateSlots is null ? ImmutableDictionary<string, string>.Empty : row.TemplateSlots(c, settings),
            templateId is null || row.Choices is null ? [] : row.Choices(c),
            row.HasDueTime ? c.FollowUpDueAt : null,
            seed,
            c.Version,
            c.UpdatedAt);
    }

    /// <summary>“24小时”, “90分钟”: a concrete time span for replies (具体时间节点).</summary>
    internal static string FormatWindow(TimeSpan window) => ComplaintSteps.FormatWindow(window);

    private ComplaintApplyResult? ValidatePayload(ComplaintCase c, ComplaintEvent e)
    {
        switch (e)
        {
            case VerifyInformation v:
                if (string.IsNullOrWhiteSpace(v.OrderNumber))
                {
                    return Reject(c, e, ComplaintRejectionReason.OrderNumberMissing,
                        "VerifyInformation needs the order number (订单号): ask “您方便告诉我订单号吗？” before verifying.");
                }

                foreach (var f in v.Facts)
                {
                    if (string.IsNullOrWhiteSpace(f))
                    {
                        return Reject(c, e, ComplaintRejectionReason.BlankFact,
                            "VerifyInformation has a blank fact; give each verified fact as text or leave it out.");
                    }
                }

                break;

            case OfferSolutions o:
                return ValidateOptions(c, o);

            case ChooseSolution s when (uint)s.Index >= (uint)c.OfferedOptions.Length:
                return Reject(c, e, ComplaintRejectionReason.OptionIndexOutOfRange,
                    string.Create(CultureInfo.InvariantCulture,
                        $"ChooseSolution index {s.Index} is outside the {c.OfferedOptions.Length} offered options (0–{c.OfferedOptions.Length - 1})."));

            case Escalate x when !Enum.IsDefined(x.Reason) || !Enum.IsDefined(x.Target):
                return Reject(c, e, ComplaintRejectionReason.InvalidEscalation,
                    $"Escalate needs a defined reason (Abuse, Malicious, PolicyException, Unresolved) and target (Supervisor, Platform), not {x.Reason}/{x.Target}.");
        }

        return null;
    }

    private ComplaintApplyResult? ValidateOptions(ComplaintCase c, OfferSolutions o)
    {
        var options = o.Options;
        for (var i = 0; i < options.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(options[i]))
            {
                return Reject(c, o, ComplaintRejectionReason.BlankOption,
                    string.Create(CultureInfo.InvariantCulture, $"Option {i} of OfferSolutions is blank; every option needs a concrete text such as “补发商品，预计3天到达”."));
            }
        }

        if (options.Length < _minOptions)
        {
            return Reject(c, o, ComplaintRejectionReason.TooFewOptions,
                string.Create(CultureInfo.InvariantCulture,
                    $"OfferSolutions has {options.Length} option(s); offer {_minOptions}–{_maxOptions} so the customer can choose (e.g. 补发商品，预计3天到达 / 全额退款，1-3个工作日退回原账户)."));
        }

        if (options.Length > _maxOptions)
        {
            return Reject(c, o, ComplaintRejectionReason.TooManyOptions,
                string.Create(CultureInfo.InvariantCulture,
                    $"OfferSolutions has {options.Length} options; offer at most {_maxOptions} so the choice stays clear."));
        }

        for (var i = 0; i < options.Length; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (options[i].AsSpan().Trim().SequenceEqual(options[j].AsSpan().Trim()))
                {
                    return Reject(c, o, ComplaintRejectionReason.DuplicateOptions,
                        string.Create(CultureInfo.InvariantCulture,
                            $"Options {j} and {i} of OfferSolutions are the same (“{options[i].Trim()}”); the options must be distinct."));
                }
            }
        }

        return null;
    }

    private static ComplaintApplyResult RejectWrongOrder(ComplaintCase c, ComplaintEvent e, ComplaintTransitionTable table)
    {
        var rank = table.MainPathStates.IndexOf(c.State);
        var required = table.MainPath.IndexOf(e.Trigger);
        if (rank >= 0 && required > rank)
        {
            var first = table.MainPath[rank];
            var sb = new StringBuilder();
            sb.Append(StepName(first)).Append(" must come first");
            for (var i = rank + 1; i < required; i++)
            {
                sb.Append(i == rank + 1 ? ", then " : ", ").Append(StepName(table.MainPath[i]));
            }

            sb.Append(", before ").Append(StepName(e.Trigger)).Append(": ").Append(Why(first));
            if (e.Trigger == ComplaintTrigger.Close)
            {
                sb.Append(" A case closes only after a satisfied follow-up or a withdrawal.");
            }

            return Reject(c, e, MissingStepReason(first), sb.ToString());
        }

        var permitted = table.PermittedTriggers(c.State);
        var hint = e.Trigger == ComplaintTrigger.Close
            ? " A case closes only after a satisfied follow-up or a withdrawal."
            : string.Empty;
        return Reject(c, e, ComplaintRejectionReason.NotAllowedInState,
            $"{e.Trigger} is not accepted in state {c.State}; accepted here: {string.Join(", ", permitted)}.{hint}");
    }

    private static string StepName(ComplaintTrigger t) => ComplaintSteps.ByTrigger[t].Name;

    private static string Why(ComplaintTrigger first) => ComplaintSteps.ByTrigger[first].Why;

    private static ComplaintRejectionReason MissingStepReason(ComplaintTrigger step) => ComplaintSteps.ByTrigger[step].MissingReason;

    private static ComplaintApplyResult Reject(ComplaintCase c, ComplaintEvent e, ComplaintRejectionReason reason,
        string message) => ComplaintApplyResult.Rejected(c, e, reason, message);

    private static string Format(DateTimeOffset t) => ComplaintSteps.Format(t);
}
