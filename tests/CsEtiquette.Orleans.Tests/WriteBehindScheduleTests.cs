using Microsoft.Extensions.Time.Testing;

namespace CsEtiquette.Orleans.Tests;

/// <summary>The write-behind decision (<see cref="WriteBehindSchedule"/>) under a fake clock.</summary>
public sealed class WriteBehindScheduleTests
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    [Fact]
    public void NothingUnwritten_NeverWrites()
    {
        var now = new FakeTimeProvider().GetUtcNow();
        Assert.Equal(Timeout.InfiniteTimeSpan, WriteBehindSchedule.WaitBeforeWrite(0, 4, now, now, Delay));
    }

    [Fact]
    public void TheNthChange_WritesAtOnce()
    {
        var now = new FakeTimeProvider().GetUtcNow();
        Assert.Equal(TimeSpan.Zero, WriteBehindSchedule.WaitBeforeWrite(4, 4, now, now, Delay));
        Assert.Equal(TimeSpan.Zero, WriteBehindSchedule.WaitBeforeWrite(1, 1, now, now, Delay));
    }

    [Fact]
    public void FewerChanges_WaitUntilTheOldestHasWaitedMaxWriteDelay()
    {
        var clock = new FakeTimeProvider();
        var oldest = clock.GetUtcNow();
        Assert.Equal(Delay, WriteBehindSchedule.WaitBeforeWrite(1, 4, oldest, clock.GetUtcNow(), Delay));

        clock.Advance(TimeSpan.FromMilliseconds(1500));
        Assert.Equal(TimeSpan.FromMilliseconds(500), WriteBehindSchedule.WaitBeforeWrite(3, 4, oldest, clock.GetUtcNow(), Delay));

        clock.Advance(TimeSpan.FromMilliseconds(500));
        Assert.Equal(TimeSpan.Zero, WriteBehindSchedule.WaitBeforeWrite(3, 4, oldest, clock.GetUtcNow(), Delay));
    }

    [Fact]
    public void ClockGoingBackwards_WaitsAtMostMaxWriteDelay()
    {
        var clock = new FakeTimeProvider();
        var oldest = clock.GetUtcNow();
        clock.AdjustTime(oldest - TimeSpan.FromHours(1));
        Assert.Equal(Delay, WriteBehindSchedule.WaitBeforeWrite(2, 4, oldest, clock.GetUtcNow(), Delay));
    }
}
