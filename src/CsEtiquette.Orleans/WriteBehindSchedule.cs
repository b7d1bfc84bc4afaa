namespace CsEtiquette.Orleans;

/// <summary>
/// When a write-behind conversation grain writes (<see cref="ConversationGrainOptions"/>): a pure decision over the
/// number of unwritten changes and the times read from the grain's <see cref="TimeProvider"/>, so it is the same under a
/// fake clock as under the system clock. Thread-safe (no state).
/// </summary>
internal static class WriteBehindSchedule
{
    /// <summary>How long the grain may still hold its unwritten changes.</summary>
    /// <param name="unwritten">Changes not yet written (after the current one).</param>
    /// <param name="writeEvery"><see cref="ConversationGrainOptions.WriteEvery"/>.</param>
    /// <param name="oldestUnwrittenAt">When the oldest unwritten change was made.</param>
    /// <param name="now">The grain clock's current time.</param>
    /// <param name="maxWriteDelay"><see cref="ConversationGrainOptions.MaxWriteDelay"/>.</param>
    /// <returns><see cref="TimeSpan.Zero"/> when the grain must write now (the N-th change, or the oldest change has
    /// waited <paramref name="maxWriteDelay"/>); else the time left until the oldest change is due (never more than
    /// <paramref name="maxWriteDelay"/>, also when the clock went backwards); <see cref="Timeout.InfiniteTimeSpan"/>
    /// when nothing is unwritten.</returns>
    public static TimeSpan WaitBeforeWrite(int unwritten, int writeEvery, DateTimeOffset oldestUnwrittenAt, DateTimeOffset now, TimeSpan maxWriteDelay)
    {
        if (unwritten <= 0)
        {
            return Timeout.InfiniteTimeSpan;
        }

        if (unwritten >= writeEvery)
        {
            return TimeSpan.Zero;
        }

        var waited = now - oldestUnwrittenAt;
        if (waited >= maxWriteDelay)
        {
            return TimeSpan.Zero;
        }

        return waited < TimeSpan.Zero ? maxWriteDelay : maxWriteDelay - waited;
    }
}
