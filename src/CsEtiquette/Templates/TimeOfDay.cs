namespace CsEtiquette.Templates;

/// <summary>
/// The part of the day a greeting names (早上/上午/中午/下午/晚上), classified from local clock time by
/// <see cref="TimesOfDay.Classify(TimeOnly)"/>.
/// </summary>
public enum TimeOfDay
{
    /// <summary>早上: 05:00–08:59.</summary>
    Morning = 0,

    /// <summary>上午: 09:00–11:29.</summary>
    Forenoon = 1,

    /// <summary>中午: 11:30–13:29.</summary>
    Noon = 2,

    /// <summary>下午: 13:30–17:59.</summary>
    Afternoon = 3,

    /// <summary>晚上: 18:00–04:59 (late night is still greeted with 晚上好).</summary>
    Evening = 4,
}
