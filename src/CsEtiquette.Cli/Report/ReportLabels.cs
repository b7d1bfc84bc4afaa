using System.Globalization;

namespace CsEtiquette.Cli.Report;

/// <summary>Chinese display names for analyzer labels, and number formatting shared by the renderers.</summary>
internal static class ReportLabels
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["Inquiry"] = "咨询",
        ["OrderAndPayment"] = "订单/支付",
        ["Logistics"] = "物流",
        ["AfterSales"] = "售后",
        ["Complaint"] = "投诉",
        ["Praise"] = "表扬",
        ["Other"] = "其他",
        ["Neutral"] = "平静",
        ["Angry"] = "愤怒",
        ["Anxious"] = "焦急",
        ["Disappointed"] = "失望",
        ["Dissatisfied"] = "不满",
        ["Satisfied"] = "满意",
    };

    public static string Short(string label) => Names.TryGetValue(label, out var zh) ? zh : label;

    public static string Display(string label) => Names.TryGetValue(label, out var zh) ? $"{zh} {label}" : label;

    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    public static string Number(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Score(double? score) => score is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) : "–";

    public static string Compliance(CsEtiquette.Insights.Compliance c) =>
        c.Applicable == 0 ? "–" : $"{c.Compliant}/{c.Applicable - c.Pending} ({Percent(c.Rate)})" + (c.Pending > 0 ? $" +{c.Pending} pending" : string.Empty);

    public static string TopFindings(IReadOnlyDictionary<string, long> findings, int max = 3)
    {
        if (findings.Count == 0)
        {
            return "–";
        }

        var top = findings.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(max)
            .Select(kv => $"{kv.Key}×{kv.Value}");
        return string.Join(", ", top) + (findings.Count > max ? ", …" : string.Empty);
    }
}
