namespace CsEtiquette.Insights;

/// <summary>Adapter from quality inspection to the customer-message analyzer.</summary>
internal interface ICustomerClassifier
{
    /// <summary>Classifies one customer message.</summary>
    CustomerSignals Classify(string text);
}

/// <summary>What quality inspection needs to know about a customer message.</summary>
/// <param name="Intent">Primary intent label (e.g. <c>Inquiry</c>, <c>Complaint</c>).</param>
/// <param name="Emotion">Emotion label (e.g. <c>Neutral</c>, <c>Angry</c>).</param>
/// <param name="IsComplaint">Whether the message is a complaint (投诉).</param>
/// <param name="IsAbusive">Whether the message is abusive (辱骂).</param>
internal readonly record struct CustomerSignals(string Intent, string Emotion, bool IsComplaint, bool IsAbusive);
