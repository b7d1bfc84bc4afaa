namespace CsEtiquette.Insights;

/// <summary>Who wrote a chat-log message.</summary>
public enum ChatRole
{
    /// <summary>The customer (<c>"role":"customer"</c>).</summary>
    Customer,

    /// <summary>A customer-service agent (<c>"role":"agent"</c>); its replies are quality-inspected (质检).</summary>
    Agent,
}
