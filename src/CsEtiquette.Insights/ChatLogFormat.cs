namespace CsEtiquette.Insights;

/// <summary>Input format of a chat log.</summary>
public enum ChatLogFormat
{
    /// <summary>JSON Lines: one JSON object per line (<c>.jsonl</c>).</summary>
    JsonLines,

    /// <summary>RFC 4180 CSV with a header row naming the columns <c>conversation,role,agent,text,at</c>.</summary>
    Csv,
}
