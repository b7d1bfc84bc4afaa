using System.Globalization;
using CsEtiquette.Insights;
using Spectre.Console;

namespace CsEtiquette.Cli.Report;

/// <summary>The console summary of <c>cse report</c>: Spectre.Console tables.</summary>
internal static class ConsoleReportRenderer
{
    public static void Render(IAnsiConsole console, InsightReport report, string source)
    {
        var summary = new Table().Border(TableBorder.Rounded).Title($"[bold]质检报告 Quality inspection[/] {Esc(source)}");
        summary.AddColumn("指标 Metric").AddColumn(new TableColumn("值 Value").RightAligned());
        summary.AddRow("消息 Messages", ReportLabels.Number(report.Messages));
        summary.AddRow("客户消息 Customer messages", ReportLabels.Number(report.CustomerMessages));
        summary.AddRow("客服回复 Agent replies", ReportLabels.Number(report.AgentMessages));
        summary.AddRow("会话 Conversations", ReportLabels.Number(report.Conversations));
        summary.AddRow("投诉会话 Complaint conversations", ReportLabels.Number(report.ComplaintConversations));
        summary.AddRow("投诉率 Complaint rate", ReportLabels.Percent(report.ComplaintRate));
        summary.AddRow("辱骂消息 Abusive messages", ReportLabels.Number(report.AbusiveMessages));
        summary.AddRow("坏行 Bad lines", ReportLabels.Number(report.BadLineCount));
        if (report.From is { } from && report.To is { } to)
        {
            summary.AddRow("时间范围 Period (UTC)", $"{from.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} → {to.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}");
        }

        if (report.ConversationsClosedEarly > 0)
        {
            summary.AddRow("提前关闭会话 Closed early (window full)", ReportLabels.Number(report.ConversationsClosedEarly));
        }

        console.Write(summary);

        var agents = new Table().Border(TableBorder.Rounded).Title("[bold]客服质检 Agents[/]");
        agents.AddColumn("客服 Agent")
            .AddColumn(new TableColumn("回复 Replies").RightAligned())
            .AddColumn(new TableColumn("问题回复 Flagged").RightAligned())
            .AddColumn(new TableColumn("质检分 Score").RightAligned())
            .AddColumn(new TableColumn("投诉处理 Complaints").RightAligned())
            .AddColumn("先道歉后方案 Apology first")
            .AddColumn("24h回访 Follow-up")
            .AddColumn("主要问题 Top findings");
        foreach (var a in report.Agents)
        {
            agents.AddRow(
                Esc(a.Agent), ReportLabels.Number(a.Replies), ReportLabels.Number(a.FlaggedReplies),
                ReportLabels.Score(a.QualityScore), ReportLabels.Number(a.ComplaintsHandled),
                ReportLabels.Compliance(a.ApologyBeforeSolution), ReportLabels.Compliance(a.FollowUpWithin24h),
                ReportLabels.TopFindings(a.FindingsByRule));
        }

        if (report.Agents.Count == 0)
        {
            agents.AddRow("–", "0", "0", "–", "0", "–", "–", "–");
        }

        console.Write(agents);
        console.Write(Distribution("意图分布 Intents", report.Intents));
        console.Write(Distribution("情绪分布 Emotions", report.Emotions));

        var keywords = new Table().Border(TableBorder.Rounded).Title("[bold]高频关键词 Top keywords (TF-IDF)[/]");
        keywords.AddColumn(new TableColumn("#").RightAligned()).AddColumn("关键词 Keyword")
            .AddColumn(new TableColumn("权重 Weight").RightAligned()).AddColumn(new TableColumn("次数 Count").RightAligned());
        var rank = 1;
        foreach (var k in report.TopKeywords)
        {
            keywords.AddRow((rank++).ToString(CultureInfo.InvariantCulture), Esc(k.Word),
                k.Weight.ToString("0.0000", CultureInfo.InvariantCulture), ReportLabels.Number(k.Count));
        }

        console.Write(keywords);

        var questions = new Table().Border(TableBorder.Rounded).Title("[bold]高频问题 Top questions[/]");
        questions.AddColumn("问题类别 Topic").AddColumn(new TableColumn("会话 Conversations").RightAligned())
            .AddColumn(new TableColumn("占比 Share").RightAligned()).AddColumn("示例 Sample");
        foreach (var q in report.TopQuestions)
        {
            questions.AddRow(Esc(q.Topic), ReportLabels.Number(q.Conversations), ReportLabels.Percent(q.Share), Esc(q.Sample));
        }

        console.Write(questions);

        if (report.Suggestions.Count > 0)
        {
            console.MarkupLine("[bold]建议 Suggestions[/]");
            foreach (var s in report.Suggestions)
            {
                console.MarkupLine(" • " + Esc(s));
            }
        }

        if (report.IsApproximate)
        {
            console.MarkupLine("[yellow]注意: keyword counts are approximate (the term table was pruned).[/]");
        }
    }

    private static Table Distribution(string title, IReadOnlyList<LabelCount> items)
    {
        var t = new Table().Border(TableBorder.Rounded).Title($"[bold]{Esc(title)}[/]");
        t.AddColumn("类别 Label").AddColumn(new TableColumn("数量 Count").RightAligned()).AddColumn(new TableColumn("占比 Share").RightAligned());
        foreach (var i in items)
        {
            t.AddRow(Esc(ReportLabels.Display(i.Label)), ReportLabels.Number(i.Count), ReportLabels.Percent(i.Share));
        }

        return t;
    }

    /// <summary>Markup-escaped and terminal-safe (no ESC/NUL/RLO from agent names, topics or samples).</summary>
    private static string Esc(string text) => Markup.Escape(ConsoleText.Neutralize(text));
}
