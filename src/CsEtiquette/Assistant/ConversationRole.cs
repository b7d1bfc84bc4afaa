namespace CsEtiquette.Assistant;

/// <summary>Who said a <see cref="ConversationTurn"/>.</summary>
public enum ConversationRole
{
    /// <summary>The customer (客户).</summary>
    Customer = 0,

    /// <summary>The customer-service agent (客服), human or bot.</summary>
    Agent = 1,
}
