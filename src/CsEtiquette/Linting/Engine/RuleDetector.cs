namespace CsEtiquette.Linting.Engine;

/// <summary>
/// A rule implemented in code over data-driven settings and markers (exclamation marks, empathy, emoji,
/// structure). Pattern rules need no detector. Immutable and thread-safe.
/// </summary>
internal abstract class RuleDetector
{
    protected RuleDetector(RuleDefinition rule, int ruleIndex)
    {
        Rule = rule;
        RuleIndex = ruleIndex;
    }

    public RuleDefinition Rule { get; }

    public int RuleIndex { get; }

    public static RuleDetector? Create(RuleDefinition rule, int ruleIndex) => rule.Detector switch
    {
        "exclamation" => new ExclamationDetector(rule, ruleIndex),
        "empathy" => new EmpathyDetector(rule, ruleIndex),
        "emoji" => new EmojiDetector(rule, ruleIndex),
        "structure" => new StructureDetector(rule, ruleIndex),
        "personaldata" => new PersonalDataDetector(rule, ruleIndex),
        _ => null,
    };

    public abstract void Detect(ref LintRun run);

    /// <summary>
    /// Conservative pre-check used without segmentation: false only when <see cref="Detect"/> certainly adds no
    /// finding to <paramref name="text"/>. <paramref name="stepMarkers"/> is an upper bound on the number of
    /// structure "steps" marker matches. The default (unknown detector) is true.
    /// </summary>
    public virtual bool MayFire(string text, LintContext context, int stepMarkers) => true;
}
