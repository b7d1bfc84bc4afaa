namespace CsEtiquette.Training;

/// <summary>
/// What a trainee's reply shows, as the seeds' training plan names it (先道歉、共情、核实信息、2–3个方案、
/// 时间节点、闭环跟进、规则依据、替代方案、冷静回应、同步上级、关怀、结束语). The cue words for each skill live in the
/// training pack (<c>skills</c>), not in code.
/// </summary>
public enum ServiceSkill
{
    /// <summary>个性化问候: 您好 / 上午好.</summary>
    Greeting = 0,

    /// <summary>共情: 理解、着急、换作是我….</summary>
    Empathy = 1,

    /// <summary>先道歉: 抱歉、对不起.</summary>
    Apology = 2,

    /// <summary>复述确认: 您的意思是…对吗.</summary>
    Paraphrase = 3,

    /// <summary>核实信息: 订单号、照片、截图.</summary>
    AskForInformation = 4,

    /// <summary>给出 2–3 个可选方案.</summary>
    Choices = 5,

    /// <summary>承诺时间节点: 24小时内、1-3个工作日.</summary>
    TimeCommitment = 6,

    /// <summary>闭环跟进: 回访、进度同步给您.</summary>
    FollowUp = 7,

    /// <summary>说明规则依据: 平台规则、售后期限.</summary>
    RuleExplanation = 8,

    /// <summary>把“无法满足”转化为替代方案.</summary>
    Alternative = 9,

    /// <summary>面对辱骂冷静回应: 您的心情我理解，如果我的服务有不到位的地方请指正.</summary>
    CalmReply = 10,

    /// <summary>必要时同步上级或平台.</summary>
    Escalation = 11,

    /// <summary>礼貌结束: 还有其他问题吗、祝您生活愉快.</summary>
    Closing = 12,

    /// <summary>主动关怀: 生日/节日祝福、专属优惠券.</summary>
    Care = 13,
}
