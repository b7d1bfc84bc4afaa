namespace CsEtiquette.Templates;

/// <summary>
/// Classifies clock time into <see cref="TimeOfDay"/> and names it in Chinese (早上/上午/中午/下午/晚上).
/// Pure functions; thread-safe.
/// </summary>
public static class TimesOfDay
{
    /// <summary>
    /// The part of the day for a local clock time: 早上 05:00–08:59, 上午 09:00–11:29, 中午 11:30–13:29,
    /// 下午 13:30–17:59, 晚上 18:00–04:59. Every minute of the day maps to exactly one value.
    /// </summary>
    /// <param name="localTime">Local clock time.</param>
    /// <returns>The part of the day.</returns>
    public static TimeOfDay Classify(TimeOnly localTime)
    {
        var minutes = (localTime.Hour * 60) + localTime.Minute;
        return minutes switch
        {
            < 5 * 60 => TimeOfDay.Evening,
            < 9 * 60 => TimeOfDay.Morning,
            < (11 * 60) + 30 => TimeOfDay.Forenoon,
            < (13 * 60) + 30 => TimeOfDay.Noon,
            < 18 * 60 => TimeOfDay.Afternoon,
            _ => TimeOfDay.Evening,
        };
    }

    /// <summary>
    /// The part of the day at <paramref name="now"/>, read from the local clock time of that offset
    /// (<c>2026-11-24T09:30:00+08:00</c> is 上午 whatever the machine's time zone is).
    /// </summary>
    /// <param name="now">An instant with the customer's (or the shop's) UTC offset.</param>
    /// <returns>The part of the day.</returns>
    public static TimeOfDay Classify(DateTimeOffset now) => Classify(TimeOnly.FromTimeSpan(now.TimeOfDay));

    /// <summary>The Chinese name used in greetings: 早上, 上午, 中午, 下午 or 晚上.</summary>
    /// <param name="timeOfDay">The part of the day.</param>
    /// <returns>A two-character interned string; never allocates.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="TimeOfDay"/>.</exception>
    public static string ToChinese(this TimeOfDay timeOfDay) => timeOfDay switch
    {
        TimeOfDay.Morning => "早上",
        TimeOfDay.Forenoon => "上午",
        TimeOfDay.Noon => "中午",
        TimeOfDay.Afternoon => "下午",
        TimeOfDay.Evening => "晚上",
        _ => throw new ArgumentOutOfRangeException(nameof(timeOfDay), timeOfDay, "Not a defined TimeOfDay."),
    };
}
