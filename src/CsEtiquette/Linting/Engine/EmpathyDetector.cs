namespace CsEtiquette.Linting.Engine;

/// <summary>
/// CSE009: the conversation is a complaint or the customer is upset, but the reply has no apology or
/// empathy word (markers <c>empathy</c>). The fix inserts an empathy sentence at the start, chosen by
/// emotion from <c>settings.sentences</c> (<c>Angry</c>, <c>Anxious</c>, …, <c>complaint</c>, <c>default</c>).
/// </summary>
internal sealed class EmpathyDetector : RuleDetector
{
    public EmpathyDetector(RuleDefinition rule, int ruleIndex)
        : base(rule, ruleIndex)
    {
        if (!rule.Settings.Strings.ContainsKey("sentences.default"))
        {
            throw new RulePackException(rule.Settings.Source, $"{rule.Settings.JsonPath}.sentences.default", "the empathy detector needs a default sentence");
        }

        if (!rule.Markers.ContainsKey("empathy"))
        {
            throw new RulePackException(rule.Settings.Source, rule.Origin[(rule.Origin.IndexOf(": ", StringComparison.Ordinal) + 2)..] + ".markers.empathy", "the empathy detector needs an 'empathy' marker list");
        }
    }

    /// <summary>The sentence inserted for a given context.</summary>
    public string SentenceFor(LintContext context)
    {
        var s = Rule.Settings;
        if (context.CustomerEmotion != CustomerEmotion.Unknown && s.Strings.TryGetValue($"sentences.{context.CustomerEmotion}", out var byEmotion))
        {
            return byEmotion;
        }

        return context.IsComplaint && s.Strings.TryGetValue("sentences.complaint", out var c) ? c : s.Strings["sentences.default"];
    }

    public override void Detect(ref LintRun run)
    {
        if (!run.Context.IsComplaint && !run.Context.IsCustomerUpset)
        {
            return;
        }

        if (run.HasMarker(RuleIndex, "empathy", Rule.IgnoreQuoted))
        {
            return;
        }

        var sentence = SentenceFor(run.Context);
        run.Add(Rule, 0, 0, [sentence], sentence);
    }
}
