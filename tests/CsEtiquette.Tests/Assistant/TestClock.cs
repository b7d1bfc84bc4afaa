namespace CsEtiquette.Tests.Assistant;

/// <summary>A hand-moved clock in UTC+8 for deterministic assistant tests.</summary>
internal sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private static readonly TimeZoneInfo China =
        TimeZoneInfo.CreateCustomTimeZone("CST-test", TimeSpan.FromHours(8), "CST", "CST");

    private DateTimeOffset _now = start;

    public static TestClock Morning() => new(new DateTimeOffset(2026, 11, 24, 10, 5, 0, TimeSpan.FromHours(8)));

    public override TimeZoneInfo LocalTimeZone => China;

    public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

    public void Advance(TimeSpan by) => _now += by;
}
