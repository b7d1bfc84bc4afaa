namespace CsEtiquette.Linting;

/// <summary>The result of <see cref="IReplyLinter.Lint"/>: the draft and its findings. Immutable and thread-safe.</summary>
/// <param name="Draft">The linted draft.</param>
/// <param name="Findings">Findings ordered by start offset, then rule id; empty for a clean draft.</param>
public sealed record LintReport(string Draft, IReadOnlyList<Finding> Findings)
{
    /// <summary>True when the draft has at least one finding.</summary>
    public bool HasFindings => Findings.Count > 0;

    /// <summary>True when at least one finding can be fixed automatically.</summary>
    public bool HasAutomaticFixes
    {
        get
        {
            foreach (var f in Findings)
            {
                if (f.HasAutomaticFix)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
