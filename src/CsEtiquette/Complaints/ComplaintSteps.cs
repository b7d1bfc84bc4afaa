using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace CsEtiquette.Complaints;

/// <summary>
/// The per-state step data of the complaint workflow (what to do next, which reply) and the per-trigger texts of
/// wrong-order rejections, in one place: adding a state is one row here plus its rows in
/// <see cref="ComplaintTransitionTable"/>. Template ids are plain strings: Complaints names the template that fits a
/// step but does not render it.
/// </summary>
internal static class ComplaintSteps
{
    // Template ids of the template library (CsEtiquette.Templates.TemplateIds), named here as data.
    private const string ApologyGeneral = "apology.general";
    private const string GuidanceOrderAndPhotos = "guidance.order-and-photos";
    private const string ChoiceOffer = "choice.offer";
    private const string FollowUp24h = "followup.24h";
    private const string ClosingGeneral = "closing.general";
    private const string AbuseCalmReply = "abuse.calm-reply";
    private const string HandoverSpecialist = "handover.specialist";

    private static readonly string[] ChineseNumerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九"];

    // The seeds' example offer (解决方案), suggested before the agent has composed options of their own.
    private static readonly ImmutableArray<string> SeedOptions = ["补发商品，预计3天到达", "申请全额退款，款项将在1-3个工作日退回原账户"];

    private static readonly ImmutableDictionary<string, string> NoSlots = ImmutableDictionary<string, string>.Empty;

    /// <summary>One row per state; <see cref="ComplaintState.Closed"/> has none (nothing is left to do).</summary>
    public static readonly FrozenDictionary<ComplaintState, ComplaintStepRow> ByState = new ComplaintStepRow[]
    {
        new(ComplaintState.Opened, ComplaintTrigger.AcknowledgeEmotion,
            static (_, _) => "接纳情绪: apologise and acknowledge the customer's feelings before handling the problem.",
            static _ => "complaint.acknowledge-emotion", static _ => ApologyGeneral),
        new(ComplaintState.EmotionAcknowledged, ComplaintTrigger.VerifyInformation,
            static (_, _) => "核实信息: ask for the order number and the facts with open questions, then verify them.",
            static _ => "complaint.verify-information", static _ => GuidanceOrderAndPhotos),
        new(ComplaintState.InformationVerified, ComplaintTrigger.OfferSolutions,
            static (_, s) => string.Create(CultureInfo.InvariantCulture,
                $"解决方案: offer {s.MinOptions}–{s.MaxOptions} distinct options for the customer to choose from."),
            static _ => "complaint.offer-solutions", static _ => ChoiceOffer,
            TemplateSlots: static (c, _) => OfferSlots(c), Choices: static _ => SeedOptions),
        new(ComplaintState.SolutionsOffered, ComplaintTrigger.ChooseSolution,
            static (_, _) => "Wait for the customer to choose one of the offered options (提供选择,而非单方面决定).",
            static _ => "complaint.await-choice",
            static c => c.OfferedOptions.Length is >= 2 and <= 3 ? ChoiceOffer : null,
            TemplateSlots: static (c, _) => OfferSlots(c), Choices: static c => c.OfferedOptions),
        new(ComplaintState.SolutionChosen, ComplaintTrigger.Resolve,
            static (_, _) => "Carry out the chosen solution and confirm it to the customer.",
            static _ => "complaint.resolve", static _ => null),
        new(ComplaintState.Resolved, ComplaintTrigger.FollowUp,
            static (c, _) => $"闭环跟进: follow up by {Format(c.FollowUpDueAt ?? c.UpdatedAt)} to confirm the customer is satisfied.",
            static _ => "complaint.follow-up", static _ => FollowUp24h,
            TemplateSlots: static (c, _) => NoSlots.Add("问题", c.OrderNumber is null ? "售后" : $"订单{c.OrderNumber}的"),
            HasDueTime: true),
        new(ComplaintState.FollowedUp, ComplaintTrigger.Close,
            static (_, _) => "The customer is satisfied: thank them and close the case.",
            static _ => "complaint.close", static _ => ClosingGeneral),
        new(ComplaintState.Withdrawn, ComplaintTrigger.Close,
            static (_, _) => "The customer withdrew the complaint: confirm politely and close the case.",
            static _ => "complaint.withdrawn-close", static _ => null),
        new(ComplaintState.Escalated, ComplaintTrigger.Resolve,
            static (c, _) => $"Escalated to {c.Escalation?.Target} ({c.Escalation?.Reason}): stay calm, tell the customer who takes over and when; resolve when they decide.",
            static c => (c.Escalation?.Reason ?? EscalationReason.Unresolved) switch
            {
                EscalationReason.Abuse => "complaint.escalated.abuse",
                EscalationReason.Malicious => "complaint.escalated.malicious",
                EscalationReason.PolicyException => "complaint.escalated.policy-exception",
                _ => "complaint.escalated.unresolved",
            },
            static c => c.Escalation?.Reason switch
            {
                EscalationReason.Abuse => AbuseCalmReply,
                EscalationReason.Malicious => null, // complaint.rule-based-reply needs the rule text, which the case does not hold
                _ => HandoverSpecialist,
            },
            TemplateSlots: static (c, s) => c.Escalation?.Reason is EscalationReason.Abuse
                ? NoSlots
                : NoSlots.Add("团队", Target(c)).Add("处理时限", FormatWindow(s.FollowUpWindow))),
    }.ToFrozenDictionary(static r => r.State);

