using System.Reflection;
using CsEtiquette.Complaints;
using CsEtiquette.Templates;
using static CsEtiquette.Tests.Complaints.ComplaintTestKit;

namespace CsEtiquette.Tests.Complaints;

/// <summary>Complaints is a pure state machine below the templates: text → tokens → findings → replies → state.</summary>
public sealed class ComplaintLayeringTests
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance |
        BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static IEnumerable<Type> ComplaintTypes() =>
        typeof(ComplaintWorkflow).Assembly.GetTypes().Where(t =>
            t.Namespace is { } ns && (ns == "CsEtiquette.Complaints" || ns.StartsWith("CsEtiquette.Complaints.", StringComparison.Ordinal)));

    [Fact]
    public void ComplaintTypes_ReferenceNoTemplateType_InAnySignature()
    {
        var offenders = new List<string>();
        foreach (var t in ComplaintTypes())
        {
            void Check(Type? used, string where)
            {
                if (used is null)
                {
                    return;
                }

                if (used.HasElementType)
                {
                    Check(used.GetElementType(), where);
                    return;
                }

                if (used.IsGenericType)
                {
                    foreach (var a in used.GetGenericArguments())
                    {
                        Check(a, where);
                    }
                }

                if (used.Namespace is { } ns && ns.StartsWith("CsEtiquette.Templates", StringComparison.Ordinal))
                {
                    offenders.Add($"{t.FullName}.{where}: {used.FullName}");
                }
            }

            Check(t.BaseType, "base");
            foreach (var i in t.GetInterfaces())
            {
                Check(i, "interface");
            }

            foreach (var f in t.GetFields(All))
            {
                Check(f.FieldType, f.Name);
            }

            foreach (var p in t.GetProperties(All))
            {
                Check(p.PropertyType, p.Name);
            }

            foreach (var m in t.GetMethods(All).Cast<MethodBase>().Concat(t.GetConstructors(All)))
            {
                if (m is MethodInfo mi)
                {
                    Check(mi.ReturnType, m.Name);
                }

                foreach (var p in m.GetParameters())
                {
                    Check(p.ParameterType, $"{m.Name}({p.Name})");
                }

                foreach (var l in m.GetMethodBody()?.LocalVariables ?? [])
                {
                    Check(l.LocalType, $"{m.Name} local");
                }
            }
        }

        Assert.True(ComplaintTypes().Count() > 20, "the Complaints namespace was not found");
        Assert.Empty(offenders);
    }

    [Fact]
    public void ComplaintSources_DoNotUseTheTemplatesNamespace()
    {
        var dir = Path.Combine(Templates.DefaultPackTests.RepoRoot(), "src", "CsEtiquette", "Complaints");
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
        {
            var n = 0;
            foreach (var line in File.ReadLines(file))
            {
                n++;
                var code = line.TrimStart();
                if (!code.StartsWith("//", StringComparison.Ordinal) && code.Contains("Templates", StringComparison.Ordinal))
                {
                    offenders.Add($"{Path.GetFileName(file)}:{n}: {code}");
                }
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void EveryRow_CarriesItsEffect_AndGuardedRowsDescribeTheirGuard()
    {
        foreach (var row in ComplaintTransitionTable.Default.Transitions)
        {
            Assert.NotNull(row.Effect);
            Assert.Equal(row.When is null, row.Guard is null);
        }

        // Rows sharing (from, trigger) are told apart by a guard.
        foreach (var g in ComplaintTransitionTable.Default.Transitions.GroupBy(r => (r.From, r.Trigger)).Where(g => g.Count() > 1))
        {
            Assert.All(g, r => Assert.NotNull(r.When));
        }
    }

    [Fact]
    public void EveryOpenState_HasOneStepRow_AndClosedHasNone()
    {
        foreach (var s in ComplaintTransitionTable.Default.States)
        {
            Assert.Equal(!ComplaintTransitionTable.Default.IsTerminal(s), ComplaintSteps.ByState.ContainsKey(s));
        }

        foreach (var t in ComplaintTransitionTable.Default.MainPath)
        {
            Assert.True(ComplaintSteps.ByTrigger.ContainsKey(t), $"{t} has no step name");
        }
    }

    [Fact]
    public void PlanNextStep_IsData_TheSuggesterRendersIt()
    {
        var wf = new ComplaintWorkflow();
        var c = Replay(wf, Prefix(5));
        var plan = wf.PlanNextStep(c);
        Assert.Equal(ComplaintTrigger.FollowUp, plan.Action);
        Assert.Equal("complaint.follow-up", plan.ReplyId);
        Assert.Equal(TemplateIds.FollowUp24h, plan.TemplateId);
        Assert.Equal("订单202611240001的", plan.TemplateSlots["问题"]);
        Assert.Contains("订单202611240001的问题", plan.PackReply, StringComparison.Ordinal);
        Assert.Equal(c.FollowUpDueAt, plan.DueAt);
        Assert.Equal(c.Version, plan.Turn);

        var step = ComplaintReplySuggester.Default.Suggest(plan);
        Assert.Equal(TemplateIds.FollowUp24h, step.ReplyId);
        Assert.Equal(wf.NextStep(c), step);
        Assert.Equal(new ComplaintNextStep(plan.Action, plan.Description, "complaint.follow-up", plan.PackReply, plan.DueAt),
            plan.WithPackReply());
    }

    [Fact]
    public void PlanNextStep_OverriddenReply_HasNoTemplate_AndIsTheReply()
    {
        var o = new ComplaintOptions();
        o.Replies["complaint.close"] = "感谢您的耐心，祝您生活愉快~";
        var wf = new ComplaintWorkflow(o);
        var c = Replay(wf, [.. Prefix(5), new FollowUp(true)]);
        Assert.Null(wf.PlanNextStep(c).TemplateId);
        Assert.Equal("感谢您的耐心，祝您生活愉快~", ComplaintReplySuggester.Default.NextStep(wf, c).SuggestedReply);
    }
}
