namespace CsEtiquette.Analysis;

/// <summary>Information an agent needs for the message's intent but that the customer has not given yet.</summary>
public enum MissingInfo
{
    /// <summary>The order number (订单号): needed for after-sales, complaints and delivery questions.</summary>
    OrderNumber = 0,

    /// <summary>Photos of the goods (商品照片): needed when goods are reported damaged or faulty.</summary>
    Photos = 1,
}
