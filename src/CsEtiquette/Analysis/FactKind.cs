namespace CsEtiquette.Analysis;

/// <summary>The kind of a <see cref="KeyFact"/> (关键信息).</summary>
public enum FactKind
{
    /// <summary>An order number (订单号), recognised by <see cref="AnalysisOptions.OrderNumberPatterns"/>.</summary>
    OrderNumber = 0,

    /// <summary>An express tracking number (快递单号): SF…, YT…, JD…, or a digit run after 中通/圆通/运单号.</summary>
    TrackingNumber = 1,

    /// <summary>
    /// A mainland mobile number (手机号) <c>1[3-9]</c> + 9 digits: plain, grouped 3-4-4 by <c>-</c>, space or <c>.</c>, with
    /// +86, in full-width digits, glued to letters (TEL13812345678, 13812345678a). Personal data (see <see cref="FactRedaction"/>).
    /// </summary>
    PhoneNumber = 2,

    /// <summary>An amount of money: ¥199, ￥19.9, 199元, 50块, 199.00.</summary>
    Amount = 3,

    /// <summary>A date or day: 明天, 11月20日, 2024-11-20, 20号, 周五.</summary>
    Date = 4,

    /// <summary>A duration: 3天内, 24小时, 1-3个工作日, 两周.</summary>
    Duration = 5,

    /// <summary>A size: XL码, 38码, XXL, 均码.</summary>
    Size = 6,

    /// <summary>A colour: 红色, 玫瑰金.</summary>
    Colour = 7,

    /// <summary>A product model: iPhone15Pro, Mate60, 小米14, X200.</summary>
    Model = 8,

    /// <summary>A quantity: 2件, 三双, 10个.</summary>
    Quantity = 9,

    /// <summary>A postal address (收货地址), e.g. 北京市朝阳区建国路88号; redacted by <see cref="ICustomerMessageAnalyzer.Redact(string)"/>.</summary>
    Address = 10,

    /// <summary>
    /// A resident ID number (身份证号): 18 characters, a province code, a birth date 19xx/20xx, digits or a final X.
    /// Personal data.
    /// </summary>
    IdCardNumber = 11,

    /// <summary>
    /// A bank-card number (银行卡号): 16-19 digits passing the Luhn check, grouped by four, after a 卡 cue (卡号、银行卡) or
    /// starting with the UnionPay prefix 62. Personal data.
    /// </summary>
    BankCardNumber = 12,

    /// <summary>An e-mail address (邮箱), e.g. zhang.san@example.com. Personal data.</summary>
    Email = 13,

    /// <summary>A landline number (座机): area code 0xx/0xxx, then 7-8 digits: 010-12345678, (010)12345678. Personal data.</summary>
    Landline = 14,
}
