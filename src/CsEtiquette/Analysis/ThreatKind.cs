namespace CsEtiquette.Analysis;

/// <summary>Where a customer threatens to escalate (投诉升级).</summary>
public enum ThreatKind
{
    /// <summary>Not a threat (never produced in results; the default value).</summary>
    None = 0,

    /// <summary>Complaint to the platform or the shop's superiors (要投诉、找你们领导、平台介入).</summary>
    Platform = 1,

    /// <summary>Regulators and consumer bodies (12315、消协、工商、市场监管).</summary>
    Regulator = 2,

    /// <summary>Bad review (差评、一星).</summary>
    Review = 3,

    /// <summary>Public exposure (曝光、发微博、媒体).</summary>
    Media = 4,

    /// <summary>Legal action or police (起诉、律师、报警).</summary>
    Legal = 5,
}
