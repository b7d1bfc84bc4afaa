using System.Collections.Immutable;
using CsEtiquette.Analysis;
using CsEtiquette.Complaints;
using CsEtiquette.Knowledge;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Templates;

namespace CsEtiquette.Assistant;

/// <summary>
/// The reply assistant (回复助手): analyses the customer's message, then composes a reply from templates in the order
/// the training seeds teach — handle the emotion first (共情 + 道歉 when the customer is upset), confirm understanding
/// (复述确认), ask for what is missing (订单号、照片), offer 2–3 choices (提供选择,而非单方面决定). When a complaint is
/// detected it opens a <see cref="ComplaintCase"/> and advances it through the four-step method
/// (投诉处理四步法: 接纳情绪 → 核实信息 → 解决方案 → 闭环跟进), following <see cref="IComplaintWorkflow.PlanNextStep"/> (replies rendered by <see cref="ComplaintReplySuggester"/>);
/// abuse escalates the case with the calm reply. Every suggestion is linted and lints clean.
/// </summary>
/// <remarks>
/// Stateless and thread-safe: share one instance (register as a singleton). All state is in the immutable
/// <see cref="Conversation"/>; the result carries the updated conversation. Deterministic: the same conversation,
/// message and clock reading give the same suggestion (template variants come from the conversation seed and the
/// agent-turn count).
/// </remarks>
public sealed class ReplyAssistant : IReplyAssistant
{
    private static readonly Lazy<ReplyAssistant> LazyDefault = new(
        () => new ReplyAssistant(CustomerMessageAnalyzer.Default, ReplyLinter.Default, PhraseRewriter.Default,
            TemplateRenderer.Default, new ComplaintWorkflow()),
        LazyThreadSafetyMode.ExecutionAndPublication);

    // Parts dropped, in this order, when a composed reply does not lint clean (least essential first).
    private static readonly ReplyPartKind[] Droppable =
        [ReplyPartKind.Paraphrase, ReplyPartKind.Greeting, ReplyPartKind.Acknowledgement, ReplyPartKind.Commitment];

    private readonly ICustomerMessageAnalyzer _analyzer;
    private readonly IReplyLinter _linter;
    private readonly IPhraseRewriter _rewriter;
    private readonly ITemplateRenderer _renderer;
    private readonly IComplaintWorkflow _workflow;
    private readonly ComplaintReplySuggester _complaintReplies;
    private readonly IShopKnowledge? _knowledge;
    private readonly IOrderLookup? _orders;
    private readonly AssistantCues _cues;

    // Without a knowledge pack, policy questions (售后期限是多久) are answered from the conversation's ShopPolicy.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ShopPolicy, ShopKnowledge> PolicyKnowledge = [];

