using CsEtiquette.Analysis;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.Hosting;
using CsEtiquette.Linting;

namespace CsEtiquette.Samples.AgentDesk;

/// <summary>A customer message posted to the desk.</summary>
public sealed record CustomerMessageRequest(string Text, string? Product = null);

/// <summary>A draft to lint, or a reply the agent sends.</summary>
public sealed record DraftRequest(string Text);

/// <summary>One key fact found in a customer message (order number, phone, date …).</summary>
public sealed record FactDto(FactKind Kind, string Value, int Start, int Length);

/// <summary>The analysis of a customer message.</summary>
public sealed record AnalysisDto(MessageIntent Intent, CustomerEmotion Emotion, double Intensity, AbuseSeverity Abuse, IReadOnlyList<FactDto> Facts)
{
    public static AnalysisDto From(MessageAnalysis a)
    {
        var facts = new List<FactDto>(a.Facts.Count);
        foreach (var f in a.Facts)
        {
            facts.Add(new FactDto(f.Kind, f.Value, f.Start, f.Length));
        }

        return new AnalysisDto(a.PrimaryIntent, a.Emotion.Label, Math.Round(a.Emotion.Intensity, 3), a.AbuseSeverity, facts);
    }
}

/// <summary>One lint finding, with its span for highlighting.</summary>
public sealed record FindingDto(string RuleId, Severity Severity, int Start, int Length, string Text, string Message, IReadOnlyList<string> Fixes)
{
    public static FindingDto From(Finding f) => new(f.RuleId, f.Severity, f.Start, f.Length, f.MatchedText, f.Message, f.Fixes);
}

/// <summary>One turn of the conversation.</summary>
public sealed record TurnDto(ConversationRole Role, string Text, DateTimeOffset At);

/// <summary>The reply to a customer message: its analysis, the suggested reply, the complaint step.</summary>
public sealed record SuggestionDto(
    string ConversationId,
    string Suggestion,
    CustomerIssue Issue,
    AnalysisDto? Analysis,
    ComplaintState? Complaint,
    string? NextStep,
    IReadOnlyList<FindingDto> Findings,
    IReadOnlyList<TurnDto> Turns);

/// <summary>The check of a draft: findings to highlight and the one-click rewrite.</summary>
public sealed record DraftCheckDto(bool IsClean, IReadOnlyList<FindingDto> Findings, string Rewritten, IReadOnlyList<string> EditRules);

/// <summary>The stored conversation.</summary>
public sealed record ConversationDto(string ConversationId, long Version, ComplaintState? Complaint, IReadOnlyList<TurnDto> Turns)
{
    public static ConversationDto From(StoredConversation s) =>
        new(s.Conversation.Id, s.Version, s.Conversation.Complaint?.State, ToTurns(s.Conversation));

    internal static IReadOnlyList<TurnDto> ToTurns(Conversation c)
    {
        var turns = new List<TurnDto>(c.Turns.Length);
        foreach (var t in c.Turns)
        {
            turns.Add(new TurnDto(t.Role, t.Text, t.At));
        }

        return turns;
    }
}

/// <summary>An error.</summary>
public sealed record ProblemDto(string Error);
