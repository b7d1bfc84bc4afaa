using System.Collections;
using System.Reflection;
using CsEtiquette.Templates;

namespace CsEtiquette.Tests.Templates;

/// <summary>
/// Our own replies follow our own rules: every rendered default template, on both channels, at every part of
/// the day, with sample and with only-required slots, yields zero findings from <c>ReplyLinter.Default</c>.
/// Empathy, apology and abuse replies are also linted as complaint replies (CSE009 must see the empathy).
/// </summary>
/// <remarks>
/// The linter is developed in parallel (branch <c>lint</c>). This class binds to it by reflection so that it
/// starts checking the moment the linter is merged, without an edit here. Until then
/// (<c>CsEtiquette.Linting.ReplyLinter</c> absent) the checks return early. Once the type exists, any change to
/// the members used (Default, Lint(string, LintContext), LintContext.Channel/IsComplaint, LintReport.Findings,
/// Finding.RuleId/MatchedText/Message) makes these tests fail loudly rather than pass vacuously.
/// </remarks>
public sealed class LintCleanTests
{
    public static TheoryData<string> TemplateIdsInPack() => DefaultPackTests.TemplateIdsInPack();

    [Theory]
    [MemberData(nameof(TemplateIdsInPack))]
    public void EveryVariant_OnBothChannels_AtEveryPartOfTheDay_HasZeroFindings(string id)
    {
        if (Linter.TryCreate() is not { } linter)
        {
            return;
        }

        var t = TemplateLibrary.Default.Get(id);
        var samples = DefaultPackTests.Samples(t);
        var required = t.Slots.Where(s => s.IsRequired).ToDictionary(s => s.Name, s => s.Sample);
        var day = new DateTimeOffset(2026, 11, 24, 0, 0, 0, TimeSpan.FromHours(8));
        foreach (var hour in new[] { 7, 10, 12, 15, 20 })
        {
            for (var v = 0; v < t.Variants.Count; v++)
            {
                foreach (var channel in new[] { ReplyChannel.Text, ReplyChannel.Voice })
                {
                    foreach (var slots in new[] { samples, required })
                    {
                        var text = TemplateRenderer.Default.Render(id, slots, new RenderContext(day.AddHours(hour)) { Variant = v, Channel = channel }).Text;
                        linter.AssertClean(text, channel, complaint: false, $"{id}[{v}] {channel}");
                        if (IsComplaintReply(id))
                        {
                            linter.AssertClean(text, channel, complaint: true, $"{id}[{v}] {channel} (complaint)");
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void ComposedReplies_HaveZeroFindings()
    {
        if (Linter.TryCreate() is not { } linter)
        {
            return;
        }

        var at = new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.FromHours(8));
        for (var v = 0; v < 3; v++)
        {
            var c = new RenderContext(at) { Variant = v };
            linter.AssertClean(TemplateRenderer.Default.RenderChoices(["为您办理退货退款", "为您补发一件新的商品，预计3天内到达"], null, c).Text, ReplyChannel.Text, false, "choices(2)");
            linter.AssertClean(TemplateRenderer.Default.RenderChoices(["补发商品，预计3天到达", "申请全额退款，款项将在1-3个工作日退回原账户", "为您换一件同款"], null, c).Text, ReplyChannel.Text, false, "choices(3)");
            linter.AssertClean(TemplateRenderer.Default.RenderSteps(["请您提供订单号", "拍几张商品破损处的照片", "保留好商品外包装"], null, c).Text, ReplyChannel.Text, false, "steps");
            linter.AssertClean(TemplateRenderer.Default.RenderParaphrase("我想把颜色换成蓝色，今天能发货吗", c).Text, ReplyChannel.Text, false, "paraphrase");
        }
    }

    /// <summary>Templates sent to an upset or complaining customer must carry apology or empathy.</summary>
    private static bool IsComplaintReply(string id) =>
        id.StartsWith("empathy.", StringComparison.Ordinal) || id is TemplateIds.ApologyGeneral or TemplateIds.AbuseCalmReply;

    /// <summary>Late-bound access to <c>CsEtiquette.Linting.ReplyLinter</c>.</summary>
    private sealed class Linter
    {
        private readonly object _linter;
        private readonly MethodInfo _lint;
        private readonly Type _contextType;
        private readonly PropertyInfo _channel;
        private readonly PropertyInfo _complaint;

        private Linter(Type linterType)
        {
            _linter = Required(linterType.GetProperty("Default", BindingFlags.Public | BindingFlags.Static), "ReplyLinter.Default").GetValue(null)!;
            _contextType = Required(linterType.Assembly.GetType("CsEtiquette.Linting.LintContext"), "LintContext");
            _lint = Required(linterType.GetMethod("Lint", [typeof(string), _contextType]), "ReplyLinter.Lint(string, LintContext)");
            _channel = Required(_contextType.GetProperty("Channel"), "LintContext.Channel");
            _complaint = Required(_contextType.GetProperty("IsComplaint"), "LintContext.IsComplaint");
        }

        public static Linter? TryCreate()
        {
            var type = typeof(TemplateLibrary).Assembly.GetType("CsEtiquette.Linting.ReplyLinter");
            return type is null ? null : new Linter(type);
        }

        public void AssertClean(string text, ReplyChannel channel, bool complaint, string what)
        {
            var context = Activator.CreateInstance(_contextType)!;
            _channel.SetValue(context, Enum.ToObject(_channel.PropertyType, (int)channel));
            _complaint.SetValue(context, complaint);
            var report = _lint.Invoke(_linter, [text, context])!;
            var findings = (IEnumerable)Required(report.GetType().GetProperty("Findings"), "LintReport.Findings").GetValue(report)!;
            var described = new List<string>();
            foreach (var f in findings)
            {
                var type = f.GetType();
                described.Add($"  {Get(f, type, "RuleId")} '{Get(f, type, "MatchedText")}' {Get(f, type, "Message")}");
            }

            Assert.True(described.Count == 0, $"{what}: {text}\n{string.Join("\n", described)}");
        }

        private static object? Get(object o, Type type, string name) => Required(type.GetProperty(name), "Finding." + name).GetValue(o);

        private static T Required<T>(T? member, string name)
            where T : class =>
            member ?? throw new InvalidOperationException($"The linter API changed: {name} not found; update LintCleanTests.");
    }
}
