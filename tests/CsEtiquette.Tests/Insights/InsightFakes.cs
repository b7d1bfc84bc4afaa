using CsEtiquette.Insights;

namespace CsEtiquette.Tests.Insights;

/// <summary>Deterministic stand-ins for the linter and the analyzer, so inspection tests pin down aggregation only.</summary>
internal sealed class FakeReplyChecker : IReplyChecker
{
    public bool Check(string reply, bool isComplaint, CustomerEmotion customerEmotion, bool empathyShown, List<string> ruleIds, out bool showsEmpathy)
    {
        showsEmpathy = false;
        var flagged = false;
        if (reply.Contains("不能", StringComparison.Ordinal))
        {
            ruleIds.Add("CSE001");
            flagged = true;
        }

        if (reply.Contains('!', StringComparison.Ordinal))
        {
            ruleIds.Add("CSE009"); // info only: not flagged
        }

        return flagged;
    }
}

internal sealed class FakeCustomerClassifier : ICustomerClassifier
{
    public CustomerSignals Classify(string text)
    {
        var complaint = text.Contains("投诉", StringComparison.Ordinal);
        var intent = complaint ? "Complaint" : text.Contains('?', StringComparison.Ordinal) ? "Inquiry" : "Other";
        var emotion = text.Contains("气死", StringComparison.Ordinal) ? CustomerEmotion.Angry : complaint ? CustomerEmotion.Dissatisfied : CustomerEmotion.Neutral;
        return new CustomerSignals(intent, emotion, complaint, text.Contains("垃圾", StringComparison.Ordinal));
    }
}

internal static class InsightTestLogs
{
    public static readonly DateTimeOffset Base = new(2026, 11, 24, 9, 0, 0, TimeSpan.FromHours(8));

    public static QualityInspector Inspector(int workers = 2, long sequenceBase = 0, int window = 100_000) =>
        new(new QualityInspectorOptions { Workers = workers, SequenceBase = sequenceBase, ConversationWindow = window },
            new FakeReplyChecker(), new FakeCustomerClassifier());

    public static ChatMessage C(string conv, string text, DateTimeOffset at) => new(conv, ChatRole.Customer, null, text, at);

    public static ChatMessage A(string conv, string agent, string text, DateTimeOffset at) => new(conv, ChatRole.Agent, agent, text, at);

    public static string ToJsonLines(IEnumerable<ChatMessage> messages) => string.Join('\n', messages.Select(ToJsonLine));

    public static string ToJsonLine(ChatMessage m) => System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string?>
    {
        ["conversation"] = m.Conversation,
        ["role"] = m.Role == ChatRole.Agent ? "agent" : "customer",
        ["agent"] = m.Agent,
        ["text"] = m.Text,
        ["at"] = m.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
    });
}
