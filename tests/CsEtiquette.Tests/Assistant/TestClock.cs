using Microsoft.Extensions.Time.Testing;

namespace CsEtiquette.Tests.Assistant;

/// <summary>Deterministic clocks for the tests: <see cref="FakeTimeProvider"/> in UTC+8 (no hand-written clock).</summary>
internal static class TestClock
{
    private static readonly TimeZoneInfo China =
        TimeZoneInfo.CreateCustomTimeZone("CST-test", TimeSpan.FromHours(8), "CST", "CST");

    /// <summary>A fake clock at <paramref name="start"/>, local time zone UTC+8; move it with <c>Advance</c>/<c>SetUtcNow</c>.</summary>
    public static FakeTimeProvider At(DateTimeOffset start)
    {
        // FakeTimeProvider keeps the offset of the start it is given and GetLocalNow then adds the zone's offset
        // again: start it in UTC.
        var clock = new FakeTimeProvider(start.ToUniversalTime());
        clock.SetLocalTimeZone(China);
        return clock;
    }

    /// <summary>2026-11-24 10:05 in UTC+8.</summary>
    public static FakeTimeProvider Morning() => At(new DateTimeOffset(2026, 11, 24, 10, 5, 0, TimeSpan.FromHours(8)));
}
