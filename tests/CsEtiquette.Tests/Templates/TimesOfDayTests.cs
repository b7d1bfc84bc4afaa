using CsEtiquette.Templates;

namespace CsEtiquette.Tests.Templates;

public sealed class TimesOfDayTests
{
    [Theory]
    [InlineData(0, 0, "晚上")]
    [InlineData(4, 59, "晚上")]
    [InlineData(5, 0, "早上")]
    [InlineData(8, 59, "早上")]
    [InlineData(9, 0, "上午")]
    [InlineData(11, 29, "上午")]
    [InlineData(11, 30, "中午")]
    [InlineData(13, 29, "中午")]
    [InlineData(13, 30, "下午")]
    [InlineData(17, 59, "下午")]
    [InlineData(18, 0, "晚上")]
    [InlineData(23, 59, "晚上")]
    public void Classify_Boundaries(int hour, int minute, string expected) =>
        Assert.Equal(expected, TimesOfDay.Classify(new TimeOnly(hour, minute)).ToChinese());

    [Fact]
    public void Classify_UsesTheOffsetsLocalTime_NotUtc()
    {
        // 09:30 in Beijing is 01:30 UTC: 上午, not 晚上.
        var at = new DateTimeOffset(2026, 11, 24, 9, 30, 0, TimeSpan.FromHours(8));
        Assert.Equal(TimeOfDay.Forenoon, TimesOfDay.Classify(at));
        Assert.Equal(TimeOfDay.Evening, TimesOfDay.Classify(at.ToUniversalTime()));
        Assert.Equal(TimeOfDay.Forenoon, new RenderContext(at).TimeOfDay);
    }

    [Fact]
    public void EveryMinute_MapsToOneOfFiveNames()
    {
        var seen = new HashSet<string>();
        for (var m = 0; m < 24 * 60; m++)
        {
            seen.Add(TimesOfDay.Classify(new TimeOnly(m / 60, m % 60)).ToChinese());
        }

        Assert.Equal(new HashSet<string> { "早上", "上午", "中午", "下午", "晚上" }, seen);
    }

    [Fact]
    public void ToChinese_UndefinedValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ((TimeOfDay)42).ToChinese());
}
