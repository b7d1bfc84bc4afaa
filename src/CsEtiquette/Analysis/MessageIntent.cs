namespace CsEtiquette.Analysis;

/// <summary>What a customer wants (具体诉求): one message may carry several intents.</summary>
public enum MessageIntent
{
    /// <summary>Nothing else recognised: greetings (在吗), chit-chat, empty or unreadable input.</summary>
    Other = 0,

    /// <summary>Pre-sale or product consultation (咨询): price, stock, size, material, usage.</summary>
    Inquiry = 1,

    /// <summary>Ordering and payment (下单、付款、发票、改地址、优惠券).</summary>
    OrderAndPayment = 2,

    /// <summary>Shipping and delivery (发货、物流、快递、签收).</summary>
    Logistics = 3,

    /// <summary>After-sales (售后): return, exchange, refund, repair, damaged or faulty goods.</summary>
    AfterSales = 4,

    /// <summary>A complaint (投诉) about service or goods, including threats to escalate (12315, 差评).</summary>
    Complaint = 5,

    /// <summary>Praise and thanks (好评、表扬).</summary>
    Praise = 6,
}
