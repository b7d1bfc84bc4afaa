using CsEtiquette.Analysis;
using CsEtiquette.Complaints;

namespace CsEtiquette.Assistant;

/// <summary>
/// Reads a customer turn as a <see cref="DialogueAct"/> in the context of the conversation memory: what was asked,
/// which options are open, whether a case is running. Cue words come from <c>assistant.zh-CN.json</c> (<c>$.acts</c>).
/// Linear in the message; allocation-free. Thread-safe.
/// </summary>
internal static class DialogueActReader
{
    /// <summary>Messages longer than this are never read as a short act (thanks, acknowledgement, closing).</summary>
    private const int ShortTurnChars = 16;

    internal static DialogueAct Read(
        string message,
        MessageAnalysis analysis,
        ConversationMemory memory,
        ComplaintCase? complaint,
        AssistantCues cues,
        int? choice)
    {
        var text = message.AsSpan().Trim();
        if (text.Length == 0)
        {
            return DialogueAct.Greeting;
        }

        var openOptions = complaint is { State: ComplaintState.SolutionsOffered } || (complaint is null && !memory.OfferedOptions.IsDefaultOrEmpty);
        if (openOptions && choice is not null)
        {
            return DialogueAct.Choice;
        }

        var gaveOrder = analysis.TryGetFact(FactKind.OrderNumber, out _);
        var gaveIdentifier = gaveOrder || analysis.TryGetFact(FactKind.TrackingNumber, out _) || analysis.TryGetFact(FactKind.PhoneNumber, out _);
        var gavePhoto = AssistantCues.ContainsAny(text, cues.PhotoGiven);
        var pending = !memory.StillMissing.IsDefaultOrEmpty;
        if (pending && (gaveIdentifier || gavePhoto || analysis.TryGetFact(FactKind.Address, out _)) && !analysis.IsComplaint && !IsQuestion(text, cues))
        {
            return DialogueAct.Answer;
        }

        if (gaveOrder && text.Length <= 30 && !IsQuestion(text, cues) && !analysis.IsComplaint)
        {
            return DialogueAct.Answer;
        }

        // 好了没 / 查到了吗 / 怎么还没回 while the lookup the agent promised is pending: the customer chases it.
        if (memory.PendingTopic is not null && analysis.AbuseSeverity < AbuseSeverity.Moderate && IsChase(text, analysis, memory, cues))
        {
            return DialogueAct.Chase;
        }

        if (ReadShort(text, cues) is { } shortAct)
        {
            return shortAct;
        }

        // 怎么会是我们: the customer rejects blame; a complaint even when no emotion word is said (and not a question to echo).
        if (analysis.AbuseSeverity >= AbuseSeverity.Moderate || analysis.IsComplaint || RejectsBlame(text, cues))
        {
            return DialogueAct.Complaint;
        }

        if (IsGreeting(text, cues))
        {
            return DialogueAct.Greeting;
        }

        // 你们怎么回事，东西有问题，太生气了: an angry customer's rhetorical question about a goods problem is a complaint,
        // not a question to answer with a holding reply.
        if (analysis.Emotion.Label == CustomerEmotion.Angry && ReportsDefect(analysis))
        {
            return DialogueAct.Complaint;
        }

        if (IsQuestion(text, cues))
        {
            return DialogueAct.Question;
        }

        if (ReportsDefect(analysis))
        {
            return DialogueAct.Complaint;
        }

        if (AssistantCues.ContainsAny(text, cues.MidExplanation) || text[^1] is ',' or '，' or '、' or '…')
        {
            return DialogueAct.MidExplanation;
        }

        if (AssistantCues.ContainsAny(text, cues.RequestCues))
        {
            return DialogueAct.Request;
        }

        if (analysis.Issue == CustomerIssue.General && AssistantCues.ContainsAny(text, cues.Vague))
        {
            return DialogueAct.Vague;
        }

        return DialogueAct.Statement;
    }

    /// <summary>
    /// A goods problem: a named issue, an after-sales message for which the analyzer asks for photos (MissingInfo.Photos
    /// is only asked for goods reported damaged or faulty), or an upset after-sales statement.
    /// </summary>
    /// <summary>The intent score from which a model reading alone is acted on (the analyzer's default threshold).</summary>
    private const double ConfidentIntent = 0.5;

