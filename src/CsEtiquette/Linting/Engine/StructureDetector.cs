using System.Text;

namespace CsEtiquette.Linting.Engine;

/// <summary>
/// CSE012: a reply of at least <c>minLength</c> characters that chains at least <c>minSteps</c> steps or
/// options (markers <c>steps</c>: 然后, 再, 或者 …) without structure (markers <c>structure</c>: 首先/其次/另外,
/// 第一, 1、, ①). The finding covers the reply; the fix is a suggested 首先…其次…另外… form (not automatic).
/// </summary>
internal sealed class StructureDetector : RuleDetector
{
    private readonly int _minLength;
    private readonly int _minSteps;
    private readonly string[] _ordinals;

    public StructureDetector(RuleDefinition rule, int ruleIndex)
        : base(rule, ruleIndex)
    {
        _minLength = rule.Settings.GetNumber("minLength", 60, 1, 100_000);
        _minSteps = rule.Settings.GetNumber("minSteps", 3, 2, 100);
        _ordinals = rule.Settings.GetList("ordinals");
        if (_ordinals.Length == 0)
        {
            _ordinals = ["首先", "其次", "另外", "最后"];
        }
    }

    /// <summary>The marker list counted as steps.</summary>
    public const string StepsMarker = "steps";

    /// <inheritdoc />
    public override bool MayFire(string text, LintContext context, int stepMarkers) =>
        text.Length >= _minLength && stepMarkers + 1 >= _minSteps;

    public override void Detect(ref LintRun run)
    {
        if (run.Text.Length < _minLength || run.HasMarker(RuleIndex, "structure", ignoreQuoted: false))
        {
            return;
        }

        if (run.CountMarkers(RuleIndex, StepsMarker, null) + 1 < _minSteps)
        {
            return;
        }

        var spans = new List<(int Start, int End)>();
        run.CountMarkers(RuleIndex, StepsMarker, spans);
        var suggestion = Suggest(run.Text, spans);
        run.Add(Rule, 0, run.Text.Length, [suggestion], null);
    }

    private string Suggest(string text, List<(int Start, int End)> spans)
    {
        // Cut the reply before each step connector and number the pieces 首先/其次/另外/最后.
        var sb = new StringBuilder();
        var cuts = new List<int> { 0 };
        var connectorEnds = new List<int> { 0 };
        foreach (var (s, e) in spans)
        {
            if (s > 0)
            {
                cuts.Add(s);
                connectorEnds.Add(e);
            }
        }

        cuts.Add(text.Length);
        for (var k = 0; k + 1 < cuts.Count; k++)
        {
            // Drop the connector itself (然后, 再 …) from the start of every piece but the first.
            var from = k > 0 ? connectorEnds[k] : cuts[k];
            var piece = text.AsSpan(from, cuts[k + 1] - from).Trim().Trim("，,。;；、").ToString();

            if (piece.Length == 0)
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append('；');
            }

            sb.Append(Ordinal(k, cuts.Count - 1)).Append('，').Append(piece);
        }

        sb.Append('。');
        return sb.ToString();
    }

    private string Ordinal(int k, int pieces)
    {
        // 首先 … 其次 … 另外 … 最后: the last ordinal is kept for the last piece, the one before it repeats.
        if (k == 0 || _ordinals.Length == 1)
        {
            return _ordinals[0];
        }

        if (k == pieces - 1 && pieces > 2)
        {
            return _ordinals[^1];
        }

        return _ordinals[Math.Min(k, _ordinals.Length - 2)];
    }
}
