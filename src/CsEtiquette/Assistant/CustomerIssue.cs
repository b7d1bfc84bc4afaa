namespace CsEtiquette.Assistant;

/// <summary>
/// What the customer's problem is about, as far as choosing the empathy wording is concerned (问题类型). Recognised from
/// cue words in the embedded <c>assistant.zh-CN.json</c>.
/// </summary>
public enum CustomerIssue
{
    /// <summary>No specific problem recognised.</summary>
    General = 0,

    /// <summary>商品破损: the item arrived damaged.</summary>
    DamagedItem = 1,

    /// <summary>物流延迟: the delivery is late.</summary>
    LateDelivery = 2,

    /// <summary>发错商品: a different item was delivered.</summary>
    WrongItem = 3,

    /// <summary>色差/与描述不符: the item differs from its description.</summary>
    DescriptionMismatch = 4,

    /// <summary>质量问题: the item is faulty.</summary>
    QualityFault = 5,

    /// <summary>退款未到账: a refund has not arrived.</summary>
    RefundDelay = 6,

    /// <summary>商品售罄: the item is out of stock.</summary>
    OutOfStock = 7,
}
