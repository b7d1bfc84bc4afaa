// A damaged-goods complaint walked through the four-step method (投诉处理四步法), a rejected out-of-order step,
// an escalation for abuse, and the state diagram generated from the transition table.
// Run: dotnet run --project samples/CsEtiquette.Samples.ComplaintFlow -- --demo
using CsEtiquette.Complaints;
using CsEtiquette.Complaints.Graph;
using CsEtiquette.Templates;

Console.OutputEncoding = System.Text.Encoding.UTF8;
if (args.Length > 0 && args[0] is not "--demo")
{
    Console.Error.WriteLine("usage: CsEtiquette.Samples.ComplaintFlow [--demo]");
    return 2;
}

var workflow = new ComplaintWorkflow();
var t = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8));
var failures = 0;

Console.WriteLine("== 投诉处理四步法: 接纳情绪 → 核实信息 → 解决方案 → 闭环跟进 ==");
var c = workflow.Start("T-20261124-001", t);
Say(c);

// Out of order on purpose: solutions before the apology and the verification.
var early = workflow.Apply(c, new OfferSolutions("补发商品，预计3天到达", "全额退款，1-3个工作日退回原账户"), t.AddMinutes(1));
Console.WriteLine($"  ✗ OfferSolutions rejected ({early.Reason}): {early.Message}");
failures += early.IsAccepted ? 1 : 0;

c = Step(c, new AcknowledgeEmotion(), t.AddMinutes(1));
c = Step(c, new VerifyInformation("202611240001", "外包装破损", "杯盖裂开"), t.AddMinutes(3));
c = Step(c, new OfferSolutions("补发商品，预计3天到达", "全额退款，1-3个工作日退回原账户"), t.AddMinutes(4));
c = Step(c, new ChooseSolution(0), t.AddMinutes(6));
c = Step(c, new Resolve("已补发，顺丰单号SF1234567890"), t.AddMinutes(10));
Console.WriteLine($"  follow-up due at {c.FollowUpDueAt:yyyy-MM-dd HH:mm zzz}; overdue a day later? {workflow.IsFollowUpOverdue(c, t.AddDays(1).AddMinutes(11))}");
c = Step(c, new FollowUp(Satisfied: true), t.AddHours(20));
c = Step(c, new Close(), t.AddHours(20).AddMinutes(1));

Console.WriteLine();
Console.WriteLine("== 极端场景: 客户辱骂 → 升级至主管 ==");
var abusive = workflow.Start("T-20261124-002", t);
abusive = Step(abusive, new AcknowledgeEmotion(), t.AddMinutes(1));
abusive = Step(abusive, new Escalate(EscalationReason.Abuse, EscalationTarget.Supervisor, "客户多次辱骂"), t.AddMinutes(2));
var closeTooEarly = workflow.Apply(abusive, new Close(), t.AddMinutes(3));
Console.WriteLine($"  ✗ Close rejected ({closeTooEarly.Reason}): {closeTooEarly.Message}");
failures += closeTooEarly.IsAccepted ? 1 : 0;

Console.WriteLine();
Console.WriteLine("== 持久化: JSON (schemaVersion 1) ==");
var json = ComplaintJson.Serialize(c);
Console.WriteLine($"  {json.Length} characters; round trip equal: {ComplaintJson.Deserialize(json) == c}");
failures += ComplaintJson.Deserialize(json) == c ? 0 : 1;

Console.WriteLine();
Console.WriteLine("== 状态图 (Mermaid, generated from the transition table) ==");
Console.Write(ComplaintMermaidGraph.Format(workflow.Transitions));

failures += c.State == ComplaintState.Closed && abusive.State == ComplaintState.Escalated ? 0 : 1;
return failures == 0 ? 0 : 1;

ComplaintCase Step(ComplaintCase current, ComplaintEvent e, DateTimeOffset at)
{
    var r = workflow.Apply(current, e, at);
    if (!r.IsAccepted)
    {
        Console.WriteLine($"  ✗ unexpected rejection of {e.Trigger}: {r.Message}");
        failures++;
        return current;
    }

    Console.WriteLine($"  ✓ {e.Trigger,-18} → {r.Case.State} (v{r.Case.Version})");
    Say(r.Case);
    return r.Case;
}

void Say(ComplaintCase current)
{
    var next = workflow.NextStep(current);
    if (next.Action is { } action)
    {
        Console.WriteLine($"      next: {action} — 建议话术: {next.SuggestedReply}");
    }
}
