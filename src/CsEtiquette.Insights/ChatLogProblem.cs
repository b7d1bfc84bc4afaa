namespace CsEtiquette.Insights;

/// <summary>A rejected chat-log line, as listed in reports.</summary>
/// <param name="Source">The log it came from (file name or shard name; empty when unnamed).</param>
/// <param name="Line">1-based line number in that log.</param>
/// <param name="Reason">What is wrong with it.</param>
public sealed record ChatLogProblem(string Source, long Line, string Reason);
