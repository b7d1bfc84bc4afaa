using System.Text.Json.Serialization;

namespace CsEtiquette.Complaints;

/// <summary>
/// Step 1, 接纳情绪: the agent apologises before handling the problem, e.g.
/// “给您带来不好的体验非常抱歉，我们马上核实情况。” Accepted only in <see cref="ComplaintState.Opened"/>.
/// </summary>
public sealed record AcknowledgeEmotion : ComplaintEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override ComplaintTrigger Trigger => ComplaintTrigger.AcknowledgeEmotion;
}
