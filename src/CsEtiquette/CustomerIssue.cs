namespace CsEtiquette;

/// <summary>
/// What the customer's problem is about (问题类型): <see cref="Analysis.MessageAnalysis.Issue"/> recognises it from the
/// <c>issueCues</c> of the analysis lexicon; the reply assistant picks the empathy wording and the photos to ask for by it.
/// Shared by analysis, the assistant and quality inspection, hence in the root namespace.
/// </summary>
/// <remarks>The numbering is part of the contract: <see cref="General"/> = 0 means no specific problem.</remarks>
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
