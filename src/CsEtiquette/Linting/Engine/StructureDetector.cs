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

    public override void Detect(ref LintRun run)
    {
        if (run.Text.Length < _minLength || run.HasMarker(RuleIndex, "structure", ignoreQuoted: false))
        {
            return;
        }

        if (run.CountMarkers(RuleIndex, "steps", null) + 1 < _minSteps)
        {
            return;
        }

        var starts = new List<int>();
        run.CountMarkers(RuleIndex, "steps", starts);
        var suggestion = Suggest(run.Text, starts, ref run);
        run.Add(Rule, 0, run.Text.Length, [suggestion], null);
    }

    private string Suggest(string text, List<int> starts, ref LintRun run)
    {
        // Cut the reply before each step connector and number the pieces 首先/其次/另外/最后.
        var sb = new StringBuilder();
        var cuts = new List<int> { 0 };
        foreach (var s in starts)
        {
            if (s > 0)
            {
                cuts.Add(s);
            }
        }

        cuts.Add(text.Length);
        for (var k = 0; k + 1 < cuts.Count; k++)
        {
            var piece = text.AsSpan(cuts[k], cuts[k + 1] - cuts[k]).Trim().TrimEnd("，,。;；、").ToString();
            if (k > 0)
            {
                piece = StripConnector(piece, cuts[k], ref run);
            }

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

    private string StripConnector(string piece, int start, ref LintRun run)
    {
        foreach (var m in run.Matches)
        {
            var e = run.Set.Entries[m.Pattern];
            if (e.Kind == EntryKind.Marker && e.Rule == RuleIndex && e.Marker == "steps" && m.Start == start)
            {
                var len = Math.Min(m.End - m.Start, piece.Length);
                return piece[len..].TrimStart('，', ',', ' ');
            }
        }

        return piece;
    }
}