    /// <summary>Creates an assistant over the given services.</summary>
    /// <param name="analyzer">Analyses customer messages.</param>
    /// <param name="linter">Checks every suggestion and every draft.</param>
    /// <param name="rewriter">Rewrites drafts (and parts of a suggestion that do not lint clean).</param>
    /// <param name="renderer">Renders the reply templates.</param>
    /// <param name="workflow">Drives complaint cases.</param>
    /// <param name="knowledge">The shop's FAQ and policy facts (常见问题速查); null answers only policy questions, from
    /// the conversation's <see cref="ShopPolicy"/>.</param>
    /// <param name="orders">Finds orders so requests are checked against the policy windows; null skips the check
    /// unless the customer says how long ago the goods arrived.</param>
    /// <param name="cues">The assistant cues pack (<see cref="AssistantCues.Load(string)"/>); null for <see cref="AssistantCues.Default"/>.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public ReplyAssistant(
        ICustomerMessageAnalyzer analyzer,
        IReplyLinter linter,
        IPhraseRewriter rewriter,
        ITemplateRenderer renderer,
        IComplaintWorkflow workflow,
        IShopKnowledge? knowledge = null,
        IOrderLookup? orders = null,
        AssistantCues? cues = null)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(linter);
        ArgumentNullException.ThrowIfNull(rewriter);
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(workflow);
        _analyzer = analyzer;
        _linter = linter;
        _rewriter = rewriter;
        _renderer = renderer;
        _workflow = workflow;
        _complaintReplies = new ComplaintReplySuggester(renderer);
        _knowledge = knowledge;
        _orders = orders;
        _cues = cues ?? AssistantCues.Default;
    }

    /// <summary>An assistant over the default analyzer, linter, rewriter, templates and a 24-hour complaint workflow; built once, thread-safe.</summary>
    public static ReplyAssistant Default => LazyDefault.Value;

    /// <inheritdoc />
    /// <remarks>
    /// Only <paramref name="latestCustomerMessage"/> is analysed: what earlier turns said is in
    /// <see cref="Conversation.Memory"/>. The turn is read as a <see cref="DialogueAct"/> in context and answered by
    /// it: a question from the knowledge pack (or a holding reply naming the topic and a time, or an open question),
    /// an answer to what was asked by going on, thanks by a closing, a choice by resolving the case.
    /// </remarks>
    public ReplySuggestion Suggest(Conversation conversation, string latestCustomerMessage)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(latestCustomerMessage);
        conversation.Policy.EnsureValid();

        var analysis = _analyzer.Analyze(latestCustomerMessage);
        var now = conversation.Clock.GetUtcNow();
        var complaint = conversation.Complaint;
        if (complaint is { IsTerminal: true })
        {
            complaint = null;
        }

        var memory = conversation.Memory;
        var options = complaint is { State: ComplaintState.SolutionsOffered } ? complaint.OfferedOptions : memory.OfferedOptions;
        var choice = options.IsDefaultOrEmpty ? null : DetectChoice(latestCustomerMessage, options, _cues);
        var act = DialogueActReader.Read(latestCustomerMessage, analysis, memory, complaint, _cues, choice);
        memory = Learn(memory, analysis, latestCustomerMessage, act, conversation.TurnWindow);
        var issue = memory.Issue;
        var blame = act == DialogueAct.Complaint && DialogueActReader.RejectsBlame(latestCustomerMessage, _cues);
        var upset = analysis.Emotion.Polarity == EmotionPolarity.Negative || blame;
        var complaintDetected = act == DialogueAct.Complaint
            && (analysis.IsComplaint || DialogueActReader.ReportsDefect(analysis) || blame);
        var turn = new Turn(this, conversation, memory, analysis, latestCustomerMessage, act, choice, issue, upset, complaintDetected, blame, now);

        if (complaint is null && complaintDetected)
        {
            complaint = _workflow.Start(CaseId(conversation), now);
        }

        if (act == DialogueAct.Chase)
        {
            // 好了没 / 查到了吗 while a promised lookup is pending: the reply is about that lookup; the case waits.
            turn.HandleChase();
        }
        else if (complaint is not null && act == DialogueAct.Question && complaint.State != ComplaintState.Opened)
        {
            // A new question mid-complaint gets answered; the case waits.
            turn.HandleQuestion();
        }
        else if (complaint is not null)
        {
            complaint = turn.HandleComplaint(complaint);
        }
        else
        {
            turn.HandleGeneral();
        }

        var context = LintContextFor(conversation, latestCustomerMessage, analysis, complaintDetected || upset);
        var (parts, report) = MakeClean(turn, context);
        var text = report.Draft;
        memory = turn.Remember(memory, complaint);
        var next = conversation.WithCustomerTurn(latestCustomerMessage).WithAgentTurn(text).WithComplaint(complaint ?? conversation.Complaint) with { Memory = memory };
        var step = complaint is null ? null : _complaintReplies.NextStep(_workflow, complaint);
        return new ReplySuggestion(text, parts, analysis, issue, complaint, step, report, next)
        {
            Act = act,
            Knowledge = turn.Match,
            Asked = turn.AskedNow,
            Eligibility = turn.Eligibility,
            Rejections = turn.Rejections,
        };
    }

    /// <summary>The memory with what <paramref name="analysis"/> of the latest message adds: facts, issue, emotion, what is no longer missing.</summary>
    private ConversationMemory Learn(ConversationMemory memory, MessageAnalysis analysis, string message, DialogueAct act, int window)
    {
        var facts = memory.Facts;
        var order = memory.OrderNumber;
        foreach (var f in analysis.Facts)
        {
            facts = facts.SetItem(f.Kind, f.Value);
            if (f.Kind == FactKind.OrderNumber)
            {
                order = f.Value;
            }
        }

        var photos = memory.PhotosGiven || AssistantCues.ContainsAny(message, _cues.PhotoGiven);
        var missing = memory.StillMissing;
        if (order is not null || (act == DialogueAct.Answer && (analysis.TryGetFact(FactKind.PhoneNumber, out _) || analysis.TryGetFact(FactKind.TrackingNumber, out _))))
        {
            // An order number, or a phone or tracking number given in answer (ask once, then accept what was given).
            missing = missing.Remove(MissingInfo.OrderNumber);
        }

        if (photos)
        {
            missing = missing.Remove(MissingInfo.Photos);
        }

        var issue = analysis.Issue != CustomerIssue.General ? analysis.Issue : memory.Issue;
        if (issue == CustomerIssue.General && act == DialogueAct.Complaint && DialogueActReader.ReportsDefect(analysis))
        {
            // A defect in words the issue lexicon does not list (漏水, 异响): a quality fault.
            issue = CustomerIssue.QualityFault;
        }

        return memory with
        {
            OrderNumber = order,
            Facts = facts,
            PhotosGiven = photos,
            Issue = issue,
            Emotions = Keep(memory.Emotions.Add(analysis.Emotion.Label), window),
            StillMissing = missing,
            LastAct = act,
            CustomerTurns = memory.CustomerTurns + 1,
        };
    }

    /// <inheritdoc />
    public ReplySuggestion? SuggestFollowUp(Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var complaint = conversation.Complaint;
        if (complaint is not { State: ComplaintState.Resolved })
        {
            return null;
        }

        var step = _complaintReplies.NextStep(_workflow, complaint);
        var issue = conversation.Memory.Issue;
        var context = new LintContext { Channel = conversation.Channel, Slots = PolicySlots(conversation.Policy) };
        var parts = new List<ReplyPart>
        {
            new(ReplyPartKind.ComplaintStep, step.SuggestedReply, step.ReplyId,
                "闭环跟进: the case is resolved, so follow up within the follow-up window to confirm the customer is satisfied."),
        };
        var text = Concat(parts);
        var report = _linter.Lint(text, context);
        if (report.HasFindings)
        {
            var rewritten = _rewriter.Rewrite(text, new RewriteContext(context)).Text;
            parts[0] = parts[0] with { Text = rewritten };
            text = rewritten;
            report = _linter.Lint(text, context);
        }

        var next = conversation.WithAgentTurn(text);
        return new ReplySuggestion(text, parts, null, issue, complaint, step, report, next);
    }

    /// <inheritdoc />
    public DraftCheck CheckDraft(string draft, Conversation conversation)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(conversation);
        string? lastCustomer = null;
        for (var i = conversation.Turns.Length - 1; i >= 0; i--)
        {
            if (conversation.Turns[i].Role == ConversationRole.Customer)
            {
                lastCustomer = conversation.Turns[i].Text;
                break;
            }
        }

        LintContext context;
        if (lastCustomer is null)
        {
            context = new LintContext { Channel = conversation.Channel, Slots = PolicySlots(conversation.Policy) };
        }
        else
        {
            // The one analysis of a draft check: the customer message it answers.
            var analysis = _analyzer.Analyze(lastCustomer);
            var complaint = analysis.IsComplaint || conversation.Complaint is { IsTerminal: false, State: ComplaintState.Opened or ComplaintState.EmotionAcknowledged };
            context = LintContextFor(conversation, lastCustomer, analysis, complaint);
        }

        var report = _linter.Lint(draft, context);
        var rewrite = _rewriter.Rewrite(draft, new RewriteContext(context));
        return new DraftCheck(report, rewrite);
    }

    private static string CaseId(Conversation conversation) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{conversation.Id}#{conversation.TurnCount + 1}");

    // The emotion history is bounded like the turns (only the latest emotion is read), so memory stays constant per turn.
    private static ImmutableArray<CustomerEmotion> Keep(ImmutableArray<CustomerEmotion> emotions, int window) =>
        emotions.Length <= window ? emotions : emotions.RemoveRange(0, emotions.Length - window);

    private static LintContext LintContextFor(Conversation conversation, string customerMessage, MessageAnalysis analysis, bool complaint) => new()
    {
        Channel = conversation.Channel,
        IsComplaint = complaint,
        CustomerEmotion = analysis.Emotion.Label,
        CustomerUsedEmoji = HasEmoji(customerMessage),
        Slots = PolicySlots(conversation.Policy),
    };

    private static Dictionary<string, string> PolicySlots(ShopPolicy policy) => new(StringComparer.Ordinal)
    {
        ["处理时限"] = policy.ProcessingTime,
        ["到货时间"] = policy.DeliveryTime + "内",
        ["答复时限"] = policy.ProcessingTime,
    };

    private static bool HasEmoji(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                var cp = char.ConvertToUtf32(c, text[i + 1]);
                if (cp is >= 0x1F000 and <= 0x1FAFF)
                {
                    return true;
                }
            }
            else if (c is >= '\u2600' and <= '\u27BF')
            {
                return true;
            }
        }

        return false;
    }

    private static string Concat(IReadOnlyList<ReplyPart> parts)
    {
        var length = 0;
        foreach (var p in parts)
        {
            length += p.Text.Length;
        }

        return string.Create(length, parts, static (span, ps) =>
        {
            var at = 0;
            foreach (var p in ps)
            {
                p.Text.AsSpan().CopyTo(span[at..]);
                at += p.Text.Length;
            }
        });
    }

    /// <summary>
    /// Makes the composed parts lint clean: drop optional parts, then rewrite part by part, then the whole, then fall
    /// back to a safe handover. Returns the parts and the lint report of their concatenation (linted once per attempt).
    /// </summary>
    private (List<ReplyPart> Parts, LintReport Report) MakeClean(Turn turn, LintContext context)
    {
        var parts = new List<ReplyPart>(turn.Parts);
        if (parts.Count == 0)
        {
            parts.Add(turn.Fallback());
        }

        var report = _linter.Lint(Concat(parts), context);
        if (!report.HasFindings)
        {
            return (parts, report);
        }

        foreach (var kind in Droppable)
        {
            if (parts.Count > 1 && parts.RemoveAll(p => p.Kind == kind) > 0 && parts.Count > 0)
            {
                report = _linter.Lint(Concat(parts), context);
                if (!report.HasFindings)
                {
                    return (parts, report);
                }
            }
        }

        // Rewrite each part on its own (without the complaint flag, so no empathy sentence is inserted per part).
        var partContext = new RewriteContext(context with { IsComplaint = false, CustomerEmotion = CustomerEmotion.Neutral });
        var rewritten = new List<ReplyPart>(parts.Count);
        foreach (var p in parts)
        {
            var r = _rewriter.Rewrite(p.Text, partContext);
            rewritten.Add(r.Changed ? p with { Text = r.Text, Reason = p.Reason + " (rewritten: " + string.Join(", ", RuleIds(r)) + ")" } : p);
        }

        report = _linter.Lint(Concat(rewritten), context);
        if (!report.HasFindings)
        {
            return (rewritten, report);
        }

        var whole = _rewriter.Rewrite(Concat(rewritten), new RewriteContext(context));
        if (whole.RemainingFindings.Count == 0)
        {
            report = _linter.Lint(whole.Text, context);
            if (!report.HasFindings)
            {
                return ([new ReplyPart(ReplyPartKind.ComplaintStep, whole.Text, "rewrite",
                    "The composed reply was rewritten as a whole to follow the communication rules.")], report);
            }
        }

        List<ReplyPart> fallback = [turn.Fallback()];
        return (fallback, _linter.Lint(Concat(fallback), context));
    }

    private static SortedSet<string> RuleIds(RewriteResult r)
    {
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var e in r.Edits)
        {
            seen.Add(e.RuleId);
        }

        return seen;
    }

    /// <summary>The option the customer picks in <paramref name="message"/>: an ordinal (第二个, 选一, 后者) or a word only one option has (补发, 退款); null when none or ambiguous.</summary>
    internal static int? DetectChoice(string message, ImmutableArray<string> options, AssistantCues cues)
    {
        for (var i = 0; i < options.Length && i < cues.Ordinals.Length; i++)
        {
            foreach (var cue in cues.Ordinals[i])
            {
                if (message.Contains(cue, StringComparison.Ordinal))
                {
                    return i;
                }
            }
        }

        int? found = null;
        for (var i = 0; i < options.Length; i++)
        {
            foreach (var word in KeyWords(options[i]))
            {
                if (!message.Contains(word, StringComparison.Ordinal) || InOtherOption(options, i, word))
                {
                    continue;
                }

                if (found is not null && found != i)
                {
                    return null;
                }

                found = i;
            }
        }

        return found;
    }

    private static bool InOtherOption(ImmutableArray<string> options, int index, string word)
    {
        for (var j = 0; j < options.Length; j++)
        {
            if (j != index && options[j].Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<string> KeyWords(string option)
    {
        var span = option.AsSpan();
        var cut = span.IndexOfAny(',', '，');
        var head = (cut >= 0 ? span[..cut] : span).ToString();
        for (var i = 0; i + 2 <= head.Length; i++)
        {
            var w = head.Substring(i, 2);
            if (w is not ("为您" or "您办" or "一件" or "办理") && char.IsLetter(w[0]) && char.IsLetter(w[1]))
            {
                yield return w;
            }
        }
    }

    private IShopKnowledge KnowledgeFor(ShopPolicy policy) =>
        _knowledge ?? PolicyKnowledge.GetValue(policy, static p => new ShopKnowledge("shop-policy", [], new KnowledgePolicy
        {
            ReturnWindowDays = Days(p.ReturnWindow),
            AfterSalesDays = Days(p.AfterSalesPeriod),
            WarrantyDays = p.WarrantyPeriod is { } w ? Days(w) : null,
            RefundTime = p.RefundTime,
            ProcessingTime = p.ProcessingTime,
        }));

    private static int Days(TimeSpan span) => Math.Max(1, (int)Math.Ceiling(span.TotalDays));

    /// <summary>The work of one Suggest call: the parts being composed and the complaint case being advanced.</summary>
    private sealed class Turn(
        ReplyAssistant owner,
        Conversation conversation,
        ConversationMemory memory,
        MessageAnalysis analysis,
        string message,
        DialogueAct act,
        int? choice,
        CustomerIssue issue,
        bool upset,
        bool complaintDetected,
        bool blame,
        DateTimeOffset now)
    {
        // The pending topic while the order is looked up by a phone or tracking number.
        private const string IdentifierTopic = "订单信息";

        private readonly RenderContext _render = new(conversation.Context with { CustomerEmotion = analysis.Emotion.Label })
        {
            Seed = conversation.Seed,
            Turn = conversation.AgentTurnCount,
        };

        private readonly List<MissingInfo> _asked = [];
        private readonly List<ComplaintApplyResult> _rejections = [];
        private string? _topic;
        private PolicyWindow? _pendingRequest;
        private ImmutableArray<string> _offered;

        public List<ReplyPart> Parts { get; } = [];

        public KnowledgeMatch? Match { get; private set; }

        public PolicyCheck? Eligibility { get; private set; }

        public IReadOnlyList<MissingInfo> AskedNow => _asked.Count == 0 ? [] : [.. _asked];

        public IReadOnlyList<ComplaintApplyResult> Rejections => _rejections.Count == 0 ? [] : [.. _rejections];

        private AssistantCues Cues => owner._cues;

        private ShopPolicy Policy => conversation.Policy;

        // The time node of a holding reply and of the answer to a chase: the shop's lookup time (查询答复时限), never a
        // figure of our own.
        private string HoldingTime => conversation.Policy.LookupTimeOrDefault;

        private string? OrderNumber => memory.OrderNumber ?? (conversation.Complaint is { IsTerminal: false } open ? open.OrderNumber : null);

        /// <summary>The memory after this reply: what it asked, offered and promised to look up.</summary>
        public ConversationMemory Remember(ConversationMemory m, ComplaintCase? complaint)
        {
            var asked = m.Asked;
            var missing = m.StillMissing;
            foreach (var a in _asked)
            {
                asked = asked.Contains(a) ? asked : asked.Add(a);
                missing = missing.Contains(a) ? missing : missing.Add(a);
            }

            var offered = complaint is { State: ComplaintState.SolutionsOffered } ? complaint.OfferedOptions
                : !_offered.IsDefault ? _offered
                : act == DialogueAct.Choice || complaint is not null ? [] : m.OfferedOptions;
            var consumed = act is DialogueAct.Answer or DialogueAct.Thanks or DialogueAct.Closing;
            return m with
            {
                Asked = asked,
                StillMissing = missing,
                OfferedOptions = offered,
                PendingTopic = _topic ?? (consumed ? null : m.PendingTopic),
                PendingRequest = _pendingRequest ?? (m.OrderNumber is not null ? null : m.PendingRequest),
                LastPolicyCheck = Eligibility ?? m.LastPolicyCheck,
            };
        }

        public void HandleGeneral()
        {
            var first = conversation.AgentTurnCount == 0;
            switch (act)
            {
                case DialogueAct.Greeting:
                    if (first && conversation.Product is { } product)
                    {
                        Add(ReplyPartKind.Greeting, TemplateIds.GreetingTimeOfDay, Slots(("客服名", conversation.AgentName), ("商品", product)),
                            "开场问候: the agent's first turn opens with a personal greeting (time of day, agent name, product), not a mechanical one.");
                    }
                    else
                    {
                        AddPhrase(ReplyPartKind.Greeting, "greeting", "开场问候: the customer calls for attention, so greet and ask how to help.", ("客服名", conversation.AgentName));
                    }

                    return;
                case DialogueAct.Thanks or DialogueAct.Closing or DialogueAct.Acknowledgement when !memory.OfferedOptions.IsDefaultOrEmpty:
                    AddOptionsPending();
                    return;
                case DialogueAct.Thanks:
                case DialogueAct.Closing:
                    Add(ReplyPartKind.Closing, TemplateIds.ClosingGeneral, null,
                        act == DialogueAct.Thanks
                            ? "结束语: the customer thanks us, so close warmly and invite further questions."
                            : "结束语: the customer has nothing more to ask, so close warmly.");
                    return;
                case DialogueAct.Acknowledgement:
                    HandleAcknowledgement();
                    return;
                case DialogueAct.Answer:
                    HandleAnswer();
                    return;
                case DialogueAct.Choice when choice is { } chosen && !memory.OfferedOptions.IsDefaultOrEmpty:
                    AddText(ReplyPartKind.Commitment, "好的，" + Trim(memory.OfferedOptions[chosen]) + "。", "assistant.choice",
                        "The customer chose one of the offered options: confirm it.");
                    Add(ReplyPartKind.Commitment, TemplateIds.CommitmentProcessingTime, Slots(("处理时限", Policy.ProcessingTime)),
                        "时限承诺: confirm the chosen option with a concrete processing time.");
                    return;
                case DialogueAct.Question:
                    HandleQuestion();
                    return;
                case DialogueAct.Request:
                    HandleRequest();
                    return;
                case DialogueAct.MidExplanation:
                    Add(ReplyPartKind.Acknowledgement, TemplateIds.ListeningAcknowledge, null,
                        "倾听回应: the customer is visibly mid-explanation, so a short acknowledgement lets them go on.");
                    return;
                case DialogueAct.Vague:
                    AddEmpathyWhenUpset();
                    AddOpenQuestion();
                    return;
                default:
                    HandleStatement();
                    return;
            }
        }

        /// <summary>A question: answered from the knowledge pack, or a holding reply naming the topic with a time, or an open question.</summary>
        public void HandleQuestion()
        {
            AddEmpathyWhenUpset();
            if (SignedButNotReceived())
            {
                return;
            }

            if (QuestionClauseCount(skipChase: false) >= 2 && QuestionClauses(skipChase: false) is { Count: >= 2 } several)
            {
                AnswerEach(several);
                return;
            }

            if (OrderSpecificDelivery())
            {
                return;
            }

            if (RequestWindow() is { } window && CheckEligibility(window))
            {
                return;
            }

            if (AddKnowledgeAnswer())
            {
                return;
            }

            AddHolding();
        }

        private void HandleStatement()
        {
            AddEmpathyWhenUpset();
            if (SignedButNotReceived() || OrderSpecificDelivery())
            {
                return;
            }

            if (analysis.Intents[0].Intent != MessageIntent.Other && AddKnowledgeAnswer())
            {
                return;
            }

            if (analysis.PrimaryIntent == MessageIntent.Praise || analysis.Emotion.Label == CustomerEmotion.Satisfied)
            {
                Add(ReplyPartKind.Closing, TemplateIds.ClosingGeneral, null,
                    "结束语: the customer is satisfied, so thank them and ask whether anything else is needed.");
                return;
            }

            if (analysis.Issue == CustomerIssue.OutOfStock && !RepeatsLastReply(TemplateIds.OutOfStockArrivalNotice))
            {
                Add(ReplyPartKind.Commitment, TemplateIds.OutOfStockArrivalNotice, Slots(("商品", conversation.Product)),
                    "将“无法满足”转化为替代方案: the item is sold out, so offer the arrival notice instead of a bare refusal.");
                return;
            }

            if (analysis.HasIntent(MessageIntent.AfterSales) && OrderNumber is not null)
            {
                if (memory.LastPolicyCheck is { IsWithinPolicy: false })
                {
                    // The customer insists after the rule was explained: hand over for review, do not offer refund/reship.
                    AddHandover();
                    return;
                }

                AddGeneralResolution();
                if (Parts.Exists(p => p.Kind == ReplyPartKind.Choices))
                {
                    return;
                }
            }

            if (AddMissingInformation())
            {
                return;
            }

            AddOpenQuestion();
        }

        private void HandleRequest()
        {
            AddEmpathyWhenUpset();
            if (RequestWindow() is { } window)
            {
                if (CheckEligibility(window))
                {
                    return;
                }

                if (OrderNumber is null)
                {
                    AddParaphrase();
                    if (!AskOrderOnce("订单详情", "引导提供信息: the request is checked against the policy with the order, so ask for the order number once."))
                    {
                        AddHandover();
                    }

                    _pendingRequest = window;
                    return;
                }
            }

            if (SignedButNotReceived() || OrderSpecificDelivery())
            {
                return;
            }

            if (AddKnowledgeAnswer())
            {
                return;
            }

            AddParaphrase();
            if (!AddMissingInformation())
            {
                AddGeneralResolution();
            }

            if (!Parts.Exists(p => p.Kind is ReplyPartKind.AskForInformation or ReplyPartKind.Choices or ReplyPartKind.Commitment))
            {
                AddHolding();
            }
        }

        private void HandleAcknowledgement()
        {
            if (act is DialogueAct.Thanks or DialogueAct.Closing)
            {
                Add(ReplyPartKind.Closing, TemplateIds.ClosingGeneral, null, "结束语: the customer thanks us or has nothing more to ask, so close warmly.");
            }
            else if (AssistantCues.ContainsAny(message, Cues.Urgency))
            {
                AddPhrase(ReplyPartKind.Commitment, "ackUrgent", "时限承诺: the customer agrees and asks for speed, so commit to a concrete time.", ("处理时限", Policy.ProcessingTime));
            }
            else if (!memory.StillMissing.IsDefaultOrEmpty)
            {
                AddPhrase(ReplyPartKind.Acknowledgement, "waitForInfo", "The customer is about to send what was asked: acknowledge briefly and wait (ask once, never again).");
            }
            else if (memory.PendingTopic is { } topic)
            {
                AddPhrase(ReplyPartKind.Commitment, "stillChecking", "时限承诺: something is being looked up, so say when the answer comes.", ("事项", topic), ("处理时限", HoldingTime));
                _topic = topic;
            }
            else
            {
                AddPhrase(ReplyPartKind.Closing, "anythingElse", "结束语: the customer agrees and nothing is open, so ask whether anything else is needed.");
            }
        }

        private void HandleAnswer()
        {
            var order = OrderNumber;
            if (memory.PhotosGiven && !conversation.Memory.PhotosGiven)
            {
                AddPhrase(ReplyPartKind.Acknowledgement, "photoThanks", "The customer sent the photos that were asked for: thank them.");
            }

            if (order is not null && (memory.PendingRequest ?? RequestWindow()) is { } window && CheckEligibility(window))
            {
                return;
            }

            if (order is not null)
            {
                var topic = memory.PendingTopic ?? (issue == CustomerIssue.LateDelivery ? "物流进度" : "订单详情");
                AddPhrase(ReplyPartKind.Commitment, "holdingOrder", "核实信息: the order number was given, so say what will be checked and by when (说明后续处理流程和时间节点).",
                    ("订单号", order), ("查询内容", topic), ("时限", HoldingTime));
                _topic = topic;
                return;
            }

            if (GivenIdentifier() is { } given)
            {
                AddPhrase(ReplyPartKind.Commitment, "holdingGiven", "The customer gave another identifier instead of the order number: accept it and look the order up (ask once, never again).",
                    ("信息", given), ("时限", HoldingTime));
                return;
            }

            if (Parts.Count == 0)
            {
                AddPhrase(ReplyPartKind.Commitment, "stillChecking", "时限承诺: the information was received, so say when the answer comes.", ("事项", memory.PendingTopic ?? "您的问题"), ("处理时限", HoldingTime));
            }
        }

        public ComplaintCase HandleComplaint(ComplaintCase c)
        {
            if (analysis.AbuseSeverity >= AbuseSeverity.Moderate && c.State is not (ComplaintState.Escalated or ComplaintState.FollowedUp or ComplaintState.Withdrawn))
            {
                c = Apply(c, new Escalate(EscalationReason.Abuse, EscalationTarget.Supervisor, "客户辱骂"));
                if (c.State == ComplaintState.Escalated)
                {
                    var step = owner._complaintReplies.NextStep(owner._workflow, c);
                    Parts.Add(new ReplyPart(ReplyPartKind.CalmReply, step.SuggestedReply, step.ReplyId,
                        "面对客户辱骂: stay calm, invite correction and hand the case to the supervisor (escalated for abuse)."));
                    return c;
                }
            }

            var opened = c.State == ComplaintState.Opened;
            if (opened)
            {
                c = Apply(c, new AcknowledgeEmotion());
                AddEmpathy();
                // The apology's time node is the shop's processing time (the template's own default is no shop's promise).
                Add(ReplyPartKind.Apology, TemplateIds.ApologyGeneral, Slots(("答复时限", Policy.ProcessingTime)),
                    "接纳情绪: a complaint was detected, so apologise before handling the problem (投诉处理四步法 step 1).");

                if (RequestClause() is not null)
                {
                    AddParaphrase();
                }

                if (SignedButNotReceived())
                {
                    return c;
                }
            }
            else if (upset || complaintDetected)
            {
                AddEmpathy();
            }

            if (!opened && act is DialogueAct.Thanks or DialogueAct.Closing or DialogueAct.Acknowledgement
                && c.State is ComplaintState.EmotionAcknowledged or ComplaintState.InformationVerified or ComplaintState.Escalated)
            {
                HandleAcknowledgement();
                return c;
            }

            if (!opened && act is DialogueAct.Thanks or DialogueAct.Closing or DialogueAct.Acknowledgement && c.State == ComplaintState.SolutionsOffered)
            {
                // 好的谢谢 after the options is no choice: acknowledge and keep them open instead of repeating them.
                AddOptionsPending();
                return c;
            }

            return c.State switch
            {
                ComplaintState.EmotionAcknowledged => Verify(c),
                ComplaintState.InformationVerified => CheckThenOffer(c),
                ComplaintState.SolutionsOffered => Choose(c),
                ComplaintState.SolutionChosen => Resolve(c),
                ComplaintState.Resolved => FollowedUp(c),
                ComplaintState.FollowedUp or ComplaintState.Withdrawn => Close(c),
                ComplaintState.Escalated => Escalated(c),
                _ => c,
            };
        }

        public ReplyPart Fallback()
        {
            var empathy = upset || complaintDetected
                ? Render(TemplateIds.EmpathyGeneral, null)
                : null;
            var handover = Render(TemplateIds.HandoverSpecialist, Slots(("处理时限", Policy.ProcessingTime))) ?? "您的问题我已详细记录,我们会尽快为您处理。";
            return new ReplyPart(ReplyPartKind.Commitment, (empathy ?? string.Empty) + handover, TemplateIds.HandoverSpecialist,
                "The composed reply could not be made to follow every communication rule, so a safe handover with a concrete time is suggested.");
        }

        private ComplaintCase Verify(ComplaintCase c)
        {
            var order = OrderNumber;
            if (order is null && memory.WasAsked(MissingInfo.OrderNumber))
            {
                // Asked once already: accept what the customer gave (a phone number, a tracking number) instead of asking
                // again, and look the order up with it. The case is verified only with a real order number: a phone
                // number is a PhoneNumber fact, never the case's order number.
                if (GivenIdentifier() is not { } given)
                {
                    AddHandover();
                }
                else if (memory.PendingTopic == IdentifierTopic)
                {
                    AddPhrase(ReplyPartKind.Commitment, "identifierChecking", "时限承诺: the order is being looked up with what the customer gave, so say when the answer comes (ask once, never again).",
                        ("信息", given), ("时限", HoldingTime));
                    _topic = IdentifierTopic;
                }
                else
                {
                    AddPhrase(ReplyPartKind.Commitment, "holdingGiven", "核实信息: the customer gave another identifier instead of the order number: accept it and look the order up with it (ask once, never again).",
                        ("信息", given), ("时限", HoldingTime));
                    _topic = IdentifierTopic;
                }

                return c;
            }

            if (order is null)
            {
                AddAskForOrder(c);
                return c;
            }

            var label = Cues.Find(issue)?.Label ?? "客户投诉";
            c = Apply(c, new VerifyInformation(order, label));
            return c.State == ComplaintState.InformationVerified ? CheckThenOffer(c) : c;
        }

        /// <summary>Checks a goods complaint against the after-sales period before offering refund or reship (out of policy: the rule and a review instead).</summary>
        private ComplaintCase CheckThenOffer(ComplaintCase c)
        {
            var window = issue is CustomerIssue.LateDelivery or CustomerIssue.RefundDelay or CustomerIssue.OutOfStock ? (PolicyWindow?)null : PolicyWindow.AfterSalesPeriod;
            if (window is { } w && Check(w) is { IsWithinPolicy: false } check)
            {
                AddOutOfPolicy(check);
                return Apply(c, new Escalate(EscalationReason.PolicyException, EscalationTarget.Supervisor, "超出" + Cues.Rule(RuleKey(w)).Name));
            }

            return Offer(c);
        }

        private ComplaintCase Offer(ComplaintCase c)
        {
            c = Apply(c, new OfferSolutions(issue == CustomerIssue.LateDelivery ? Policy.DeliveryDelayOptions : Policy.SolutionOptions));
            if (c.State != ComplaintState.SolutionsOffered)
            {
                AddStep(c, "The workflow did not accept the options yet: follow its next step.");
                return c;
            }

            var subject = c.OrderNumber is null ? "您的订单问题" : "订单" + c.OrderNumber + "的问题";
            var rendered = TryRender(() => owner._renderer.RenderChoices(c.OfferedOptions, Slots(("事项", subject)), _render));
            if (rendered is { } r)
            {
                Parts.Add(new ReplyPart(ReplyPartKind.Choices, r.Text, r.TemplateId,
                    "解决方案: the information is verified, so offer the shop's 2–3 options and let the customer choose (提供选择,而非单方面决定)."));
            }
            else
            {
                AddStep(c, "解决方案: offer the options of the shop policy.");
            }

            return c;
        }

        private ComplaintCase Choose(ComplaintCase c)
        {
            if (choice is null)
            {
                if (act == DialogueAct.Question && AddKnowledgeAnswer())
                {
                    return c;
                }

                AddStep(c, "The customer has not chosen yet: repeat the options and ask which they prefer.");
                return c;
            }

            c = Apply(c, new ChooseSolution(choice.Value));
            return c.State == ComplaintState.SolutionChosen ? Resolve(c) : c;
        }

        private ComplaintCase Resolve(ComplaintCase c)
        {
            AddStep(c, "解决方案: the customer chose an option; confirm it and promise the follow-up within the window.");
            return Apply(c, new Resolve(c.ChosenOption));
        }

        private ComplaintCase FollowedUp(ComplaintCase c)
        {
            var satisfied = !upset && !complaintDetected && !analysis.HasIntent(MessageIntent.AfterSales);
            c = Apply(c, new FollowUp(satisfied, message.Length <= 200 ? message : message[..200]));
            if (satisfied)
            {
                return Close(c);
            }

            if (Parts.Count == 0)
            {
                AddEmpathy();
            }

            return c.State switch
            {
                ComplaintState.InformationVerified => Offer(c),
                ComplaintState.Opened => HandleComplaint(c),
                _ => c,
            };
        }

        private ComplaintCase Close(ComplaintCase c)
        {
            AddStep(c, "闭环跟进: the customer is satisfied, so thank them and close the case.");
            return Apply(c, new Close());
        }

        private ComplaintCase Escalated(ComplaintCase c)
        {
            const string Reason = "The case is escalated: tell the customer calmly who takes over and when.";
            var step = owner._complaintReplies.NextStep(owner._workflow, c);
            if (step.ReplyId == TemplateIds.HandoverSpecialist)
            {
                // The workflow times the handover by its follow-up window; the customer is promised the shop's processing time.
                var team = c.Escalation?.Target == EscalationTarget.Platform ? "平台专员" : "主管";
                if (Add(ReplyPartKind.ComplaintStep, TemplateIds.HandoverSpecialist, Slots(("团队", team), ("处理时限", Policy.ProcessingTime)), Reason))
                {
                    return c;
                }
            }

            AddStep(c, Reason);
            return c;
        }

        private ComplaintCase Apply(ComplaintCase c, ComplaintEvent e)
        {
            var at = now < c.UpdatedAt ? c.UpdatedAt : now;
            var result = owner._workflow.Apply(c, e, at);
            if (!result.IsAccepted)
            {
                _rejections.Add(result);
            }

            return result.Case;
        }

        private void AddStep(ComplaintCase c, string reason)
        {
            var step = owner._complaintReplies.NextStep(owner._workflow, c);
            if (!string.IsNullOrEmpty(step.SuggestedReply))
            {
                Parts.Add(new ReplyPart(ReplyPartKind.ComplaintStep, step.SuggestedReply, step.ReplyId, reason));
            }
        }

        private void AddAskForOrder(ComplaintCase c)
        {
            var cue = Cues.Find(issue);
            _asked.Add(MissingInfo.OrderNumber);
            if (cue?.Photos is { } photos && !memory.PhotosGiven)
            {
                _asked.Add(MissingInfo.Photos);
                Add(ReplyPartKind.AskForInformation, TemplateIds.GuidanceOrderAndPhotos, Slots(("拍摄内容", photos)),
                    "核实信息: the order number is missing and photos show the problem, so ask for both (投诉处理四步法 step 2).");
            }
            else if (issue is CustomerIssue.LateDelivery or CustomerIssue.RefundDelay)
            {
                Add(ReplyPartKind.AskForInformation, TemplateIds.GuidanceOrderNumber,
                    Slots(("查询内容", issue == CustomerIssue.RefundDelay ? "退款进度" : "具体物流节点")),
                    "核实信息: the order number is missing, so ask for it with an open question (投诉处理四步法 step 2).");
            }
            else
            {
                AddStep(c, "核实信息: the order number is missing, so ask for it with an open question (投诉处理四步法 step 2).");
            }
        }

        /// <summary>物品没收到,怎么就签收了: check who signed before anything else (代收 by family, a locker, a station).</summary>
        private bool SignedButNotReceived()
        {
            if (!AssistantCues.ContainsAny(message, Cues.Signed) || !AssistantCues.ContainsAny(message, Cues.NotReceived))
            {
                return false;
            }

            AddPhrase(ReplyPartKind.AskForInformation, "signedCheck", "签收异常: the parcel shows as signed but did not arrive, so first check who signed (代收) before offering anything.");
            if (OrderNumber is { } order)
            {
                AddPhrase(ReplyPartKind.Commitment, "signedHolding", "时限承诺: the order is known, so say what will be checked and by when.", ("订单号", order), ("时限", Policy.ProcessingTime));
            }
            else if (!memory.WasAsked(MissingInfo.OrderNumber))
            {
                _asked.Add(MissingInfo.OrderNumber);
                AddPhrase(ReplyPartKind.AskForInformation, "signedAsk", "核实信息: the order number is needed to see the signing record.");
            }

            _topic = "签收记录";
            return true;
        }

        /// <summary>A question about the customer's own delivery (我的快递到哪了): ask for the order number once, or say what is checked and when.</summary>
        private bool OrderSpecificDelivery()
        {
            if (!analysis.HasIntent(MessageIntent.Logistics) || !AssistantCues.ContainsAny(message, Cues.OrderSpecific))
            {
                return false;
            }

            if (OrderNumber is { } order)
            {
                AddPhrase(ReplyPartKind.Commitment, "holdingOrder", "时限承诺: the order is known, so say what will be checked and by when.",
                    ("订单号", order), ("查询内容", "物流进度"), ("时限", HoldingTime));
                _topic = "物流进度";
                return true;
            }

            _topic = "物流进度";
            return AskOrderOnce("具体物流节点", "引导提供信息: a delivery question needs the order number to check the parcel, so ask for it.");
        }

        private bool AskOrderOnce(string what, string reason)
        {
            if (memory.WasAsked(MissingInfo.OrderNumber) || _asked.Contains(MissingInfo.OrderNumber))
            {
                return false;
            }

            _asked.Add(MissingInfo.OrderNumber);
            return Add(ReplyPartKind.AskForInformation, TemplateIds.GuidanceOrderNumber, Slots(("查询内容", what)), reason);
        }

        /// <summary>The policy window a return or repair request falls under, or null when it is no such request.</summary>
        private PolicyWindow? RequestWindow()
        {
            if (AssistantCues.ContainsAny(message, Cues.Warranty))
            {
                return PolicyWindow.WarrantyPeriod;
            }

            if (!AssistantCues.ContainsAny(message, Cues.NoReasonReturn))
            {
                return null;
            }

            var defect = issue is CustomerIssue.DamagedItem or CustomerIssue.WrongItem or CustomerIssue.DescriptionMismatch or CustomerIssue.QualityFault
                || DialogueActReader.ReportsDefect(analysis);
            return defect ? PolicyWindow.AfterSalesPeriod : PolicyWindow.ReturnWindow;
        }

        /// <summary>Checks the request against <paramref name="window"/>; replies and returns true when the check could be made.</summary>
        private bool CheckEligibility(PolicyWindow window)
        {
            if (Check(window) is not { } check)
            {
                return false;
            }

            if (!check.IsWithinPolicy)
            {
                AddOutOfPolicy(check);
                return true;
            }

            if (window == PolicyWindow.ReturnWindow && OrderNumber is { } order)
            {
                AddPhrase(ReplyPartKind.Answer, "inPolicyReturn", "售后资格: the order is inside the no-reason return window, so say how to return it and when the refund comes.",
                    ("订单号", order), ("天数", Days(check.Period).ToString(System.Globalization.CultureInfo.InvariantCulture)), ("退款时效", Policy.RefundTime));
                return true;
            }

            return false;
        }

        private PolicyCheck? Check(PolicyWindow window)
        {
            if (Eligibility is { } done && done.Window == window)
            {
                return done;
            }

            DateTimeOffset? delivered = null;
            var source = "order";
            if (OrderNumber is { } order && owner._orders?.Find(order) is { } record)
            {
                delivered = record.DeliveredAt ?? record.PlacedAt;
            }
            else if (StatedDays() is { } days)
            {
                delivered = now - TimeSpan.FromDays(days);
                source = "customer";
            }

            if (delivered is not { } at)
            {
                return null;
            }

            Eligibility = PolicyCheck.Check(window, Policy, at, now, source);
            return Eligibility;
        }

        /// <summary>买了15天 / 收到20天了: how many days ago the customer says the goods came; null when they do not say.</summary>
        private int? StatedDays()
        {
            if (!analysis.TryGetFact(FactKind.Duration, out var d) || !d.Value.EndsWith('天'))
            {
                return null;
            }

            var before = message.AsSpan(0, d.Start);
            if (!(before.EndsWith("买了") || before.EndsWith("收到") || before.EndsWith("签收") || before.EndsWith("到手") || before.EndsWith("用了") || before.EndsWith("已经")))
            {
                return null;
            }

            var digits = d.Value.AsSpan(0, d.Value.Length - 1);
            return int.TryParse(digits, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        }

        /// <summary>超出期限: the rule, what it means for this order, a review by the supervisor with a time, and the seeds' alternatives.</summary>
        private void AddOutOfPolicy(PolicyCheck check)
        {
            var key = RuleKey(check.Window);
            var rule = Cues.Rule(key);
            var inv = System.Globalization.CultureInfo.InvariantCulture;
            var periodDays = Days(check.Period).ToString(inv);
            var result = Fill(Cues.Phrase("outOfPolicyResult"), ("已过天数", check.ElapsedDays.ToString(inv)), ("期限名称", rule.Name), ("服务", rule.Service));
            Add(ReplyPartKind.RuleExplanation, TemplateIds.ComplaintRuleBasedReply, Slots(
                    ("规则", rule.Rule), ("规则内容", rule.Content.Replace("{天数}", periodDays, StringComparison.Ordinal)),
                    ("处理结果", result), ("处理时限", Policy.ProcessingTime)),
                "严格依据规则,清晰告知处理依据: the request is outside the policy window, so quote the rule instead of offering refund or reship.");
            if (check.Window == PolicyWindow.AfterSalesPeriod && Policy.WarrantyPeriod is { } warranty && check.Elapsed <= warranty)
            {
                AddPhrase(ReplyPartKind.Choices, "warrantyAlternative", "将“无法满足”转化为替代方案: the goods are still under warranty, so offer a free repair.",
                    ("天数", Days(warranty).ToString(inv)));
            }
            else if (check.Window == PolicyWindow.ReturnWindow)
            {
                AddPhrase(ReplyPartKind.Commitment, "outOfPolicyAlternatives", "将“无法满足”转化为替代方案: a quality problem is still handled by the after-sales team, with a time.",
                    ("处理时限", Policy.ProcessingTime));
            }
        }

        private static string RuleKey(PolicyWindow window) => window switch
        {
            PolicyWindow.ReturnWindow => "returnWindow",
            PolicyWindow.AfterSalesPeriod => "afterSales",
            _ => "warranty",
        };

        private bool AddKnowledgeAnswer()
        {
            var knowledge = owner.KnowledgeFor(Policy);
            var matches = knowledge.Find(message.Length > 256 ? message[..256] : message, 1);
            if (matches.Count == 0)
            {
                return false;
            }

            Match = matches[0];
            AddText(ReplyPartKind.Answer, Match.Entry.Answer, "knowledge." + Match.Id,
                "常见问题速查: the shop knowledge answers this question, so answer it in one turn (score " +
                Match.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + ").");
            AddPhrase(ReplyPartKind.Closing, "answerTail", "结束语: after the answer, invite further questions.");
            return true;
        }

        /// <summary>我帮您查一下…,请稍等: no answer yet, so name the topic and say by when (说明后续处理流程和时间节点).</summary>
        private void AddHolding()
        {
            var topic = Topic();
            if (topic is null)
            {
                AddOpenQuestion();
                return;
            }

            AddPhrase(ReplyPartKind.Commitment, "holding", "说明后续处理流程和时间节点: there is no answer in the knowledge yet, so name the topic and say when the answer comes.",
                ("话题", topic), ("时限", HoldingTime));
            _topic = topic;
        }

        private void AddHandover() =>
            Add(ReplyPartKind.Commitment, TemplateIds.HandoverSpecialist, Slots(("处理时限", Policy.ProcessingTime)),
                "转交专业团队: nothing more can be settled in this turn without asking again, so record the problem and hand it over with a time.");

        private void AddOpenQuestion()
        {
            string? point = null;
            foreach (var v in Cues.Vague)
            {
                if (message.Contains(v, StringComparison.Ordinal))
                {
                    point = "的问题";
                    break;
                }
            }

            Add(ReplyPartKind.AskForInformation, TemplateIds.ClarifyOpenQuestion, Slots(("问题点", point is null ? Cues.Phrase("vagueTopic") : "问题")),
                "开放式提问: the message does not say what the problem is, so ask an open question instead of guessing.");
        }

        /// <summary>The question as a topic: leading 请问/你好 and trailing 吗/呢/? dropped, the perspective swapped (我 → 您); null when nothing is left.</summary>
        private string? Topic() => FirstClauseWithContent() is { } clause ? TopicOf(clause) : null;

        private static string? TopicOf(string text)
        {
            foreach (var lead in (ReadOnlySpan<string>)["请问一下", "请问", "问一下", "你好", "您好", "亲", "那个", "客服"])
            {
                if (text.StartsWith(lead, StringComparison.Ordinal))
                {
                    text = text[lead.Length..].TrimStart(' ', ',', '，');
                }
            }

            text = TrimQuestionTail(text);
            if (text.Length < 2)
            {
                return null;
            }

            try
            {
                text = ReplyFragments.ParaphrasePredicate(text);
            }
            catch (ArgumentException)
            {
                return null;
            }

            return text.Length > 24 ? text[..24] : text;
        }

        /// <summary>
        /// Drops trailing punctuation and sentence particles (吗, 呢, 嘛, 啊, 呀, 么) but keeps the 么 of a question word:
        /// 赠品规则是什么 stays whole (not 赠品规则是什), 能便宜点么 becomes 能便宜点.
        /// </summary>
        internal static string TrimQuestionTail(string text)
        {
            var end = text.Length;
            while (end > 0)
            {
                var c = text[end - 1];
                if (c is '?' or '？' or '!' or '！' or '。' or '~' or ' ' or '吗' or '呢' or '嘛' or '啊' or '呀'
                    || (c == '么' && !(end >= 2 && text[end - 2] is '什' or '怎' or '多' or '这' or '那' or '要' or '干')))
                {
                    end--;
                    continue;
                }

                break;
            }

            return text[..end];
        }

        private string? FirstClauseWithContent()
        {
            var start = 0;
            string? fallback = null;
            for (var i = 0; i <= message.Length; i++)
            {
                if (i < message.Length && !IsClauseBreak(message[i], strong: true))
                {
                    continue;
                }

                var clause = message.AsSpan(start, i - start).Trim();
                start = i + 1;
                if (clause.Length < 2)
                {
                    continue;
                }

                if (DialogueActReader.IsQuestion(clause, Cues))
                {
                    return clause.ToString();
                }

                fallback ??= clause.ToString();
            }

            return fallback;
        }

        private bool RepeatsLastReply(string source)
        {
            var turns = conversation.Turns;
            return turns.Length > 0 && turns[^1].Role == ConversationRole.Agent && memory.PendingTopic == source;
        }

        private string? GivenIdentifier()
        {
            if (memory.Facts.TryGetValue(FactKind.TrackingNumber, out var tracking))
            {
                return "快递单号" + tracking;
            }

            if (memory.Facts.TryGetValue(FactKind.PhoneNumber, out var phone))
            {
                return "手机号" + FactRedaction.Mask(FactKind.PhoneNumber, phone);
            }

            return memory.Facts.ContainsKey(FactKind.Address) ? "收货地址" : null;
        }

        /// <summary>
        /// 好了没 / 查到了吗 / 怎么还没回 while the lookup the agent promised is pending: thank the customer for waiting and
        /// answer about that lookup (its topic and time node), never with a new holding reply or a listening phrase.
        /// Another question in the same line (好了没?另外能开发票吗) is still answered.
        /// </summary>
        public void HandleChase()
        {
            var topic = memory.PendingTopic ?? Cues.Phrase("vagueTopic");
            _topic = topic;
            if (memory.StillMissing.Contains(MissingInfo.OrderNumber) && OrderNumber is null && GivenIdentifier() is null)
            {
                // The lookup waits for the order number that was asked for: say so (a reminder, not a second ask).
                AddPhrase(ReplyPartKind.Commitment, "chaseNeedsOrder",
                    "时限承诺: the customer chases a lookup that waits for the order number asked for, so say what it needs and that it starts at once.",
                    ("事项", topic));
            }
            else
            {
                Add(ReplyPartKind.Empathy, TemplateIds.EmpathyLongWait, null,
                    "共情: the customer is waiting for what was promised, so thank them for their patience first.");
                AddPhrase(ReplyPartKind.Commitment, "chasePending",
                    "时限承诺: the customer chases the lookup the agent promised, so answer about that lookup: its topic and its time node.",
                    ("事项", topic), ("处理时限", HoldingTime));
            }

            if (QuestionClauses(skipChase: true) is { Count: > 0 } others)
            {
                AnswerEach(others, chased: true);
            }
        }

        /// <summary>
        /// 在吗 这个有货吗 什么时候发货: every question of the line is addressed, each from the knowledge pack when it
        /// answers, the rest in one holding reply naming their topics and a time node; then at most one ask (the order
        /// number, when a question is about the customer's own parcel and it is not known).
        /// </summary>
        private void AnswerEach(List<(string Clause, string Topic)> questions, bool chased = false)
        {
            var knowledge = owner.KnowledgeFor(Policy);
            var held = new List<string>(questions.Count);
            var answered = new List<string>(questions.Count);
            var needOrder = false;
            foreach (var (clause, topic) in questions)
            {
                // 我的快递到哪了 asks about the customer's own parcel: the order, not the pack's general delivery answer.
                var ownParcel = analysis.HasIntent(MessageIntent.Logistics) && AsksAboutOwnParcel(clause);
                var matches = ownParcel ? [] : knowledge.Find(clause, 1);
                if (matches.Count > 0)
                {
                    var m = matches[0];
                    if (!answered.Contains(m.Id))
                    {
                        answered.Add(m.Id);
                        Match ??= m;
                        AddText(ReplyPartKind.Answer, m.Entry.Answer, "knowledge." + m.Id,
                            "常见问题速查: one of several questions in the line, answered from the shop knowledge (score " +
                            m.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + ").");
                    }

                    continue;
                }

                if (ownParcel)
                {
                    if (OrderNumber is { } order)
                    {
                        AddPhrase(ReplyPartKind.Commitment, "holdingOrder", "时限承诺: a question about the customer's own parcel, the order is known: say what is checked and by when.",
                            ("订单号", order), ("查询内容", "物流进度"), ("时限", HoldingTime));
                        _topic ??= "物流进度";
                    }
                    else
                    {
                        needOrder = true;
                    }

                    continue;
                }

                held.Add(topic);
            }

            if (held.Count > 0)
            {
                AddPhrase(ReplyPartKind.Commitment, "holding",
                    "说明后续处理流程和时间节点: the knowledge has no answer to these questions yet, so name each topic and say when the answer comes.",
                    ("话题", JoinTopics(held, "”和“")), ("时限", HoldingTime));
                _topic = JoinTopics(held, "和");
            }

            var asked = needOrder && AskOrderOnce("具体物流节点", "引导提供信息: one question is about the customer's own parcel, so ask for the order number (once, after every question is addressed).");
            if (needOrder)
            {
                _topic ??= "物流进度";
            }

            if (!chased && !asked && !needOrder && !Parts.Exists(p => p.Kind == ReplyPartKind.Commitment))
            {
                AddPhrase(ReplyPartKind.Closing, "answerTail", "结束语: every question is answered, so invite further questions.");
            }

            if (!chased && conversation.AgentTurnCount == 0 && HasGreetingClause() && Parts.Count > 0 && Parts[0].Kind != ReplyPartKind.Empathy)
            {
                Parts.Insert(0, new ReplyPart(ReplyPartKind.Greeting, Fill(Cues.Phrase("answerLead")), "assistant.answerLead",
                    "开场问候: the customer opened with a greeting (在吗), so greet before the answers."));
            }
        }

        /// <summary>
        /// A parcel-status question in the customer's own voice (我的快递到哪了, 我买的发了没): a status cue of
        /// <c>$.acts.orderSpecific</c> (the entries that are not a bare 我… possessive) and 我 in the clause.
        /// 我这边是偏远地区能送到吗 names no status and stays a question for the knowledge pack.
        /// </summary>
        private bool AsksAboutOwnParcel(string clause)
        {
            if (!clause.Contains('我', StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var cue in Cues.OrderSpecific)
            {
                if (cue[0] != '我' && clause.Contains(cue, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private static string JoinTopics(List<string> topics, string and)
        {
            if (topics.Count == 1)
            {
                return topics[0];
            }

            var sb = new System.Text.StringBuilder();
            for (var i = 0; i < topics.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(i == topics.Count - 1 ? and : and == "和" ? "、" : "”、“");
                }

                sb.Append(topics[i]);
            }

            return sb.ToString();
        }

        /// <summary>How many clauses could be questions of their own (<see cref="QuestionClauses"/> without the topic test); allocates nothing.</summary>
        private int QuestionClauseCount(bool skipChase)
        {
            var count = 0;
            var start = 0;
            for (var i = 0; i <= message.Length; i++)
            {
                if (i < message.Length && !IsClauseBreak(message[i], strong: true))
                {
                    continue;
                }

                var clause = message.AsSpan(start, i - start).Trim();
                start = i + 1;
                if (IsQuestionClause(clause, skipChase))
                {
                    count++;
                }
            }

            return count;
        }

        private bool IsQuestionClause(ReadOnlySpan<char> clause, bool skipChase) =>
            clause.Length >= 2 && !DialogueActReader.IsGreeting(clause, Cues) && DialogueActReader.IsQuestion(clause, Cues)
            && !(skipChase && AssistantCues.ContainsAny(clause, Cues.Chase)) && !AsksForAService(clause);

        /// <summary>The questions of the line (clauses split at punctuation and spaces) with their topics; greetings, chases (when <paramref name="skipChase"/>) and clauses without a topic left out.</summary>
        private List<(string Clause, string Topic)> QuestionClauses(bool skipChase)
        {
            var list = new List<(string, string)>(4);
            var start = 0;
            for (var i = 0; i <= message.Length; i++)
            {
                if (i < message.Length && !IsClauseBreak(message[i], strong: true))
                {
                    continue;
                }

                var clause = message.AsSpan(start, i - start).Trim();
                start = i + 1;
                if (!IsQuestionClause(clause, skipChase))
                {
                    continue;
                }

                var text = clause.ToString();
                if (TopicOf(text) is { } topic)
                {
                    list.Add((text, topic));
                }
            }

            return list;
        }

        /// <summary>
        /// 能不能先帮我检查一下好吗: a request in question form (a request cue that hands the agent something to do: 帮我, 给我,
        /// 麻烦), not a question to answer or hold on its own.
        /// </summary>
        private bool AsksForAService(ReadOnlySpan<char> clause)
        {
            foreach (var cue in Cues.RequestCues)
            {
                if ((cue.Contains('我', StringComparison.Ordinal) || cue.StartsWith("麻烦", StringComparison.Ordinal)) && clause.Contains(cue, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        private bool HasGreetingClause()
        {
            var start = 0;
            for (var i = 0; i <= message.Length; i++)
            {
                if (i < message.Length && !IsClauseBreak(message[i], strong: true))
                {
                    continue;
                }

                var clause = message.AsSpan(start, i - start).Trim();
                start = i + 1;
                if (clause.Length > 0 && DialogueActReader.IsGreeting(clause, Cues))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>好的谢谢 / 好的 / 没有了 while options are open: acknowledge (or close politely) and keep the options open, without repeating them.</summary>
        private void AddOptionsPending()
        {
            switch (act)
            {
                case DialogueAct.Thanks:
                    AddPhrase(ReplyPartKind.Commitment, "optionsPendingThanks", "The customer thanks us but has not chosen yet: say you are welcome and that the options stay open, without repeating them.");
                    break;
                case DialogueAct.Closing:
                    AddPhrase(ReplyPartKind.Closing, "optionsKept", "结束语: the customer has nothing more to say and has not chosen: keep the options open and close warmly.");
                    break;
                default:
                    AddPhrase(ReplyPartKind.Commitment, "optionsPending", "The customer agrees but has not chosen yet: acknowledge briefly and wait for the choice, without repeating the options.");
                    break;
            }
        }

        private void AddEmpathyWhenUpset()
        {
            if (upset)
            {
                AddEmpathy();
            }
        }

        private void AddEmpathy()
        {
            if (Parts.Exists(p => p.Kind == ReplyPartKind.Empathy))
            {
                return;
            }

            if (blame)
            {
                AddPhrase(ReplyPartKind.Empathy, "blame", "不推卸责任: the customer feels blamed (怎么会是我们), so take responsibility and apologise for how it sounded before anything else.");
                return;
            }

            var template = Cues.Find(issue)?.EmpathyTemplate ?? TemplateIds.EmpathyGeneral;
            var reason = issue == CustomerIssue.General
                ? "共情: the customer is upset, so handle the emotion first (先处理情绪,再处理事情)."
                : $"共情: the customer is upset about {issue}, so show understanding from their point of view first (换位思考).";
            if (!Add(ReplyPartKind.Empathy, template, Slots(("商品", conversation.Product)), reason) && template != TemplateIds.EmpathyGeneral)
            {
                Add(ReplyPartKind.Empathy, TemplateIds.EmpathyGeneral, null, reason);
            }
        }

        /// <summary>复述确认 of a clear request only (never of a question), with the perspective swapped.</summary>
        private void AddParaphrase()
        {
            if (analysis.IsAbusive)
            {
                return;
            }

            var clause = RequestClause();
            if (clause is null)
            {
                return;
            }

            var rendered = TryRender(() => owner._renderer.RenderParaphrase(clause, _render));
            if (rendered is { } r)
            {
                Parts.Add(new ReplyPart(ReplyPartKind.Paraphrase, r.Text, r.TemplateId,
                    "复述确认: repeat the customer's request back to make sure it is understood."));
            }
        }

        private bool AddMissingInformation()
        {
            if (analysis.Missing.Count == 0 || analysis.GuidanceTemplateId is null)
            {
                return false;
            }

            var needOrder = false;
            var needPhotos = false;
            foreach (var m in analysis.Missing)
            {
                needOrder |= m == MissingInfo.OrderNumber && OrderNumber is null && !memory.WasAsked(MissingInfo.OrderNumber);
                needPhotos |= m == MissingInfo.Photos && !memory.PhotosGiven && !memory.WasAsked(MissingInfo.Photos);
            }

            var cue = Cues.Find(issue);
            if (needOrder && (!needPhotos || cue?.Photos is null))
            {
                _asked.Add(MissingInfo.OrderNumber);
                return Add(ReplyPartKind.AskForInformation, TemplateIds.GuidanceOrderNumber,
                    Slots(("查询内容", issue == CustomerIssue.LateDelivery ? "具体物流节点" : "订单详情")),
                    "引导提供信息: the order number is missing, so ask for it to check the order.");
            }

            if (needOrder && needPhotos)
            {
                _asked.Add(MissingInfo.OrderNumber);
                _asked.Add(MissingInfo.Photos);
                return Add(ReplyPartKind.AskForInformation, analysis.GuidanceTemplateId, Slots(("拍摄内容", cue!.Photos)),
                    "引导提供信息: the order number and photos are missing, so ask for them (主动引导,控制节奏).");
            }

            return false;
        }

        private void AddGeneralResolution()
        {
            switch (issue)
            {
                case CustomerIssue.OutOfStock when !RepeatsLastReply(TemplateIds.OutOfStockArrivalNotice):
                    Add(ReplyPartKind.Commitment, TemplateIds.OutOfStockArrivalNotice, Slots(("商品", conversation.Product)),
                        "将“无法满足”转化为替代方案: the item is sold out, so offer the arrival notice instead of a bare refusal.");
                    return;
                case CustomerIssue.LateDelivery when OrderNumber is not null:
                    Add(ReplyPartKind.Commitment, TemplateIds.CommitmentProcessingTime, Slots(("处理时限", Policy.ProcessingTime)),
                        "时限承诺: the order is known, so commit to a concrete processing time.");
                    return;
            }

            if (analysis.HasIntent(MessageIntent.AfterSales) && OrderNumber is not null)
            {
                var rendered = TryRender(() => owner._renderer.RenderChoices(Policy.SolutionOptions, null, _render));
                if (rendered is { } r)
                {
                    Parts.Add(new ReplyPart(ReplyPartKind.Choices, r.Text, r.TemplateId,
                        "提供选择: an after-sales request with the order known, so offer the shop's 2–3 options."));
                    _offered = Policy.SolutionOptions;
                }
            }
        }

        private string? RequestClause()
        {
            // The first clause with a request cue (想/要/希望/帮我…) that is not a question. A clause addressed to the
            // agent (你帮我…) becomes 希望我帮您…; 我知道/我明白 leads are not requests.
            var start = 0;
            for (var i = 0; i <= message.Length; i++)
            {
                if (i < message.Length && !IsClauseBreak(message[i], strong: false))
                {
                    continue;
                }

                var clause = message.AsSpan(start, i - start).Trim();
                start = i + 1;
                if (clause.Length is < 3 or > 30 || DialogueActReader.IsQuestion(clause, Cues) || clause.Contains('?') || clause.Contains('？'))
                {
                    continue;
                }

                foreach (var cue in Cues.RequestCues)
                {
                    if (!clause.Contains(cue, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var text = clause.ToString();
                    if (text.StartsWith("麻烦你", StringComparison.Ordinal) || text.StartsWith("麻烦您", StringComparison.Ordinal))
                    {
                        text = text[3..];
                    }
                    else if (text.StartsWith("麻烦", StringComparison.Ordinal) || text.StartsWith("请你", StringComparison.Ordinal) || text.StartsWith("请您", StringComparison.Ordinal))
                    {
                        text = text[2..];
                    }

                    if (text.StartsWith('你') || text.StartsWith('您') || text.StartsWith('帮'))
                    {
                        text = "希望" + (text.StartsWith('帮') ? "你" : string.Empty) + text;
                    }

                    return text;
                }
            }

            return null;
        }

        private static bool IsClauseBreak(char c, bool strong) =>
            c is '，' or ',' or '。' or '!' or '！' or '?' or '？' or ';' or '；' or '~' or '…' or '\n' or '\r' or '.'
            || (!strong && c is ':' or '：' or '、' or ' ' or '　')
            || (strong && c is ' ' or '　');

        private static string Trim(string option) => option.TrimEnd('。', '.', '，', ',');

        private void AddText(ReplyPartKind kind, string text, string source, string reason) =>
            Parts.Add(new ReplyPart(kind, text, source, reason));

        private void AddPhrase(ReplyPartKind kind, string key, string reason, params (string Name, string? Value)[] slots) =>
            AddText(kind, Fill(Cues.Phrase(key), slots), "assistant." + key, reason);

        private string Fill(string phrase, params (string Name, string? Value)[] slots)
        {
            var text = phrase;
            foreach (var (name, value) in slots)
            {
                text = text.Replace("{" + name + "}", value ?? string.Empty, StringComparison.Ordinal);
            }

            return conversation.Channel == ReplyChannel.Voice ? text.Replace("~", "。", StringComparison.Ordinal).Replace("。。", "。", StringComparison.Ordinal) : text;
        }

        private bool Add(ReplyPartKind kind, string templateId, IReadOnlyDictionary<string, string>? slots, string reason)
        {
            var text = Render(templateId, slots);
            if (text is null)
            {
                return false;
            }

            Parts.Add(new ReplyPart(kind, text, templateId, reason));
            return true;
        }

        private string? Render(string templateId, IReadOnlyDictionary<string, string>? slots) =>
            TryRender(() => owner._renderer.Render(templateId, slots, _render))?.Text;

        private static RenderedReply? TryRender(Func<RenderedReply> render)
        {
            try
            {
                return render();
            }
            catch (TemplateNotFoundException)
            {
                return null;
            }
            catch (TemplateRenderException)
            {
                return null;
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        private static Dictionary<string, string> Slots(params (string Name, string? Value)[] values)
        {
            var d = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, value) in values)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    d[name] = value;
                }
            }

            return d;
        }
    }
}
