namespace CsEtiquette.Insights;

/// <summary>How often a practice was followed where it applied.</summary>
/// <param name="Compliant">Cases where it was followed.</param>
/// <param name="Applicable">Cases where it applied (including <paramref name="Pending"/>).</param>
/// <param name="Pending">Cases not decided yet (the log ends inside the 24 h follow-up window).</param>
public readonly record struct Compliance(long Compliant, long Applicable, long Pending)
{
    /// <summary>Compliant ÷ decided cases (0..1), or <see langword="null"/> when no case is decided.</summary>
    public double? Rate => Applicable - Pending > 0 ? (double)Compliant / (Applicable - Pending) : null;
}
