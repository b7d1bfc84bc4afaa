using CsEtiquette.Linting;
using Xunit.Abstractions;

namespace CsEtiquette.Tests.Linting;

/// <summary>
/// Precision and recall of the linter on labelled agent replies, scored per (line, rule): a rule the linter reports
/// and the label names is a true positive, one it reports that the label does not name a false positive, one the label
/// names that it misses a false negative; a clean line ("-") is "flagged" when it gets any finding (CSE and CSP rules).
/// lint-tuned.tsv (415 lines, the rules were tuned on it) must stay above the thresholds; lint-blind.tsv (100 lines,
/// never tuned on) is only measured and reported.
/// </summary>
public sealed class LintSetTests(ITestOutputHelper output)
{
    /// <summary>Scores of one labelled set.</summary>
    internal sealed record Score(int Lines, int TruePositives, int FalsePositives, int FalseNegatives, int CleanLines, int CleanFlagged, IReadOnlyList<string> Misses)
    {
        public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

        public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

        public double CleanFlaggedRate => CleanLines == 0 ? 0 : (double)CleanFlagged / CleanLines;

        public override string ToString() =>
            $"{Lines} lines: precision {Precision:F3}, recall {Recall:F3}, clean lines flagged {CleanFlagged}/{CleanLines} ({CleanFlaggedRate:P1})";
    }

    internal static Score ScoreSet(string name, ReplyLinter linter)
    {
        int lines = 0, tp = 0, fp = 0, fn = 0, clean = 0, cleanFlagged = 0;
        var misses = new List<string>();
        foreach (var line in LintTestData.Lines(name))
        {
            var cells = line.Split('\t');
            var expected = cells[1] == "-" ? [] : cells[1].Split(',').ToHashSet(StringComparer.Ordinal);
            var context = cells.Length > 2 && cells[2] == "complaint" ? new LintContext { IsComplaint = true } : LintContext.Default;
            var got = linter.Lint(cells[0], context).Findings.Select(f => f.RuleId).ToHashSet(StringComparer.Ordinal);
            lines++;
            tp += got.Count(expected.Contains);
            fp += got.Count(r => !expected.Contains(r));
            fn += expected.Count(r => !got.Contains(r));
            if (expected.Count == 0)
            {
                clean++;
                cleanFlagged += got.Count > 0 ? 1 : 0;
            }

            if (!got.SetEquals(expected))
            {
                misses.Add($"{cells[0]}\texpected {cells[1]}\tgot {(got.Count == 0 ? "-" : string.Join(",", got.Order(StringComparer.Ordinal)))}");
            }
        }

        return new Score(lines, tp, fp, fn, clean, cleanFlagged, misses);
    }

    [Fact]
    public void TunedSet_HasEnoughLinesForEveryRule()
    {
        var rows = LintTestData.Lines("lint-tuned.tsv").Select(l => l.Split('\t')).ToList();
        Assert.True(rows.Count >= 300, $"{rows.Count} lines");
        Assert.True(rows.Count(r => r[1] == "-") >= 100);
        foreach (var rule in ReplyLinter.Default.Rules.Where(r => r.Id.StartsWith("CSE", StringComparison.Ordinal)))
        {
            Assert.True(rows.Count(r => r[1].Split(',').Contains(rule.Id)) >= 4, $"{rule.Id} has fewer than 4 labelled violations");
        }
    }

    [Fact]
    public void TunedSet_MeetsPrecisionRecallAndCleanThresholds()
    {
        var score = ScoreSet("lint-tuned.tsv", ReplyLinter.Default);
        output.WriteLine(score.ToString());
        foreach (var m in score.Misses)
        {
            output.WriteLine(m);
        }

        Assert.True(score.Precision >= 0.95, score.ToString());
        Assert.True(score.Recall >= 0.95, score.ToString());
        Assert.True(score.CleanFlaggedRate <= 0.03, score.ToString());
    }

    [Fact]
    public void TunedSet_DoesNotShareLinesWithTheBlindSet()
    {
        var blind = LintTestData.Lines("lint-blind.tsv").Select(l => l.Split('\t')[0]).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(LintTestData.Lines("lint-tuned.tsv").Select(l => l.Split('\t')[0]), blind.Contains);
    }

    [Fact]
    public void BlindSet_IsMeasuredNotTunedOn()
    {
        // Reported only (docs/linting.md quotes the figure of the one measurement made after tuning ended).
        var score = ScoreSet("lint-blind.tsv", ReplyLinter.Default);
        output.WriteLine(score.ToString());
        Assert.Equal(100, score.Lines);
    }
}
