namespace CsEtiquette.Insights;

/// <summary>Quality inspection over chat logs (聊天记录质检); implemented by <see cref="QualityInspector"/>.</summary>
public interface IQualityInspector
{
    /// <summary>Inspects a whole log read by <paramref name="reader"/> (see <see cref="QualityInspector"/>).</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter type (ChatLogReader vs IEnumerable<ChatMessage>), so no call binds to both.")]
    InsightAggregate Inspect(ChatLogReader reader, string source = "", Action<long>? recordsRead = null, CancellationToken cancellationToken = default);

    /// <summary>Inspects messages already in memory, in order.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters", Justification = "The overloads differ in their first parameter type (ChatLogReader vs IEnumerable<ChatMessage>), so no call binds to both.")]
    InsightAggregate Inspect(IEnumerable<ChatMessage> messages, CancellationToken cancellationToken = default);
}
