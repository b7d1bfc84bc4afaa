namespace CsEtiquette.Complaints;

/// <summary>The JSON shape of <c>Data/complaint-replies.zh-CN.json</c> (see docs/complaints.md).</summary>
internal sealed class ComplaintReplyPack
{
    public int SchemaVersion { get; set; }

    public string? Culture { get; set; }

    public Dictionary<string, string>? Replies { get; set; }
}
