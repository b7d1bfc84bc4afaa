using System.Globalization;
using System.Net;
using System.Text;
using CsEtiquette.Complaints;
using CsEtiquette.Complaints.Graph;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Templates;

namespace CsEtiquette.Training;

/// <summary>
/// Generates the seeds' support material from the loaded packs, so it never drifts from what the library enforces:
/// 《客服沟通话术手册》 (every rule with why / bad / good / fix, every template with its variants, the complaint method
/// with its diagram, the drill scenarios) and 《常见问题速查指南》 (the shop's FAQ and policy, when given).
/// Thread-safe; output is deterministic for the same packs.
/// </summary>
public sealed class HandbookWriter
{
    private readonly IReplyLinter _linter;
    private readonly IPhraseRewriter _rewriter;
    private readonly TemplateLibrary _templates;
    private readonly TrainingPack _pack;

    /// <summary>Creates a writer over the given packs (the embedded defaults when null).</summary>
    public HandbookWriter(IReplyLinter? linter = null, TemplateLibrary? templates = null, TrainingPack? pack = null, IPhraseRewriter? rewriter = null)
    {
        _linter = linter ?? ReplyLinter.Default;
        _rewriter = rewriter ?? PhraseRewriter.Default;
        _templates = templates ?? TemplateLibrary.Default;
        _pack = pack ?? TrainingPack.Default;
    }

    /// <summary>Writes both handbooks to <paramref name="output"/>.</summary>
    /// <param name="output">Receives the document.</param>
    /// <param name="format">Markdown or self-contained HTML.</param>
    /// <param name="faq">常见问题速查 entries (question, answer) for the quick-reference guide; when empty the guide says
    /// that no shop knowledge was given.</param>
    public void Write(TextWriter output, HandbookFormat format, IReadOnlyList<KeyValuePair<string, string>>? faq = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        var blocks = Build(faq ?? []);
        if (format == HandbookFormat.Html)
        {
            RenderHtml(output, blocks);
        }
        else
        {
            RenderMarkdown(output, blocks);
        }
    }

    internal List<HandbookBlock> Build(IReadOnlyList<KeyValuePair<string, string>> faq)
    {
        var b = new List<HandbookBlock>
        {
            new HandbookBlock.Heading(1, "客服沟通话术手册", "handbook"),
            new HandbookBlock.Paragraph($"由 CsEtiquette {EtiquetteInfo.Version} 从已加载的规则包、模板包与培训包生成（训练包 {_pack.Name} {_pack.Version}）。规则、模板更新后重新生成即可，手册与质检始终一致。"),
        };

        AddRules(b);
        AddTemplates(b);
        AddComplaintMethod(b);
        AddScenarios(b);

        b.Add(new HandbookBlock.Heading(1, "常见问题速查指南", "faq"));
        if (faq.Count == 0)
        {
            b.Add(new HandbookBlock.Paragraph("未提供店铺知识包：用 `cse handbook --knowledge PATH`（CLI 默认用内置示例知识包）生成本店的常见问题速查（售后期限、赠品规则、物流时效…），要求客服能在1分钟内准确回答。"));
        }
        else
        {
            var rows = new List<IReadOnlyList<string>>();
            foreach (var (question, answer) in faq)
            {
                rows.Add([question, answer]);
            }

            b.Add(new HandbookBlock.Paragraph("高频问题请在1分钟内准确回答；答案来自店铺知识包。"));
            b.Add(new HandbookBlock.Table(["问题", "标准答复"], rows));
        }

        return b;
    }

    private void AddRules(List<HandbookBlock> b)
    {
        b.Add(new HandbookBlock.Heading(2, "一、沟通规范", "rules"));
        var examples = new Dictionary<string, List<(string Bad, string Good, IReadOnlyList<string> Fixes)>>(StringComparer.Ordinal);
        foreach (var draft in _pack.QuizDrafts)
        {
            var report = _linter.Lint(draft);
            if (report.Findings.Count == 0)
            {
                continue;
            }

            var rewrite = _rewriter.Rewrite(draft);
            var good = rewrite.Changed && rewrite.RemainingFindings.Count == 0 ? rewrite.Text : "—（需人工改写，见“怎么做”）";
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var f in report.Findings)
            {
                if (!seen.Add(f.RuleId))
                {
                    continue;
                }

                if (!examples.TryGetValue(f.RuleId, out var list))
                {
                    examples[f.RuleId] = list = [];
                }

                list.Add((draft, good, f.Fixes));
            }
        }