    /// <summary>One row per main-path trigger (and the side triggers, for their names).</summary>
    public static readonly FrozenDictionary<ComplaintTrigger, ComplaintTriggerStep> ByTrigger = new ComplaintTriggerStep[]
    {
        new(ComplaintTrigger.AcknowledgeEmotion, "AcknowledgeEmotion (接纳情绪)",
            "apologise before handling the problem (先道歉再处理问题).", ComplaintRejectionReason.EmotionNotAcknowledged),
        new(ComplaintTrigger.VerifyInformation, "VerifyInformation (核实信息)",
            "confirm the order number and the facts before offering solutions.", ComplaintRejectionReason.InformationNotVerified),
        new(ComplaintTrigger.OfferSolutions, "OfferSolutions (解决方案)",
            "offer 2–3 options for the customer to choose from.", ComplaintRejectionReason.SolutionsNotOffered),
        new(ComplaintTrigger.ChooseSolution, "ChooseSolution (客户选择方案)",
            "the customer chooses one of the offered options.", ComplaintRejectionReason.SolutionNotChosen),
        new(ComplaintTrigger.Resolve, "Resolve (处理完成)", "carry out the chosen solution.", ComplaintRejectionReason.NotResolved),
        new(ComplaintTrigger.FollowUp, "FollowUp (闭环跟进)",
            "follow up after the resolution to confirm the customer is satisfied (闭环跟进).", ComplaintRejectionReason.NotFollowedUp),
        new(ComplaintTrigger.Close, "Close (结案)", "close the case.", ComplaintRejectionReason.NotFollowedUp),
        new(ComplaintTrigger.Escalate, "Escalate (升级)", "escalate the case.", ComplaintRejectionReason.NotFollowedUp),
        new(ComplaintTrigger.Withdraw, "Withdraw (撤诉)", "withdraw the complaint.", ComplaintRejectionReason.NotFollowedUp),
    }.ToFrozenDictionary(static r => r.Trigger);

    /// <summary>The value of a complaint-pack slot (<c>{order}</c>, <c>{options}</c>, …) for a case.</summary>
    public static string PackSlot(ComplaintCase c, string slot, TimeSpan followUpWindow) => slot switch
    {
        "order" => c.OrderNumber is null ? string.Empty : $"订单{c.OrderNumber}的",
        "orderNumber" => c.OrderNumber ?? string.Empty,
        "options" => JoinOptions(c.OfferedOptions),
        "chosen" => c.ChosenOption ?? string.Empty,
        "window" => FormatWindow(followUpWindow),
        "target" => Target(c),
        _ => string.Empty,
    };

    /// <summary>“24小时”, “90分钟”: a concrete time span for replies (具体时间节点).</summary>
    public static string FormatWindow(TimeSpan window) =>
        window.Ticks % TimeSpan.TicksPerHour == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{(long)window.TotalHours}小时")
            : string.Create(CultureInfo.InvariantCulture, $"{(long)Math.Ceiling(window.TotalMinutes)}分钟");

    /// <summary>yyyy-MM-dd HH:mm:ss zzz, as in every workflow message.</summary>
    public static string Format(DateTimeOffset t) => t.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);

    private static ImmutableDictionary<string, string> OfferSlots(ComplaintCase c) =>
        NoSlots.Add("事项", c.OrderNumber is null ? "您的订单问题" : $"您订单{c.OrderNumber}的问题");

    private static string Target(ComplaintCase c) => c.Escalation?.Target == EscalationTarget.Platform ? "平台专员" : "主管";

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
}
