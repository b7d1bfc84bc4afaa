using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using CsEtiquette.Templates;

namespace CsEtiquette.Complaints;

/// <summary>
/// The complaint workflow (投诉处理四步法): 接纳情绪 (acknowledge the emotion) → 核实信息 (verify the information) →
/// 解决方案 (offer 2–3 solutions, the customer chooses, resolve) → 闭环跟进 (follow up within 24 hours, then close),
/// with escalation (辱骂, 恶意投诉, policy exceptions, unresolved) and withdrawal. Decisions come from
/// <see cref="ComplaintTransitionTable.Default"/>; cases are immutable values. Stateless and thread-safe: one instance
/// may serve every case concurrently.
/// </summary>
public sealed class ComplaintWorkflow : IComplaintWorkflow
{
    private static readonly string[] ChineseNumerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];

    private readonly TimeProvider _time;
    private readonly TimeSpan _followUpWindow;
    private readonly int _minOptions;
    private readonly int _maxOptions;
    private readonly ComplaintReplyCatalog _replies;
    private readonly HashSet<string> _overridden;
    private readonly ITemplateRenderer _templates;

    // The seeds' example offer (解决方案), suggested before the agent has composed options of their own.
    private static readonly string[] SeedOptions = ["补发商品，预计3天到达", "申请全额退款，款项将在1-3个工作日退回原账户"];

    /// <summary>Creates a workflow with the default options (24-hour follow-up, 2–3 options) and the system clock.</summary>
    public ComplaintWorkflow()
        : this(null, null, null)
    {
    }

    /// <summary>Creates a workflow.</summary>
    /// <param name="options">The options, or null for the defaults; validated and copied.</param>
    /// <param name="timeProvider">The clock for the overloads without a time, or null for <see cref="TimeProvider.System"/>.</param>
    /// <param name="templates">The template renderer for suggested replies (话术模板), or null for
    /// <see cref="TemplateRenderer.Default"/>; see <see cref="NextStep"/> for the templates used.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> is invalid; the message names each bad option
    /// (see <see cref="ComplaintOptions.Validate"/>).</exception>
    public ComplaintWorkflow(ComplaintOptions? options, TimeProvider? timeProvider = null, ITemplateRenderer? templates = null)
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
        _replies = ComplaintReplyCatalog.Default.With(options.Replies);
        _overridden = new HashSet<string>(options.Replies.Keys, StringComparer.Ordinal);
        _templates = templates ?? TemplateRenderer.Default;
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
            if (Holds(r.Condition, c, e))
            {
                row = r;
                break;
            }
        }

        if (row is null)
        {
            // Only Escalate in Escalated has a condition that can fail.
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
        var next = c with
        {
            State = row.To,
            UpdatedAt = now,
            Version = version,
            History = c.History.Add(new ComplaintHistoryEntry(version, now, c.State, row.To, e)),
        };
        next = e switch
        {
            VerifyInformation v => next with { OrderNumber = v.OrderNumber.Trim(), Facts = MergeFacts(c.Facts, v.Facts) },
            OfferSolutions o => next with { OfferedOptions = Trimmed(o.Options), ChosenOptionIndex = null },
            ChooseSolution s => next with { ChosenOptionIndex = s.Index },
            Resolve => next with { ResolvedAt = now, FollowUpDueAt = now + _followUpWindow },
            FollowUp { Satisfied: true } => next with { FollowUpDueAt = null },
            FollowUp => next with { FollowUpDueAt = null, OfferedOptions = [], ChosenOptionIndex = null },
            Escalate x => next with
            {
                Escalation = new ComplaintEscalation(x.Reason, x.Target, now, c.State, x.Note),
                FollowUpDueAt = null,
            },
            Close => next with { ClosedAt = now },
            _ => next,
        };

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
    /// Replies come from the template library (<see cref="TemplateIds"/>): Opened → <c>apology.general</c>,
    /// EmotionAcknowledged → <c>guidance.order-and-photos</c>, InformationVerified and SolutionsOffered →
    /// <c>choice.offer</c> (the seeds' example options, then the offered ones), Resolved → <c>followup.24h</c>,
    /// FollowedUp → <c>closing.general</c>, Escalated for abuse → <c>abuse.calm-reply</c>, for a policy exception or
    /// an unresolved case → <c>handover.specialist</c> (主管 / 平台专员 within the follow-up window). The rest come from
    /// the embedded pack <c>complaint-replies.zh-CN.json</c> (<c>complaint.resolve</c>, <c>complaint.withdrawn-close</c>,
    /// <c>complaint.escalated.malicious</c>), as does any state whose <c>complaint.*</c> reply is overridden in
    /// <see cref="ComplaintOptions.Replies"/>. The template variant is a pure function of the case id and version,
    /// so the same case gets the same reply and consecutive steps vary (避免机械话术).
    /// </remarks>
    public ComplaintNextStep NextStep(ComplaintCase complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var c = complaint;
        return c.State switch
        {
            ComplaintState.Opened => Step(c, ComplaintTrigger.AcknowledgeEmotion,
                "接纳情绪: apologise and acknowledge the customer's feelings before handling the problem.",
                "complaint.acknowledge-emotion", TemplateIds.ApologyGeneral),
            ComplaintState.EmotionAcknowledged => Step(c, ComplaintTrigger.VerifyInformation,
                "核实信息: ask for the order number and the facts with open questions, then verify them.",
                "complaint.verify-information", TemplateIds.GuidanceOrderAndPhotos),
            ComplaintState.InformationVerified => Step(c, ComplaintTrigger.OfferSolutions,
                $"解决方案: offer {_minOptions}–{_maxOptions} distinct options for the customer to choose from.",
                "complaint.offer-solutions", TemplateIds.ChoiceOffer, SeedOptions),
            ComplaintState.SolutionsOffered => Step(c, ComplaintTrigger.ChooseSolution,
                "Wait for the customer to choose one of the offered options (提供选择,而非单方面决定).",
                "complaint.await-choice", c.OfferedOptions.Length is >= 2 and <= 3 ? TemplateIds.ChoiceOffer : null,
                c.OfferedOptions.Length is >= 2 and <= 3 ? [.. c.OfferedOptions] : null),
            ComplaintState.SolutionChosen => Step(c, ComplaintTrigger.Resolve,
                "Carry out the chosen solution and confirm it to the customer.",
                "complaint.resolve", null),
            ComplaintState.Resolved => Step(c, ComplaintTrigger.FollowUp,
                $"闭环跟进: follow up by {Format(c.FollowUpDueAt ?? c.UpdatedAt)} to confirm the customer is satisfied.",
                "complaint.follow-up", TemplateIds.FollowUp24h, dueAt: c.FollowUpDueAt),
            ComplaintState.FollowedUp => Step(c, ComplaintTrigger.Close,
                "The customer is satisfied: thank them and close the case.",
                "complaint.close", TemplateIds.ClosingGeneral),
            ComplaintState.Withdrawn => Step(c, ComplaintTrigger.Close,
                "The customer withdrew the complaint: confirm politely and close the case.",
                "complaint.withdrawn-close", null),
            ComplaintState.Escalated => Step(c, ComplaintTrigger.Resolve,
                $"Escalated to {c.Escalation?.Target} ({c.Escalation?.Reason}): stay calm, tell the customer who takes over and when; resolve when they decide.",
                EscalationReplyId(c.Escalation?.Reason ?? EscalationReason.Unresolved),
                c.Escalation?.Reason switch
                {
                    EscalationReason.Abuse => TemplateIds.AbuseCalmReply,
                    EscalationReason.Malicious => null, // complaint.rule-based-reply needs the rule text, which the case does not hold
                    _ => TemplateIds.HandoverSpecialist,
                }),
            _ => new ComplaintNextStep(null, "The case is closed; nothing is left to do.", string.Empty, string.Empty),
        };
    }

    private ComplaintNextStep Step(ComplaintCase c, ComplaintTrigger action, string description, string replyId,
        string? templateId, string[]? choices = null, DateTimeOffset? dueAt = null)
    {
        if (templateId is null || _overridden.Contains(replyId))
        {
            return new(action, description, replyId, _replies.Render(replyId, slot => SlotValue(c, slot)), dueAt);
        }

        // Same case, same version → same variant; the next step of the same case usually picks another one.
        var context = new RenderContext(c.UpdatedAt) { Seed = StableSeed(c.Id), Turn = c.Version };
        var window = FormatWindow(_followUpWindow);
        if (templateId == TemplateIds.ChoiceOffer)
        {
            try
            {
                var offer = _templates.RenderChoices(choices!, new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["事项"] = c.OrderNumber is null ? "您的订单问题" : $"您订单{c.OrderNumber}的问题",
                }, context);
                return new(action, description, offer.TemplateId, offer.Text, dueAt);
            }
            catch (ArgumentException)
            {
                // The renderer is stricter about options than the workflow (e.g. options that differ only in
                // punctuation); fall back to the embedded reply rather than fail the suggestion.
                return new(action, description, replyId, _replies.Render(replyId, slot => SlotValue(c, slot)), dueAt);
            }
        }

        var reply = templateId switch
        {
            TemplateIds.FollowUp24h => _templates.Render(templateId, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["问题"] = c.OrderNumber is null ? "售后" : $"订单{c.OrderNumber}的",
            }, context),
            TemplateIds.HandoverSpecialist => _templates.Render(templateId, new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["团队"] = SlotValue(c, "target"),
                ["处理时限"] = window,
            }, context),
            _ => _templates.Render(templateId, null, context),
        };
        return new(action, description, reply.TemplateId, reply.Text, dueAt);
    }

    /// <summary>FNV-1a over the id: stable across processes (unlike <see cref="string.GetHashCode()"/>).</summary>
    private static long StableSeed(string id)
    {
        var hash = 14695981039346656037UL;
        foreach (var ch in id)
        {
            hash = (hash ^ ch) * 1099511628211UL;
        }

        return (long)(hash >> 1);
    }

    private string SlotValue(ComplaintCase c, string slot) => slot switch
    {
        "order" => c.OrderNumber is null ? string.Empty : $"订单{c.OrderNumber}的",
        "orderNumber" => c.OrderNumber ?? string.Empty,
        "options" => JoinOptions(c.OfferedOptions),
        "chosen" => c.ChosenOption ?? string.Empty,
        "window" => FormatWindow(_followUpWindow),
        "target" => c.Escalation?.Target == EscalationTarget.Platform ? "平台专员" : "主管",
        _ => string.Empty,
    };

    private static string EscalationReplyId(EscalationReason reason) => reason switch
    {
        EscalationReason.Abuse => "complaint.escalated.abuse",
        EscalationReason.Malicious => "complaint.escalated.malicious",
        EscalationReason.PolicyException => "complaint.escalated.policy-exception",
        _ => "complaint.escalated.unresolved",
    };

    private static string JoinOptions(ImmutableArray<string> options)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < options.Length; i++)
        {
            if (i > 0)
            {
                sb.Append('；');
            }

            sb.Append(i < ChineseNumerals.Length ? ChineseNumerals[i] : (i + 1).ToString(CultureInfo.InvariantCulture))
                .Append('是').Append(options[i]);
        }

        return sb.ToString();
    }

    /// <summary>“24小时”, “90分钟”: a concrete time span for replies (具体时间节点).</summary>
    internal static string FormatWindow(TimeSpan window) =>
        window.Ticks % TimeSpan.TicksPerHour == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{(long)window.TotalHours}小时")
            : string.Create(CultureInfo.InvariantCulture, $"{(long)Math.Ceiling(window.TotalMinutes)}分钟");

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

    private static bool Holds(TransitionCondition condition, ComplaintCase c, ComplaintEvent e) => condition switch
    {
        TransitionCondition.Always => true,
        TransitionCondition.Satisfied => e is FollowUp { Satisfied: true },
        TransitionCondition.NotSatisfiedVerified => e is FollowUp { Satisfied: false } && c.OrderNumber is not null,
        TransitionCondition.NotSatisfiedUnverified => e is FollowUp { Satisfied: false } && c.OrderNumber is null,
        TransitionCondition.SupervisorToPlatform =>
            e is Escalate { Target: EscalationTarget.Platform } && c.Escalation?.Target == EscalationTarget.Supervisor,
        _ => false,
    };

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

    private static ComplaintRejectionReason MissingStepReason(ComplaintTrigger step) => step switch
    {
        ComplaintTrigger.AcknowledgeEmotion => ComplaintRejectionReason.EmotionNotAcknowledged,
        ComplaintTrigger.VerifyInformation => ComplaintRejectionReason.InformationNotVerified,
        ComplaintTrigger.OfferSolutions => ComplaintRejectionReason.SolutionsNotOffered,
        ComplaintTrigger.ChooseSolution => ComplaintRejectionReason.SolutionNotChosen,
        ComplaintTrigger.Resolve => ComplaintRejectionReason.NotResolved,
        _ => ComplaintRejectionReason.NotFollowedUp,
    };

    private static string StepName(ComplaintTrigger t) => t switch
    {
        ComplaintTrigger.AcknowledgeEmotion => "AcknowledgeEmotion (接纳情绪)",
        ComplaintTrigger.VerifyInformation => "VerifyInformation (核实信息)",
        ComplaintTrigger.OfferSolutions => "OfferSolutions (解决方案)",
        ComplaintTrigger.ChooseSolution => "ChooseSolution (客户选择方案)",
        ComplaintTrigger.Resolve => "Resolve (处理完成)",
        ComplaintTrigger.FollowUp => "FollowUp (闭环跟进)",
        ComplaintTrigger.Close => "Close (结案)",
        ComplaintTrigger.Escalate => "Escalate (升级)",
        _ => "Withdraw (撤诉)",
    };

    private static string Why(ComplaintTrigger first) => first switch
    {
        ComplaintTrigger.AcknowledgeEmotion => "apologise before handling the problem (先道歉再处理问题).",
        ComplaintTrigger.VerifyInformation => "confirm the order number and the facts before offering solutions.",
        ComplaintTrigger.OfferSolutions => "offer 2–3 options for the customer to choose from.",
        ComplaintTrigger.ChooseSolution => "the customer chooses one of the offered options.",
        ComplaintTrigger.Resolve => "carry out the chosen solution.",
        _ => "follow up after the resolution to confirm the customer is satisfied (闭环跟进).",
    };

    private static ImmutableArray<string> Trimmed(ImmutableArray<string> items)
    {
        var b = ImmutableArray.CreateBuilder<string>(items.Length);
        foreach (var s in items)
        {
            b.Add(s.Trim());
        }

        return b.MoveToImmutable();
    }

    private static ImmutableArray<string> MergeFacts(ImmutableArray<string> existing, ImmutableArray<string> added)
    {
        var b = existing.ToBuilder();
        foreach (var f in added)
        {
            var t = f.Trim();
            if (!b.Contains(t))
            {
                b.Add(t);
            }
        }

        return b.ToImmutable();
    }

    private static ComplaintApplyResult Reject(ComplaintCase c, ComplaintEvent e, ComplaintRejectionReason reason,
        string message) => ComplaintApplyResult.Rejected(c, e, reason, message);

    private static string Format(DateTimeOffset t) => t.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
}
