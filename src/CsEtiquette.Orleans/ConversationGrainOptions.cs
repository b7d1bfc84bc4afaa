namespace CsEtiquette.Orleans;

/// <summary>
/// How often a conversation grain writes its state (写入策略). The default, <see cref="WriteEvery"/> = 1, writes after
/// every change before the call returns: an acknowledged message is never lost. A larger value is write-behind: the
/// grain writes on every <see cref="WriteEvery"/>-th change, when <see cref="MaxWriteDelay"/> has passed since the first
/// unwritten change, and on deactivation (idle collection, <see cref="IConversationGrain.Deactivate"/>, a silo shutting
/// down); a silo that crashes loses at most the unwritten changes of its chats (fewer than <see cref="WriteEvery"/> per
/// chat, none older than <see cref="MaxWriteDelay"/>). Set through <c>AddCsEtiquetteGrainStorage(o => …)</c>; checked at
/// silo start.
/// </summary>
public sealed class ConversationGrainOptions
{
    /// <summary>The most changes (<c>Suggest</c> / <c>Apply</c> calls) a grain holds before it writes; 1 – 1000, default 1 (write-through).</summary>
    public int WriteEvery { get; set; } = 1;

    /// <summary>With <see cref="WriteEvery"/> above 1, the longest an unwritten change waits; 100 ms – 10 min, default 2 s. Unused when <see cref="WriteEvery"/> is 1.</summary>
    public TimeSpan MaxWriteDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The clock that decides when an unwritten change has waited <see cref="MaxWriteDelay"/>; null (default)
    /// uses the <see cref="System.TimeProvider"/> registered in the silo's services (<c>AddCsEtiquette</c> registers
    /// <see cref="TimeProvider.System"/>). The grain still wakes up through an Orleans grain timer; this clock only
    /// decides whether the write is due, so a test can set a <c>FakeTimeProvider</c> here without changing the clock of
    /// the Orleans runtime itself (membership, call time-outs).</summary>
    public TimeProvider? TimeProvider { get; set; }
}