        foreach (var rule in _linter.Rules)
        {
            b.Add(new HandbookBlock.Heading(3, $"{rule.Id} {rule.Title}（{SeverityName(rule.Severity)}）", rule.Id));
            var items = new List<string> { $"为什么：{rule.Message}" };
            if (rule.Advice.Length > 0)
            {
                items.Add($"怎么做：{rule.Advice}");
            }

            b.Add(new HandbookBlock.Bullets(items));
            if (examples.TryGetValue(rule.Id, out var list))
            {
                var rows = new List<IReadOnlyList<string>>();
                foreach (var (bad, good, fixes) in list)
                {
                    rows.Add([bad, good, fixes.Count == 0 ? "—" : string.Join(" / ", fixes.Take(3).Select(f => f.Length == 0 ? "（删除）" : f))]);
                }

                b.Add(new HandbookBlock.Table(["反例", "正例", "修正建议"], rows));
            }
        }
    }

    private void AddTemplates(List<HandbookBlock> b)
    {
        b.Add(new HandbookBlock.Heading(2, "二、话术模板", "templates"));
        foreach (var t in _templates.Templates)
        {
            b.Add(new HandbookBlock.Heading(3, $"{t.Id}：{t.Description}", t.Id));
            b.Add(new HandbookBlock.Paragraph($"场景：{t.Scenario}"));
            b.Add(new HandbookBlock.Bullets(t.Variants));
        }
    }

    private static void AddComplaintMethod(List<HandbookBlock> b)
    {
        b.Add(new HandbookBlock.Heading(2, "三、投诉处理四步法", "complaints"));
        // The option bounds and the follow-up window are read from their one home, not restated here.
        var followUp = new Complaints.ComplaintOptions().FollowUpWindow;
        var window = followUp.Ticks % TimeSpan.TicksPerHour == 0 && followUp <= TimeSpan.FromDays(3)
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{(long)followUp.TotalHours}小时")
            : ShopPolicy.PeriodText(followUp);
        b.Add(new HandbookBlock.Paragraph(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"接纳情绪 → 核实信息 → 解决方案 → 闭环跟进：先道歉再处理问题；用开放式问题核实；提供{ShopPolicy.MinSolutionOptions}–{ShopPolicy.MaxSolutionOptions}个可选择的方案；问题解决后{window}内回访。遇到辱骂保持冷静，恶意投诉依据平台规则告知处理依据，必要时同步上级或平台。")));
        var table = ComplaintTransitionTable.Default;
        var steps = new List<string>();
        foreach (var s in table.MainPathStates)
        {
            steps.Add(s.ToString());
        }

        b.Add(new HandbookBlock.Flow(steps, ComplaintMermaidGraph.Format(table)));
        var rows = new List<IReadOnlyList<string>>();
        foreach (var t in table.Transitions)
        {
            rows.Add([t.From.ToString(), t.Label, t.To.ToString()]);
        }

        b.Add(new HandbookBlock.Table(["状态", "事件", "下一状态"], rows));
    }

    private void AddScenarios(List<HandbookBlock> b)
    {
        b.Add(new HandbookBlock.Heading(2, "四、实操演练场景", "drills"));
        foreach (var s in _pack.Scenarios)
        {
            b.Add(new HandbookBlock.Heading(3, s.Title, "drill-" + s.Id));
            var items = new List<string> { $"客户：{s.Persona}", $"开场：{s.FindTurn(s.Start)!.CustomerLines[0]}" };
            items.Add("必须做到：" + string.Join("、", s.Required.Select(_pack.TitleOf)));
            items.AddRange(s.Goals.Select(g => "目标：" + g));
            if (s.Avoid.Count > 0)
            {
                items.Add("避免说：" + string.Join("、", s.Avoid));
            }

            items.Add($"练习：`cse drill {s.Id}`");
            b.Add(new HandbookBlock.Bullets(items));
        }
    }

    private static string SeverityName(Severity s) => s switch { Severity.Error => "错误", Severity.Info => "提示", _ => "警告" };

    private static void RenderMarkdown(TextWriter o, List<HandbookBlock> blocks)
    {
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HandbookBlock.Heading h:
                    o.Write(new string('#', h.Level));
                    o.Write(' ');
                    o.WriteLine(h.Text);
                    break;
                case HandbookBlock.Paragraph p:
                    o.WriteLine(p.Text);
                    break;
                case HandbookBlock.Bullets l:
                    foreach (var item in l.Items)
                    {
                        o.Write("- ");
                        o.WriteLine(OneLine(item));
                    }

                    break;
                case HandbookBlock.Table t:
                    o.WriteLine("| " + string.Join(" | ", t.Header.Select(Cell)) + " |");
                    o.WriteLine("|" + string.Concat(t.Header.Select(_ => " --- |")));
                    foreach (var row in t.Rows)
                    {
                        o.WriteLine("| " + string.Join(" | ", row.Select(Cell)) + " |");
                    }

                    break;
                case HandbookBlock.Flow f:
                    o.WriteLine("```mermaid");
                    o.WriteLine(f.Mermaid.TrimEnd());
                    o.WriteLine("```");
                    break;
            }

            o.WriteLine();
        }
    }

    private static string OneLine(string s) => s.Replace('\n', ' ').Replace('\r', ' ');

    private static string Cell(string s) => OneLine(s).Replace("|", "\\|", StringComparison.Ordinal);

    private static void RenderHtml(TextWriter o, List<HandbookBlock> blocks)
    {
        o.WriteLine("<!DOCTYPE html>");
        o.WriteLine("<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        o.WriteLine("<title>客服沟通话术手册 · 常见问题速查指南</title>");
        o.WriteLine("<style>body{font-family:system-ui,'Noto Sans CJK SC',sans-serif;max-width:960px;margin:auto;padding:1rem;line-height:1.6;color:#222}"
            + "table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}"
            + "th{background:#f3f3f3}h1{border-bottom:2px solid #c33}h3{margin-top:1.5rem}nav ul{columns:2}svg{max-width:100%;height:auto}</style></head><body>");
        o.WriteLine("<nav><ul>");
        foreach (var block in blocks)
        {
            if (block is HandbookBlock.Heading { Level: <= 2 } h)
            {
                o.WriteLine($"<li><a href=\"#{Enc(h.Anchor)}\">{Enc(h.Text)}</a></li>");
            }
        }

        o.WriteLine("</ul></nav>");
        foreach (var block in blocks)
        {
            switch (block)
            {
                case HandbookBlock.Heading h:
                    o.WriteLine($"<h{h.Level} id=\"{Enc(h.Anchor)}\">{Enc(h.Text)}</h{h.Level}>");
                    break;
                case HandbookBlock.Paragraph p:
                    o.WriteLine($"<p>{Enc(p.Text)}</p>");
                    break;
                case HandbookBlock.Bullets l:
                    o.WriteLine("<ul>");
                    foreach (var item in l.Items)
                    {
                        o.WriteLine($"<li>{Enc(item)}</li>");
                    }

                    o.WriteLine("</ul>");
                    break;
                case HandbookBlock.Table t:
                    o.Write("<table><thead><tr>");
                    foreach (var c in t.Header)
                    {
                        o.Write($"<th>{Enc(c)}</th>");
                    }

                    o.WriteLine("</tr></thead><tbody>");
                    foreach (var row in t.Rows)
                    {
                        o.Write("<tr>");
                        foreach (var c in row)
                        {
                            o.Write($"<td>{Enc(c)}</td>");
                        }

                        o.WriteLine("</tr>");
                    }

                    o.WriteLine("</tbody></table>");
                    break;
                case HandbookBlock.Flow f:
                    WriteFlowSvg(o, f.Steps);
                    o.WriteLine($"<details><summary>Mermaid</summary><pre>{Enc(f.Mermaid)}</pre></details>");
                    break;
            }
        }

        o.WriteLine("</body></html>");
    }

    private static void WriteFlowSvg(TextWriter o, IReadOnlyList<string> steps)
    {
        const int w = 150, h = 40, gap = 30, perRow = 4;
        var rows = (steps.Count + perRow - 1) / perRow;
        var width = (perRow * w) + ((perRow - 1) * gap) + 20;
        var height = (rows * (h + gap)) + 10;
        var inv = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(inv, $"<svg class=\"flow\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"投诉处理流程\">"));
        o.WriteLine("<defs><marker id=\"arrow\" markerWidth=\"8\" markerHeight=\"8\" refX=\"8\" refY=\"4\" orient=\"auto\"><path d=\"M0,0 L8,4 L0,8 z\" fill=\"#c33\"/></marker></defs>");
        for (var i = 0; i < steps.Count; i++)
        {
            var x = 10 + ((i % perRow) * (w + gap));
            var y = 10 + ((i / perRow) * (h + gap));
            o.WriteLine(string.Create(inv, $"<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" rx=\"6\" fill=\"#fff5f5\" stroke=\"#c33\"/>"));
            o.WriteLine(string.Create(inv, $"<text x=\"{x + (w / 2)}\" y=\"{y + 25}\" text-anchor=\"middle\" font-size=\"13\">{Enc(steps[i])}</text>"));
            if (i + 1 < steps.Count)
            {
                var sameRow = (i + 1) % perRow != 0;
                var line = sameRow
                    ? string.Create(inv, $"<line x1=\"{x + w}\" y1=\"{y + (h / 2)}\" x2=\"{x + w + gap}\" y2=\"{y + (h / 2)}\" stroke=\"#c33\" marker-end=\"url(#arrow)\"/>")
                    : string.Create(inv, $"<line x1=\"{x + (w / 2)}\" y1=\"{y + h}\" x2=\"{10 + (w / 2)}\" y2=\"{y + h + gap}\" stroke=\"#c33\" marker-end=\"url(#arrow)\"/>");
                o.WriteLine(line);
            }
        }

        o.WriteLine("</svg>");
    }

    private static string Enc(string s) => WebUtility.HtmlEncode(s);
}
