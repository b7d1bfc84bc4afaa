using CsEtiquette.Templates;

namespace CsEtiquette.Tests.Templates;

public sealed class TemplateTextParserTests
{
    [Fact]
    public void Parses_LiteralsSlotsDefaultsAndEscapes()
    {
        Assert.True(TemplateTextParser.TryParse("{{您好}} {客服名}:{商品|这款商品}!{x|}}}", out var parts, out var problem));
        Assert.Null(problem);
        Assert.Equal(
            [
                new TemplateTextParser.RawPart("{您好} ", null, null),
                new TemplateTextParser.RawPart(null, "客服名", null),
                new TemplateTextParser.RawPart(":", null, null),
                new TemplateTextParser.RawPart(null, "商品", "这款商品"),
                new TemplateTextParser.RawPart("!", null, null),
                new TemplateTextParser.RawPart(null, "x", string.Empty),
                new TemplateTextParser.RawPart("}", null, null),
            ],
            parts);
    }

    [Fact]
    public void DefaultMayContainBar_AfterTheFirst()
    {
        Assert.True(TemplateTextParser.TryParse("{a|b|c}", out var parts, out _));
        Assert.Equal(new TemplateTextParser.RawPart(null, "a", "b|c"), Assert.Single(parts));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("您好{商品", "unclosed '{' at offset 2")]
    [InlineData("您好}", "unmatched '}' at offset 2")]
    [InlineData("{}", "slot name is empty")]
    [InlineData("{|默认}", "slot name is empty")]
    [InlineData("{a{b}", "'{' inside the slot that starts at offset 0")]
    [InlineData("{商 品}", "whitespace")]
    [InlineData("{abcdefghijklmnopqrstuvwxyzabcdefg}", "longer than 32")]
    public void Rejects_MalformedText_WithOffset(string text, string expected)
    {
        Assert.False(TemplateTextParser.TryParse(text, out _, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("上午好~我是客服", true, "上午好，我是客服")]
    [InlineData("好的~", true, "好的")]
    [InlineData("好的~", false, "好的，")]
    [InlineData("好的~,请讲", true, "好的,请讲")]
    [InlineData("您好~~~!", true, "您好!")]
    [InlineData("您好😀👍🏽,请讲", true, "您好,请讲")]
    [InlineData("谢谢☺️~", true, "谢谢")]
    [InlineData("没有波浪号", true, "没有波浪号")]
    [InlineData("～全角～", true, "全角")]
    public void VoiceLiteral_DropsTildesAndEmoticons(string literal, bool last, string expected) =>
        Assert.Equal(expected, VoiceFilter.TransformLiteral(literal, last));
}
