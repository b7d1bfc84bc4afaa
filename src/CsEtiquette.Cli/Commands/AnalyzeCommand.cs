using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CsEtiquette.Analysis;

namespace CsEtiquette.Cli.Commands;

/// <summary>
/// <c>cse analyze [--format text|json] [--redact] [--lexicon FILE]... [--model FILE]</c>: analyses one customer message
/// per stdin line (intent, emotion, abuse, facts, missing information, evidence). JSON output is one object per line;
/// <c>--model</c> loads a model file trained with <c>eng/CsEtiquette.Trainer</c> instead of the embedded one.
/// </summary>
internal static class AnalyzeCommand
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static int Run(string[] args, CliIO io)
    {
        var a = CliArgs.Parse(args, ["--redact"], ["--format", "--lexicon", "--model"]);
        if (a.Positionals.Count > 0)
        {
            throw new CliUsageException($"unexpected argument '{a.Positionals[0]}' (messages are read from stdin, one per line).");
        }

        var format = a.Choice("--format", "text", "text", "json");
        var redact = a.Has("--redact");
        CustomerMessageAnalyzer analyzer;
        try
        {
            var extra = new List<AnalysisLexicon>();
            foreach (var path in a.GetAll("--lexicon"))
            {
                extra.Add(AnalysisLexicon.Load(path));
            }

            var modelPath = a.Get("--model");
            var model = modelPath is null ? null : AnalysisModel.Load(modelPath);
            analyzer = extra.Count == 0 && model is null
                ? CustomerMessageAnalyzer.Default
                : new CustomerMessageAnalyzer(new AnalysisOptions { ExtraLexicons = extra, Model = model });
        }
        catch (Exception ex) when (ex is AnalysisLexiconException or AnalysisModelException)
        {
            io.Error.WriteLine($"cse analyze: {ex.Message}");
            return ExitCodes.DataError;
        }

        string? line;
        while ((line = io.In.ReadLine()) is not null)
        {
            var result = analyzer.Analyze(line);
            var redacted = redact ? analyzer.Redact(line) : null;
            io.Out.WriteLine(format == "json" ? ToJson(result, redacted, analyzer) : ToText(result, redacted, analyzer));
        }

        return ExitCodes.Success;
    }

    internal static string ToJson(MessageAnalysis r, string? redacted, ICustomerMessageAnalyzer analyzer)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteStartArray("intents");
            foreach (var i in r.Intents)
            {
                w.WriteStartObject();
                w.WriteString("name", i.Intent.ToString());
                w.WriteNumber("score", Math.Round(i.Score, 2));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("emotion");
            w.WriteString("label", r.Emotion.Label.ToString());
            w.WriteNumber("intensity", Math.Round(r.Emotion.Intensity, 2));
            w.WriteEndObject();
            w.WriteBoolean("abusive", r.IsAbusive);
            w.WriteStartArray("facts");
            foreach (var f in r.Facts)
            {
                w.WriteStartObject();
                w.WriteString("kind", f.Kind.ToString());
                w.WriteString("value", redacted is not null ? FactRedaction.Mask(f.Kind, f.Value) : f.Value);
                w.WriteNumber("start", f.Start);
                w.WriteNumber("length", f.Length);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("missing");
            foreach (var m in r.Missing)
            {
                w.WriteStringValue(m.ToString());
            }

            w.WriteEndArray();
            w.WriteStartArray("evidence");
            foreach (var ev in r.Evidence)
            {
                w.WriteStartObject();
                w.WriteNumber("start", ev.Start);
                w.WriteNumber("length", ev.Length);
                w.WriteString("text", redacted is not null ? RedactedEvidence(r, ev) : ev.Text);
                w.WriteString("toward", ev.Toward);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            if (redacted is not null)
            {
                w.WriteString("text", redacted);
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>With --redact, evidence overlapping a masked fact (a phone number, an address) shows as [已隐藏].</summary>
    private static string RedactedEvidence(MessageAnalysis r, EvidenceSpan ev)
    {
        foreach (var f in r.Facts)
        {
            if (f.Start < ev.End && ev.Start < f.End && FactRedaction.Mask(f.Kind, f.Value) != f.Value)
            {
                return "[已隐藏]";
            }
        }

        return ev.Text;
    }

    internal static string ToText(MessageAnalysis r, string? redacted, ICustomerMessageAnalyzer analyzer)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        if (redacted is not null)
        {
            sb.Append("text: ").Append(redacted).Append(" | ");
        }

        sb.Append("intents: ");
        for (var i = 0; i < r.Intents.Count; i++)
        {
            sb.Append(i == 0 ? string.Empty : ", ").Append(r.Intents[i].Intent).Append(' ').Append(r.Intents[i].Score.ToString("0.00", inv));
        }

        sb.Append(" | emotion: ").Append(r.Emotion.Label).Append(' ').Append(r.Emotion.Intensity.ToString("0.00", inv));
        sb.Append(" | abusive: ").Append(r.IsAbusive ? r.AbuseSeverity.ToString() : "no");
        if (r.Threats.Count > 0)
        {
            sb.Append(" | threats: ");
            for (var i = 0; i < r.Threats.Count; i++)
            {
                sb.Append(i == 0 ? string.Empty : ", ").Append(r.Threats[i].Kind).Append('(').Append(r.Threats[i].Cue).Append(')');
            }
        }

        if (r.Facts.Count > 0)
        {
            sb.Append(" | facts: ");
            for (var i = 0; i < r.Facts.Count; i++)
            {
                var f = r.Facts[i];
                var value = redacted is not null ? FactRedaction.Mask(f.Kind, f.Value) : f.Value;
                sb.Append(i == 0 ? string.Empty : ", ").Append(f.Kind).Append('=').Append(value)
                  .Append(" @").Append(f.Start.ToString(inv)).Append('+').Append(f.Length.ToString(inv));
            }
        }

        if (r.Missing.Count > 0)
        {
            sb.Append(" | missing: ").AppendJoin(", ", r.Missing);
            if (r.GuidanceTemplateId is not null)
            {
                sb.Append(" → ").Append(r.GuidanceTemplateId);
            }
        }

        if (r.Evidence.Count > 0)
        {
            sb.Append(" | evidence: ");
            for (var i = 0; i < r.Evidence.Count; i++)
            {
                var ev = r.Evidence[i];
                sb.Append(i == 0 ? string.Empty : ", ").Append(redacted is not null ? RedactedEvidence(r, ev) : ev.Text).Append('→').Append(ev.Toward);
            }
        }

        return sb.ToString();
    }
}
