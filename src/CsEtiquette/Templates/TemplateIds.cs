namespace CsEtiquette.Templates;

/// <summary>
/// Stable ids of the templates in the default zh-CN pack, for code that references them (the linter's
/// empathy fix, the complaint workflow's next step, the reply assistant). User packs may override any of
/// them by id.
/// </summary>
public static class TemplateIds
{
    /// <summary>开场问候 with time of day, agent and product: "上午好!我是客服小王,看到您咨询的是…".</summary>
    public const string GreetingTimeOfDay = "greeting.time-of-day";

    /// <summary>节日祝福 with a coupon.</summary>
    public const string GreetingHoliday = "greeting.holiday";

    /// <summary>会员生日祝福 with a coupon.</summary>
    public const string GreetingMemberBirthday = "greeting.member-birthday";

    /// <summary>倾听回应: "嗯,我明白了" / "您请讲".</summary>
    public const string ListeningAcknowledge = "listening.acknowledge";

    /// <summary>复述确认: "您的意思是{诉求},对吗?".</summary>
    public const string ConfirmParaphrase = "confirm.paraphrase";

    /// <summary>开放式提问: "您刚才提到的问题,是指商品的哪个具体方面呢?".</summary>
    public const string ClarifyOpenQuestion = "clarify.open-question";

    /// <summary>引导提供订单号和照片.</summary>
    public const string GuidanceOrderAndPhotos = "guidance.order-and-photos";

    /// <summary>引导提供订单号 to check the delivery.</summary>
    public const string GuidanceOrderNumber = "guidance.order-number";

    /// <summary>共情 in general: "我非常理解您…换作是我,我也会有同样的感受".</summary>
    public const string EmpathyGeneral = "empathy.general";

    /// <summary>共情:商品破损.</summary>
    public const string EmpathyDamagedItem = "empathy.damaged-item";

    /// <summary>共情:物流延迟.</summary>
    public const string EmpathyLateDelivery = "empathy.late-delivery";

    /// <summary>共情:发错商品.</summary>
    public const string EmpathyWrongItem = "empathy.wrong-item";

    /// <summary>共情:色差/与描述不符.</summary>
    public const string EmpathyDescriptionMismatch = "empathy.description-mismatch";

    /// <summary>共情:质量问题.</summary>
    public const string EmpathyQualityFault = "empathy.quality-fault";

    /// <summary>共情:退款未到账.</summary>
    public const string EmpathyRefundDelay = "empathy.refund-delay";

    /// <summary>共情:商品售罄.</summary>
    public const string EmpathyOutOfStock = "empathy.out-of-stock";

    /// <summary>共情:久等.</summary>
    public const string EmpathyLongWait = "empathy.long-wait";

    /// <summary>道歉: "给您带来不好的体验非常抱歉,我们马上核实情况…".</summary>
    public const string ApologyGeneral = "apology.general";

    /// <summary>时限承诺: "我们会在24小时内为您处理".</summary>
    public const string CommitmentProcessingTime = "commitment.processing-time";

    /// <summary>提供选择 (2–3 个方案, 一是…二是…,您更倾向于哪种方式呢?).</summary>
    public const string ChoiceOffer = "choice.offer";

    /// <summary>分点说明 (首先…其次…另外…).</summary>
    public const string StepsStructured = "steps.structured";

    /// <summary>售罄 with arrival notice: "…到货后会第一时间通知您,您看可以吗?".</summary>
    public const string OutOfStockArrivalNotice = "out-of-stock.arrival-notice";

    /// <summary>售罄 with an alternative product: "不过同系列的{替代商品}功能类似…".</summary>
    public const string OutOfStockAlternative = "out-of-stock.alternative";

    /// <summary>转交专业团队 with a time: "…他们会在{处理时限}内与您联系处理".</summary>
    public const string HandoverSpecialist = "handover.specialist";

    /// <summary>24小时回访 (闭环跟进).</summary>
    public const string FollowUp24h = "followup.24h";

    /// <summary>物流异常主动告知 with compensation.</summary>
    public const string NoticeLogisticsDelay = "notice.logistics-delay";

    /// <summary>面对辱骂 (calm reply).</summary>
    public const string AbuseCalmReply = "abuse.calm-reply";

    /// <summary>恶意投诉 (rule-based reply citing the rule, offering escalation).</summary>
    public const string ComplaintRuleBasedReply = "complaint.rule-based-reply";

    /// <summary>结束语.</summary>
    public const string ClosingGeneral = "closing.general";
}
