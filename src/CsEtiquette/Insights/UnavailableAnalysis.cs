namespace CsEtiquette.Insights;

// PLACEHOLDERS until the linter and analyzer branches are merged: no findings, every message Other/Neutral.
// Replaced by LinterReplyChecker / AnalyzerCustomerClassifier at integration.
internal sealed class NoReplyChecker : IReplyChecker
{
    public static readonly NoReplyChecker Instance = new();

    public bool Check(string reply, string? lastCustomerText, List<string> ruleIds) => false;
}

internal sealed class NoCustomerClassifier : ICustomerClassifier
{
    public static readonly NoCustomerClassifier Instance = new();

    public CustomerSignals Classify(string text) => new("Other", "Neutral", false, false);
}
