using System.Text;
using CsEtiquette.Templates;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CsEtiquette.Tests.Templates;

/// <summary>Parsing round-trips: any mix of escaped literals and slots parses back to the same pieces.</summary>
public sealed class TemplateTextParserProperties
{
    private static readonly Gen<string> LiteralChars =
        Gen.ArrayOf(Gen.Elements('好', '您', '{', '}', '|', ' ', '~', '，', 'a', '\u2600')).Select(cs => new string(cs));

    private static readonly Gen<(bool IsSlot, string Text, string? Default)> Segment =
        Gen.OneOf(
            LiteralChars.Select(l => (false, l, (string?)null)),
            from name in Gen.Elements("商品", "客服名", "a", "x_1", "时段")
            from def in Gen.Elements<string?>(null, "", "默认", "a|b")
            select (true, name, def));

    [Property(MaxTest = 500)]
    public Property EscapedLiteralsAndSlots_ParseBackToTheSamePieces() =>
        Prop.ForAll(
            Arb.From(Gen.ListOf(Segment).Select(l => l.ToArray())),
            segments =>
            {
                var text = new StringBuilder();
                var expected = new StringBuilder();
                foreach (var (isSlot, value, def) in segments)
                {
                    if (isSlot)
                    {
                        text.Append('{').Append(value).Append(def is null ? string.Empty : "|" + def).Append('}');
                        expected.Append('<').Append(value).Append('=').Append(def ?? "∅").Append('>');
                    }
                    else
                    {
                        text.Append(value.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal));
                        expected.Append(value);
                    }
                }

                var source = text.ToString();
                if (string.IsNullOrWhiteSpace(source))
                {
                    return !TemplateTextParser.TryParse(source, out _, out _);
                }

                if (!TemplateTextParser.TryParse(source, out var parts, out _))
                {
                    return false;
                }

                var actual = new StringBuilder();
                for (var i = 0; i < parts.Count; i++)
                {
                    var p = parts[i];
                    if (!p.IsSlot && i > 0 && !parts[i - 1].IsSlot)
                    {
                        return false; // adjacent literals must be merged
                    }

                    actual.Append(p.IsSlot ? $"<{p.SlotName}={p.InlineDefault ?? "∅"}>" : p.Literal);
                }

                return actual.ToString() == expected.ToString();
            });

    [Property]
    public bool ParserNeverThrows(NonNull<string> text)
    {
        _ = TemplateTextParser.TryParse(text.Get, out _, out _);
        return true;
    }
}
