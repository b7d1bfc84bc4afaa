using System.Globalization;
using System.Text;
using CsEtiquette.Insights;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CsEtiquette.Tests.Insights;

/// <summary>Never crash, never lose a line: the reader over hostile input.</summary>
public sealed class ChatLogReaderProperties
{
    /// <summary>Hostile text: CJK, CJK ext-B, emoji, combining marks, lone surrogates, quotes, commas, CR/LF, braces.</summary>
    private static readonly Gen<string> Hostile =
        Gen.Elements("尺码", "𠮷", "😀", "e\u0301", "\ud800", "\udc00", "\"", ",", "\r", "\n", "\r\n", "{", "}", ":", "\\", "\t", " ", "a", "\u2028", "\0")
            .ListOf().Select(parts => string.Concat(parts));

    [Property(MaxTest = 200)]
    public Property JsonLines_AnyInput_OneEntryPerNonBlankLine() =>
        Prop.ForAll(Arb.From(Hostile), text =>
        {
            var reader = new ChatLogReader(new StringReader(text), ChatLogFormat.JsonLines);
            var entries = reader.ReadAll().ToList();
            var lines = text.Length == 0 ? 0 : text.Split('\n').Length - (text.EndsWith('\n') ? 1 : 0);
            return entries.Count + reader.BlankLines == lines
                && entries.All(e => e.IsMessage ^ (e.Error is not null))
                && entries.Select(e => e.Line).SequenceEqual(entries.Select(e => e.Line).Order());
        });

    [Property(MaxTest = 200)]
    public Property Csv_AnyInputAfterHeader_NeverThrows() =>
        Prop.ForAll(Arb.From(Hostile), text =>
        {
            var entries = new ChatLogReader(new StringReader("conversation,role,agent,text,at\n" + text), ChatLogFormat.Csv).ReadAll().ToList();
            return entries.All(e => e.IsMessage ^ (e.Error is not null) && e.Line >= 2);
        });

    [Property(MaxTest = 100)]
    public Property Csv_QuotedFields_RoundTrip() =>
        Prop.ForAll(Arb.From(Hostile.Where(t => t.Length > 0).ListOf()), texts =>
        {
            var t0 = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8));
            var sb = new StringBuilder("conversation,role,agent,text,at\r\n");
            for (var i = 0; i < texts.Count; i++)
            {
                sb.Append("c,agent,\"小,王\",\"").Append(texts[i].Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\",")
                  .Append(t0.AddMinutes(i).ToString("O", CultureInfo.InvariantCulture)).Append("\r\n");
            }

            var entries = new ChatLogReader(new StringReader(sb.ToString()), ChatLogFormat.Csv).ReadAll().ToList();
            return entries.Count == texts.Count
                && entries.Select(e => e.Message?.Text).SequenceEqual(texts)
                && entries.All(e => e.Message!.Agent == "小,王");
        });
}
