namespace CsEtiquette.Insights;

/// <summary>Adapter from quality inspection to the customer-message analyzer.</summary>
internal interface ICustomerClassifier
{
    /// <summary>Classifies one customer message.</summary>
    CustomerSignals Classify(string text);
}

/// <summary>What quality inspection needs to know about a customer message.</summary>
/// <param name="Intent">Primary intent label (e.g. <c>Inquiry</c>, <c>Complaint</c>).</param>
/// <param name="Emotion">The customer's emotion, as the analyzer read it.</param>
/// <param name="IsComplaint">Whether the message is a complaint (投诉), as <see cref="Analysis.MessageAnalysis.IsComplaint"/> decides.</param>
/// <param name="IsAbusive">Whether the message is abusive (辱骂).</param>
/// <param name="MayHoldPersonalData">False only when the classifier knows that redaction would leave the message as it
/// is (no fact that <see cref="Analysis.FactRedaction.NeedsMask(Analysis.FactKind, ReadOnlySpan{char})"/>); true (the
/// default) when it does not know, so the message is redacted.</param>
internal readonly record struct CustomerSignals(string Intent, CustomerEmotion Emotion, bool IsComplaint, bool IsAbusive, bool MayHoldPersonalData = true);
