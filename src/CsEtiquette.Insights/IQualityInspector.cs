namespace CsEtiquette.Insights;

/// <summary>Quality inspection over chat logs (聊天记录质检); implemented by <see cref="QualityInspector"/>.</summary>
public interface IQualityInspector
{
    /// <summary>Inspects a whole log read by <paramref name="reader"/> (see <see cref="QualityInspector"/>).</summary>
    InsightAggregate Inspect(ChatLogReader reader, string source = "", Action<long>? recordsRead = null, CancellationToken cancellationToken = default);

    /// <summary>Inspects messages already in memory, in order.</summary>
    InsightAggregate Inspect(IEnumerable<ChatMessage> messages, CancellationToken cancellationToken = default);
}
