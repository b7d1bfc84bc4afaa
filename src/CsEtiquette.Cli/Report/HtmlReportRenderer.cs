using System.Globalization;
using System.Net;
using System.Text;
using CsEtiquette.Insights;

namespace CsEtiquette.Cli.Report;

/// <summary>
/// The <c>--html</c> output of <c>cse report</c>: one self-contained HTML file (inline CSS, inline SVG bar charts,
/// a few lines of inline script, a Content-Security-Policy forbidding any external asset) that reads well on a
/// phone. Every chart is a <c>figure[data-chart]</c> whose bars are <c>rect.bar</c> elements.
/// </summary>
internal static class HtmlReportRenderer
{
    private const int ViewWidth = 420;
    private const int LabelWidth = 120;
    private const int BarArea = 200;
    private const int RowHeight = 26;

    internal sealed record Bar(string Label, double Value, string ValueText);

    public static string Render(InsightReport report, string source, DateTimeOffset generatedAt) => Render(report, source, generatedAt, null);

    /// <summary>The page, with a before/after trends section when <paramref name="comparison"/> is given.</summary>
    public static string Render(InsightReport report, string source, DateTimeOffset generatedAt, InsightComparison? comparison)
    {
        var h = new StringBuilder(32 * 1024);
        h.Append("""
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
            <title>质检报告 · cse report</title>
            <style>
            :root{--fg:#1f2933;--muted:#616e7c;--bar:#2f80ed;--bg:#f5f7fa;--card:#fff;--line:#e4e7eb}
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.5 -apple-system,"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:var(--fg);background:var(--bg)}
            main{max-width:960px;margin:0 auto;padding:12px}
            h1{font-size:1.4rem;margin:.4rem 0}
            h2{font-size:1.1rem;margin:1.2rem 0 .5rem}
            .meta{color:var(--muted);font-size:.85rem;word-break:break-all}
            .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(140px,1fr));gap:8px}
            .card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px 10px}
            .card b{display:block;font-size:1.25rem}
            .card span{color:var(--muted);font-size:.8rem}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px}
            figure{margin:0;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:8px}
            figcaption{font-weight:600;margin-bottom:4px}
            svg{width:100%;height:auto;display:block}
            svg text{font-size:13px;fill:var(--fg)}
            svg .v{fill:var(--muted)}
            rect.bar{fill:var(--bar)}
            .scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;background:var(--card);border:1px solid var(--line);border-radius:8px}
            table{border-collapse:collapse;width:100%;font-size:.9rem}
            th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:left;white-space:nowrap}
            td.n,th.n{text-align:right}
            td.wrap{white-space:normal;min-width:12em}
            ul.suggest li{margin:.3rem 0}
            .empty{color:var(--muted)}
            </style>
            </head>
            <body>
            <main>
            """);
        h.Append("<h1>质检报告 Quality inspection</h1>\n<p class=\"meta\">")
            .Append(E(source)).Append(" · generated ")
            .Append(generatedAt.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture));
        if (report.From is { } from && report.To is { } to)
        {
            h.Append(" · period ").Append(from.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))
                .Append(" → ").Append(to.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)).Append(" UTC");
        }

        h.Append("</p>\n<section class=\"cards\">\n");
        Card(h, "消息 Messages", ReportLabels.Number(report.Messages));
        Card(h, "会话 Conversations", ReportLabels.Number(report.Conversations));
        Card(h, "客服回复 Replies", ReportLabels.Number(report.AgentMessages));
        Card(h, "投诉率 Complaint rate", ReportLabels.Percent(report.ComplaintRate));
        Card(h, "辱骂 Abusive", ReportLabels.Number(report.AbusiveMessages));
        Card(h, "坏行 Bad lines", ReportLabels.Number(report.BadLineCount));
        Card(h, "会话质检分 Mean score", ReportLabels.Score(report.MeanConversationScore));
        Card(h, "推断满意度 Inferred CSAT", ReportLabels.Percent(report.InferredSatisfaction));
        Card(h, "负面情绪率 Negative emotion", ReportLabels.Percent(report.NegativeEmotionRate));
        Card(h, "首响 First response", report.MeanFirstResponseSeconds is { } fr ? fr.ToString("0.#", CultureInfo.InvariantCulture) + " s" : "—");
        h.Append("</section>\n");

        if (report.Suggestions.Count > 0)
        {
            h.Append("<h2>建议 Suggestions</h2>\n<ul class=\"suggest\">\n");
            foreach (var s in report.Suggestions)
            {
                h.Append("<li>").Append(E(s)).Append("</li>\n");
            }

            h.Append("</ul>\n");
        }

        h.Append("<h2>图表 Charts</h2>\n<section class=\"grid\">\n");
        foreach (var (id, title, bars) in Charts(report))
        {
            Chart(h, id, title, bars);
        }

        h.Append("</section>\n");

        h.Append("<h2>客服质检 Agents</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th>客服 Agent</th><th class=\"n\">回复 Replies</th><th class=\"n\">问题回复 Flagged</th><th class=\"n\">质检分 Score</th><th class=\"n\">投诉处理 Complaints</th><th>先道歉后方案 Apology first</th><th>24h回访 Follow-up</th><th>主要问题 Top findings</th></tr></thead>\n<tbody>\n");
        foreach (var a in report.Agents)
        {
            h.Append("<tr><td>").Append(E(a.Agent)).Append("</td><td class=\"n\">").Append(ReportLabels.Number(a.Replies))
                .Append("</td><td class=\"n\">").Append(ReportLabels.Number(a.FlaggedReplies))
                .Append("</td><td class=\"n\">").Append(ReportLabels.Score(a.QualityScore))
                .Append("</td><td class=\"n\">").Append(ReportLabels.Number(a.ComplaintsHandled))
                .Append("</td><td>").Append(E(ReportLabels.Compliance(a.ApologyBeforeSolution)))
                .Append("</td><td>").Append(E(ReportLabels.Compliance(a.FollowUpWithin24h)))
                .Append("</td><td>").Append(E(ReportLabels.TopFindings(a.FindingsByRule, 5))).Append("</td></tr>\n");
        }

        h.Append("</tbody></table></div>\n");

        h.Append("<h2>高频问题 Top questions</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th>问题类别 Topic</th><th class=\"n\">会话 Conversations</th><th class=\"n\">占比 Share</th><th>示例 Sample</th></tr></thead>\n<tbody>\n");
        foreach (var q in report.TopQuestions)
        {
            h.Append("<tr><td>").Append(E(q.Topic)).Append("</td><td class=\"n\">").Append(ReportLabels.Number(q.Conversations))
                .Append("</td><td class=\"n\">").Append(ReportLabels.Percent(q.Share))
                .Append("</td><td class=\"wrap\">").Append(E(q.Sample)).Append("</td></tr>\n");
        }

        h.Append("</tbody></table></div>\n");

        if (comparison is not null)
        {
            AppendTrends(h, comparison);
        }

        AppendConversations(h, report);

        if (report.BadLines.Count > 0)
        {
            h.Append("<h2>坏行 Bad lines (first ").Append(report.BadLines.Count).Append(" of ").Append(ReportLabels.Number(report.BadLineCount))
                .Append(")</h2>\n<div class=\"scroll\"><table>\n<thead><tr><th>Source</th><th class=\"n\">Line</th><th>Reason</th></tr></thead>\n<tbody>\n");
            foreach (var b in report.BadLines)
            {
                h.Append("<tr><td>").Append(E(b.Source)).Append("</td><td class=\"n\">").Append(b.Line.ToString(CultureInfo.InvariantCulture))
                    .Append("</td><td class=\"wrap\">").Append(E(b.Reason)).Append("</td></tr>\n");
            }

            h.Append("</tbody></table></div>\n");
        }

        h.Append("""
            </main>
            <script>
            (function () {
              var errors = 0;
              var body = document.body;
              window.addEventListener('error', function () { errors++; body.setAttribute('data-errors', String(errors)); });
              var figures = document.querySelectorAll('figure[data-chart]');
              var counts = [];
              for (var i = 0; i < figures.length; i++) {
                var f = figures[i];
                var bars = f.querySelectorAll('rect.bar');
                counts.push(f.getAttribute('data-chart') + '=' + bars.length);
                for (var j = 0; j < bars.length; j++) {
                  var t = bars[j].querySelector('title');
                  if (t) { bars[j].setAttribute('aria-label', t.textContent); }
                }
              }
              body.setAttribute('data-bars', counts.join(';'));
              body.setAttribute('data-overflow', document.documentElement.scrollWidth > window.innerWidth + 1 ? '1' : '0');
              body.setAttribute('data-errors', String(errors));
              body.setAttribute('data-ready', '1');
            })();
            </script>
            </body>
            </html>

            """);
        return h.ToString();
    }

    /// <summary>The charts of a report, in page order (tests use the same list to know how many bars to expect).</summary>
    internal static IReadOnlyList<(string Id, string Title, IReadOnlyList<Bar> Bars)> Charts(InsightReport report)
    {
        var findings = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var a in report.Agents)
        {
            foreach (var (rule, n) in a.FindingsByRule)
            {
                findings[rule] = findings.GetValueOrDefault(rule) + n;
            }
        }

        return
        [
            ("intents", "意图分布 Intents", report.Intents.Select(i => new Bar(ReportLabels.Short(i.Label), i.Count, $"{ReportLabels.Number(i.Count)} ({ReportLabels.Percent(i.Share)})")).ToArray()),
            ("emotions", "情绪分布 Emotions", report.Emotions.Select(i => new Bar(ReportLabels.Short(i.Label), i.Count, $"{ReportLabels.Number(i.Count)} ({ReportLabels.Percent(i.Share)})")).ToArray()),
            ("questions", "高频问题 Top questions", report.TopQuestions.Select(q => new Bar(q.Topic, q.Conversations, ReportLabels.Percent(q.Share))).ToArray()),
            ("keywords", "高频关键词 Top keywords (TF-IDF)", report.TopKeywords.Select(k => new Bar(k.Word, k.Weight, k.Weight.ToString("0.000", CultureInfo.InvariantCulture))).ToArray()),
            ("scores", "质检分 Agent quality score", report.Agents.Where(a => a.QualityScore is not null).Select(a => new Bar(a.Agent, a.QualityScore!.Value, ReportLabels.Score(a.QualityScore))).ToArray()),
            ("findings", "问题分布 Findings by rule", findings.OrderByDescending(kv => kv.Value).Select(kv => new Bar(kv.Key, kv.Value, ReportLabels.Number(kv.Value))).ToArray()),
        ];
    }

    /// <summary>趋势: one inline-SVG chart per group, a grey (before) and a blue (after) bar per metric.</summary>
    private static void AppendTrends(StringBuilder h, InsightComparison c)
    {
        h.Append("<h2>趋势 Trends (before → after)</h2>\n<section class=\"grid\">\n");
        PairChart(h, "指标 Metrics", c.Metrics);
        PairChart(h, "规则 每100会话 Rule rates", c.RuleRates);
        PairChart(h, "客服评分 Agent scorecards", c.AgentScores);
        h.Append("</section>\n");
    }

    private static void PairChart(StringBuilder h, string title, IReadOnlyList<MetricChange> items)
    {
        const int rowHeight = 26, labelWidth = 190, barWidth = 240;
        var max = 0.0;
        foreach (var m in items)
        {
            max = Math.Max(max, Math.Max(Math.Abs(m.Before ?? 0), Math.Abs(m.After ?? 0)));
        }

        max = max > 0 ? max : 1;
        var height = (items.Count * rowHeight) + 10;
        h.Append("<figure class=\"chart\"><figcaption>").Append(E(title)).Append("</figcaption><svg role=\"img\" viewBox=\"0 0 ")
            .Append((labelWidth + barWidth + 120).ToString(CultureInfo.InvariantCulture)).Append(' ').Append(height.ToString(CultureInfo.InvariantCulture))
            .Append("\" xmlns=\"http://www.w3.org/2000/svg\">");
        for (var i = 0; i < items.Count; i++)
        {
            var m = items[i];
            var y = (i * rowHeight) + 4;
            h.Append("<text x=\"0\" y=\"").Append((y + 14).ToString(CultureInfo.InvariantCulture)).Append("\" font-size=\"12\">").Append(E(m.Name)).Append("</text>");
            var b = (int)Math.Round(barWidth * Math.Abs(m.Before ?? 0) / max);
            var a = (int)Math.Round(barWidth * Math.Abs(m.After ?? 0) / max);
            h.Append("<rect x=\"").Append(labelWidth.ToString(CultureInfo.InvariantCulture)).Append("\" y=\"").Append(y.ToString(CultureInfo.InvariantCulture))
                .Append("\" width=\"").Append(b.ToString(CultureInfo.InvariantCulture)).Append("\" height=\"9\" fill=\"#9aa5b1\"><title>before ").Append(Num(m.Before)).Append("</title></rect>");
            h.Append("<rect x=\"").Append(labelWidth.ToString(CultureInfo.InvariantCulture)).Append("\" y=\"").Append((y + 10).ToString(CultureInfo.InvariantCulture))
                .Append("\" width=\"").Append(a.ToString(CultureInfo.InvariantCulture)).Append("\" height=\"9\" fill=\"#2f6fdf\"><title>after ").Append(Num(m.After)).Append("</title></rect>");
            h.Append("<text x=\"").Append((labelWidth + barWidth + 6).ToString(CultureInfo.InvariantCulture)).Append("\" y=\"").Append((y + 14).ToString(CultureInfo.InvariantCulture))
                .Append("\" font-size=\"11\">").Append(Num(m.Before)).Append(" → ").Append(Num(m.After)).Append("</text>");
        }

        h.Append("</svg></figure>\n");

        static string Num(double? v) => v is { } x ? x.ToString("0.###", CultureInfo.InvariantCulture) : "–";
    }

    /// <summary>Most conversations drawn in the drill-down (the JSON lists up to 1,000).</summary>
    private const int DrillDownConversations = 200;

    /// <summary>会话质检 drill-down: the lowest-scoring conversations, each finding with the message at its turn.</summary>
    private static void AppendConversations(StringBuilder h, InsightReport report)
    {
        if (report.ConversationResults.Count == 0)
        {
            return;
        }

        var shown = Math.Min(DrillDownConversations, report.ConversationResults.Count);
        h.Append("<h2>会话质检 Conversations (lowest ").Append(shown.ToString(CultureInfo.InvariantCulture)).Append(" of ")
            .Append(ReportLabels.Number(report.ScoredConversations)).Append(")</h2>\n<div class=\"convs\">\n");
        for (var i = 0; i < shown; i++)
        {
            var q = report.ConversationResults[i];
            h.Append("<details class=\"conv\"><summary><b>").Append(E(q.Id)).Append("</b> · ").Append(E(q.Agent ?? "—"))
                .Append(" · 质检分 ").Append(q.Score.ToString(CultureInfo.InvariantCulture));
            if (q.Critical)
            {
                h.Append(" · <span class=\"crit\">严重 critical</span>");
            }

            h.Append(" · ").Append(q.Findings.Count.ToString(CultureInfo.InvariantCulture)).Append(" findings</summary>\n<table><thead><tr><th class=\"n\">Turn</th><th>Rule</th><th>问题 Finding</th><th>消息 Message</th></tr></thead><tbody>\n");
            foreach (var f in q.Findings)
            {
                h.Append("<tr><td class=\"n\">").Append(f.Turn.ToString(CultureInfo.InvariantCulture)).Append("</td><td>").Append(E(f.Rule))
                    .Append("</td><td class=\"wrap\">").Append(E(f.Message)).Append("</td><td class=\"wrap\">").Append(E(f.Text)).Append("</td></tr>\n");
            }

            h.Append("</tbody></table></details>\n");
        }

        h.Append("</div>\n");
    }

    private static void Card(StringBuilder h, string label, string value) =>
        h.Append("<div class=\"card\"><b>").Append(E(value)).Append("</b><span>").Append(E(label)).Append("</span></div>\n");

    private static void Chart(StringBuilder h, string id, string title, IReadOnlyList<Bar> bars)
    {
        h.Append("<figure data-chart=\"").Append(id).Append("\" data-expected-bars=\"").Append(bars.Count).Append("\">\n<figcaption>")
            .Append(E(title)).Append("</figcaption>\n");
        if (bars.Count == 0)
        {
            h.Append("<p class=\"empty\">无数据 No data</p>\n</figure>\n");
            return;
        }

        var max = bars.Max(b => b.Value);
        var height = (bars.Count * RowHeight) + 8;
        h.Append("<svg viewBox=\"0 0 ").Append(ViewWidth).Append(' ').Append(height)
            .Append("\" role=\"img\" aria-label=\"").Append(E(title)).Append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            var y = 4 + (i * RowHeight);
            var w = max > 0 ? Math.Max(1.0, b.Value / max * BarArea) : 1.0;
            var label = b.Label.Length > 8 ? b.Label[..8] + "…" : b.Label;
            h.Append("<text x=\"").Append(LabelWidth - 8).Append("\" y=\"").Append(y + 17).Append("\" text-anchor=\"end\">").Append(E(label)).Append("</text>")
                .Append("<rect class=\"bar\" x=\"").Append(LabelWidth).Append("\" y=\"").Append(y + 3).Append("\" width=\"")
                .Append(w.ToString("0.##", CultureInfo.InvariantCulture)).Append("\" height=\"").Append(RowHeight - 8).Append("\" rx=\"3\"><title>")
                .Append(E(b.Label)).Append(": ").Append(E(b.ValueText)).Append("</title></rect>")
                .Append("<text class=\"v\" x=\"").Append((LabelWidth + w + 6).ToString("0.##", CultureInfo.InvariantCulture)).Append("\" y=\"").Append(y + 17).Append("\">")
                .Append(E(b.ValueText)).Append("</text>\n");
        }

        h.Append("</svg>\n</figure>\n");
    }

    private static string E(string s) => WebUtility.HtmlEncode(s);
}
