namespace CsEtiquette.Insights;

/// <summary>What quality inspection remembers about one open conversation (a few fields; bounded).</summary>
internal sealed class ConversationState(string id)
{
    public const int MaxTopics = 8;

    public string Id { get; } = id;

    public LinkedListNode<ConversationState>? Node;
    public long LastAtTicks;
    public bool HasCustomer;
    public bool AskedQuestion;
    public bool Complaint;
    public bool ComplaintHandled;
    public bool Apologized;

    /// <summary>
    /// The agent has apologised or empathised (by the linter's CSE009 markers) since the customer last became
    /// upset or complained; later replies are not checked for CSE009. Reset when the customer becomes upset again.
    /// </summary>
    public bool EmpathyShown;

    /// <summary>The customer's last message was upset (an emotion that requires empathy).</summary>
    public bool CustomerUpset;
    public bool SolutionSeen;
    public bool FollowUpResolved;
    public long SolutionAtTicks;
    public string? SolutionAgent;
    public string? LastCustomerEmotion;
    public List<string>? Topics;
}
