using System.Collections.Immutable;
using CsEtiquette.Analysis;
using CsEtiquette.Complaints;
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
    private readonly AssistantCues _cues = AssistantCues.Default;

    /// <summary>Creates an assistant over the given services.</summary>
    /// <param name="analyzer">Analyses customer messages.</param>
    /// <param name="linter">Checks every suggestion and every draft.</param>
    /// <param name="rewriter">Rewrites drafts (and parts of a suggestion that do not lint clean).</param>
    /// <param name="renderer">Renders the reply templates.</param>
    /// <param name="workflow">Drives complaint cases.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ReplyAssistant(
        ICustomerMessageAnalyzer analyzer,
        IReplyLinter linter,
        IPhraseRewriter rewriter,
        ITemplateRenderer renderer,
        IComplaintWorkflow workflow)
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
    }

    /// <summary>An assistant over the default analyzer, linter, rewriter, templates and a 24-hour complaint workflow; built once, thread-safe.</summary>
    public static ReplyAssistant Default => LazyDefault.Value;

    /// <inheritdoc />
    public ReplySuggestion Suggest(Conversation conversation, string latestCustomerMessage)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(latestCustomerMessage);
        conversation.Policy.EnsureValid();

        var analysis = _analyzer.Analyze(latestCustomerMessage);
        var now = conversation.Clock.GetUtcNow();
        var issue = ConversationIssue(conversation, analysis);
        var upset = analysis.Emotion.Polarity == EmotionPolarity.Negative;
        var complaintDetected = analysis.IsComplaint;
        var turn = new Turn(this, conversation, analysis, latestCustomerMessage, issue, upset, complaintDetected, now);

        var complaint = conversation.Complaint;
        if (complaint is { IsTerminal: true })
        {
            complaint = null;
        }

        if (complaint is null && complaintDetected)
        {
            complaint = _workflow.Start(CaseId(conversation), now);
        }

        if (complaint is not null)
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
        var next = conversation.WithCustomerTurn(latestCustomerMessage).WithAgentTurn(text).WithComplaint(complaint ?? conversation.Complaint);
        var step = complaint is null ? null : _complaintReplies.NextStep(_workflow, complaint);
        return new ReplySuggestion(text, parts, analysis, issue, complaint, step, report, next);
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
        var issue = ConversationIssue(conversation, null);
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
            var analysis = _analyzer.Analyze(lastCustomer);
            var complaint = analysis.IsComplaint || conversation.Complaint is { IsTerminal: false, State: ComplaintState.Opened or ComplaintState.EmotionAcknowledged };
            context = LintContextFor(conversation, lastCustomer, analysis, complaint);
        }

        var report = _linter.Lint(draft, context);
        var rewrite = _rewriter.Rewrite(draft, new RewriteContext(context));
        return new DraftCheck(report, rewrite);
    }

    private static string CaseId(Conversation conversation) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{conversation.Id}#{conversation.Turns.Length + 1}");

    /// <summary>The issue of the latest message, else of the most recent earlier customer turn that names one.</summary>
    private CustomerIssue ConversationIssue(Conversation conversation, MessageAnalysis? latest)
    {
        var issue = latest?.Issue ?? CustomerIssue.General;
        for (var i = conversation.Turns.Length - 1; issue == CustomerIssue.General && i >= 0; i--)
        {
            if (conversation.Turns[i].Role == ConversationRole.Customer)
            {
                issue = _analyzer.Analyze(conversation.Turns[i].Text).Issue;
            }
        }

        return issue;
    }

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

    /// <summary>The work of one Suggest call: the parts being composed and the complaint case being advanced.</summary>
    private sealed class Turn(
        ReplyAssistant owner,
        Conversation conversation,
        MessageAnalysis analysis,
        string message,
        CustomerIssue issue,
        bool upset,
        bool complaintDetected,
        DateTimeOffset now)
    {
        private readonly RenderContext _render = new(conversation.Context with { CustomerEmotion = analysis.Emotion.Label })
        {
            Seed = conversation.Seed,
            Turn = conversation.AgentTurnCount,
        };

        public List<ReplyPart> Parts { get; } = [];

        private AssistantCues Cues => owner._cues;

        private ShopPolicy Policy => conversation.Policy;

        public void HandleGeneral()
        {
            var first = conversation.AgentTurnCount == 0;
            if (upset)
            {
                AddEmpathy();
                Add(ReplyPartKind.Apology, TemplateIds.ApologyGeneral, Slots(("答复时限", Policy.ProcessingTime)),
                    "道歉: the customer is upset, so apologise before handling the problem (先道歉再处理问题).");
            }
            else if (first && conversation.Product is { } product)
            {
                Add(ReplyPartKind.Greeting, TemplateIds.GreetingTimeOfDay, Slots(("客服名", conversation.AgentName), ("商品", product)),
                    "开场问候: the agent's first turn opens with a personal greeting (time of day, agent name, product), not a mechanical one.");
            }

            if (analysis.PrimaryIntent == MessageIntent.Praise || analysis.Emotion.Label == CustomerEmotion.Satisfied)
            {
                Add(ReplyPartKind.Closing, TemplateIds.ClosingGeneral, null,
                    "结束语: the customer is satisfied, so thank them and ask whether anything else is needed.");
                return;
            }

            AddParaphrase();
            var asked = AddMissingInformation();
            if (!asked)
            {
                AddGeneralResolution();
            }

            if (Parts.Count == 0 || (Parts.Count == 1 && Parts[0].Kind == ReplyPartKind.Greeting && analysis.PrimaryIntent != MessageIntent.Other))
            {
                Add(ReplyPartKind.Acknowledgement, TemplateIds.ListeningAcknowledge, null,
                    "倾听回应: nothing specific to answer yet, so show the customer they are heard and invite them to go on.");
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
                if (issue == CustomerIssue.General)
                {
                    var step = owner._complaintReplies.NextStep(owner._workflow, owner._workflow.Start(c.Id, c.OpenedAt));
                    Parts.Add(new ReplyPart(ReplyPartKind.Apology, step.SuggestedReply, step.ReplyId,
                        "接纳情绪: a complaint was detected, so apologise first (投诉处理四步法 step 1)."));
                }
                else
                {
                    Add(ReplyPartKind.Apology, TemplateIds.ApologyGeneral, Slots(("答复时限", Policy.ProcessingTime)),
                        "接纳情绪: a complaint was detected, so apologise before handling the problem (投诉处理四步法 step 1).");
                }

                AddParaphrase();
            }
            else if (upset || complaintDetected)
            {
                AddEmpathy();
            }

            return c.State switch
            {
                ComplaintState.EmotionAcknowledged => Verify(c),
                ComplaintState.InformationVerified => Offer(c),
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
            var order = FindOrderNumber();
            if (order is null)
            {
                AddAskForOrder(c);
                return c;
            }

            var label = Cues.Find(issue)?.Label ?? "客户投诉";
            c = Apply(c, new VerifyInformation(order, label));
            return c.State == ComplaintState.InformationVerified ? Offer(c) : c;
        }

        private ComplaintCase Offer(ComplaintCase c)
        {
            c = Apply(c, new OfferSolutions(issue == CustomerIssue.LateDelivery ? Policy.DeliveryDelayOptions : Policy.SolutionOptions));
            if (c.State != ComplaintState.SolutionsOffered)
            {
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
            var index = DetectChoice(c.OfferedOptions);
            if (index is null)
            {
                AddStep(c, "The customer has not chosen yet: repeat the options and ask which they prefer.");
                return c;
            }

            c = Apply(c, new ChooseSolution(index.Value));
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
            AddStep(c, "The case is escalated: tell the customer calmly who takes over and when.");
            return c;
        }

        private ComplaintCase Apply(ComplaintCase c, ComplaintEvent e)
        {
            var at = now < c.UpdatedAt ? c.UpdatedAt : now;
            var result = owner._workflow.Apply(c, e, at);
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
            if (cue?.Photos is { } photos)
            {
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

        private void AddEmpathy()
        {
            if (Parts.Exists(p => p.Kind == ReplyPartKind.Empathy))
            {
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

        private void AddParaphrase()
        {
            if (analysis.IsAbusive || analysis.PrimaryIntent == MessageIntent.Other)
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
                    "复述确认: repeat the customer's need back to make sure it is understood."));
            }
        }

        private bool AddMissingInformation()
        {
            if (analysis.Missing.Count == 0 || analysis.GuidanceTemplateId is null)
            {
                return false;
            }

            var onlyOrder = true;
            foreach (var m in analysis.Missing)
            {
                onlyOrder &= m == MissingInfo.OrderNumber;
            }

            var cue = Cues.Find(issue);
            if (onlyOrder || cue?.Photos is null)
            {
                return Add(ReplyPartKind.AskForInformation, TemplateIds.GuidanceOrderNumber,
                    Slots(("查询内容", issue == CustomerIssue.LateDelivery ? "具体物流节点" : "订单详情")),
                    "引导提供信息: the order number is missing, so ask for it to check the order.");
            }

            return Add(ReplyPartKind.AskForInformation, analysis.GuidanceTemplateId, Slots(("拍摄内容", cue.Photos)),
                "引导提供信息: the order number and photos are missing, so ask for them (主动引导,控制节奏).");
        }

        private void AddGeneralResolution()
        {
            switch (issue)
            {
                case CustomerIssue.OutOfStock:
                    Add(ReplyPartKind.Commitment, TemplateIds.OutOfStockArrivalNotice, Slots(("商品", conversation.Product)),
                        "将“无法满足”转化为替代方案: the item is sold out, so offer the arrival notice instead of a bare refusal.");
                    return;
                case CustomerIssue.LateDelivery when FindOrderNumber() is not null:
                    Add(ReplyPartKind.Commitment, TemplateIds.CommitmentProcessingTime, Slots(("处理时限", Policy.ProcessingTime)),
                        "时限承诺: the order is known, so commit to a concrete processing time.");
                    return;
            }

            if (analysis.HasIntent(MessageIntent.AfterSales) && FindOrderNumber() is not null)
            {
                var rendered = TryRender(() => owner._renderer.RenderChoices(Policy.SolutionOptions, null, _render));
                if (rendered is { } r)
                {
                    Parts.Add(new ReplyPart(ReplyPartKind.Choices, r.Text, r.TemplateId,
                        "提供选择: an after-sales request with the order known, so offer the shop's 2–3 options."));
                }
            }
        }

        private string? RequestClause()
        {
            // The first clause with a request cue (想/要/希望…); otherwise, for after-sales and complaints, the first
            // clause in the customer's own voice (我收到的…). Clauses addressing the agent (你们…) are never repeated back.
            var start = 0;
            string? fallback = null;
            for (var i = 0; i <= message.Length; i++)
            {
                if (i < message.Length && !IsClauseBreak(message[i]))
                {
                    continue;
                }

                var clause = message.AsSpan(start, i - start).Trim();
                start = i + 1;
                if (clause.Length is < 3 or > 30 || clause.Contains('你') || clause.Contains('?') || clause.Contains('？'))
                {
                    continue;
                }

                foreach (var cue in Cues.RequestCues)
                {
                    if (clause.Contains(cue, StringComparison.Ordinal))
                    {
                        return clause.ToString();
                    }
                }

                if (clause[0] == '我')
                {
                    fallback ??= clause.ToString();
                }
            }

            return analysis.HasIntent(MessageIntent.AfterSales) || analysis.HasIntent(MessageIntent.Complaint) ? fallback : null;
        }

        private static bool IsClauseBreak(char c) =>
            c is ',' or '，' or '。' or '!' or '！' or '?' or '？' or ';' or '；' or ':' or '：' or '~' or '…' or '\n' or '\r' or '、' or ' ' or '　' or '.';

        private string? FindOrderNumber()
        {
            if (analysis.TryGetFact(FactKind.OrderNumber, out var fact))
            {
                return fact.Value;
            }

            if (conversation.Complaint is { OrderNumber: { } known, IsTerminal: false })
            {
                return known;
            }

            for (var i = conversation.Turns.Length - 1; i >= 0; i--)
            {
                var t = conversation.Turns[i];
                if (t.Role == ConversationRole.Customer && owner._analyzer.Analyze(t.Text).TryGetFact(FactKind.OrderNumber, out var earlier))
                {
                    return earlier.Value;
                }
            }

            return null;
        }

        private int? DetectChoice(ImmutableArray<string> options)
        {
            int? found = null;
            for (var i = 0; i < options.Length && i < Cues.Ordinals.Length; i++)
            {
                foreach (var cue in Cues.Ordinals[i])
                {
                    if (message.Contains(cue, StringComparison.Ordinal))
                    {
                        return i;
                    }
                }
            }

            // Otherwise a word of one option (补发, 退款) that no other option shares.
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