    internal static bool ReportsDefect(MessageAnalysis analysis)
    {
        if (analysis.Issue is CustomerIssue.DamagedItem or CustomerIssue.WrongItem or CustomerIssue.DescriptionMismatch or CustomerIssue.QualityFault)
        {
            return true;
        }

        foreach (var m in analysis.Missing)
        {
            if (m == MissingInfo.Photos)
            {
                return true;
            }
        }

        // An upset after-sales statement (收到的杯子有股怪味): the analyzer's model reads a goods problem even when no
        // issue word is in the lexicon. Only a confident reading counts: a best guess below 0.5 (the analyzer's fallback
        // when no intent reaches its threshold, e.g. 那个东西不对) is too vague to open a complaint on.
        return analysis.PrimaryIntent == MessageIntent.AfterSales && analysis.Intents[0].Score >= ConfidentIntent
            && analysis.Emotion.Polarity == EmotionPolarity.Negative;
    }

    /// <summary>The most letters a line may have besides its chase cues to be a bare chase (怎么还没回: 回).</summary>
    private const int BareChaseLetters = 4;

    /// <summary>
    /// 好了没 / 查到了吗 / 怎么还没回: a chase cue, and either little else (a bare chase) or no other problem named: 我的快递怎么还没到
    /// after a question about the product names a new problem and is no chase of the old lookup.
    /// </summary>
    private static bool IsChase(ReadOnlySpan<char> text, MessageAnalysis analysis, ConversationMemory memory, AssistantCues cues)
    {
        var letters = 0;
        var any = false;
        var i = 0;
        while (i < text.Length)
        {
            var matched = 0;
            foreach (var cue in cues.Chase)
            {
                if (cue.Length > matched && text[i..].StartsWith(cue, StringComparison.Ordinal))
                {
                    matched = cue.Length;
                }
            }

            if (matched > 0)
            {
                any = true;
                i += matched;
                continue;
            }

            if (char.IsLetterOrDigit(text[i]) && text[i] is not ('了' or '吗' or '呢' or '啊' or '呀' or '啦' or '么'))
            {
                letters++;
            }

            i++;
        }

        return any && (letters <= BareChaseLetters || analysis.Issue == CustomerIssue.General || analysis.Issue == memory.Issue);
    }

    /// <summary>怎么会是我们 / 凭什么说是我 / 关我什么事: the customer rejects blame (the <c>$.acts.blame</c> cues).</summary>
    internal static bool RejectsBlame(ReadOnlySpan<char> text, AssistantCues cues) => AssistantCues.ContainsAny(text, cues.Blame);

    internal static bool IsQuestion(ReadOnlySpan<char> text, AssistantCues cues)
    {
        foreach (var prefix in cues.NotQuestionPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                text = text[prefix.Length..];
                break;
            }
        }

        return AssistantCues.ContainsAny(text, cues.Question);
    }

    /// <summary>Only greeting words and punctuation (你好,在吗 / 在不在): a call for attention, not a question.</summary>
    internal static bool IsGreeting(ReadOnlySpan<char> text, AssistantCues cues)
    {
        if (text.Length > 10)
        {
            return false;
        }

        var i = 0;
        var any = false;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]) || char.IsPunctuation(text[i]) || char.IsSymbol(text[i]) || text[i] is '啊' or '呀' or '亲')
            {
                i++;
                continue;
            }

            var matched = false;
            foreach (var g in cues.Greeting)
            {
                if (text[i..].StartsWith(g, StringComparison.OrdinalIgnoreCase))
                {
                    i += g.Length;
                    matched = any = true;
                    break;
                }
            }

            if (!matched)
            {
                return false;
            }
        }

        return any;
    }

    /// <summary>
    /// A turn made only of thanks, closing, acknowledgement and filler words (好的谢谢, 没的，谢谢, 嗯嗯, 好的麻烦尽快),
    /// read as the strongest of them: closing, then thanks, then acknowledgement. Null when anything else is said.
    /// </summary>
    private static DialogueAct? ReadShort(ReadOnlySpan<char> text, AssistantCues cues)
    {
        if (text.Length > ShortTurnChars)
        {
            return null;
        }

        bool thanks = false, closing = false, ack = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                i++;
                continue;
            }

            var matched = false;
            foreach (var (word, kind) in cues.ShortWords)
            {
                if (text[i..].StartsWith(word, StringComparison.OrdinalIgnoreCase))
                {
                    thanks |= kind == AssistantCues.ShortWord.Thanks;
                    closing |= kind == AssistantCues.ShortWord.Closing;
                    ack |= kind == AssistantCues.ShortWord.Acknowledgement;
                    i += word.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                return null;
            }
        }

        return closing ? DialogueAct.Closing : thanks ? DialogueAct.Thanks : ack ? DialogueAct.Acknowledgement : null;
    }
}
