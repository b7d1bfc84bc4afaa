using CsEtiquette.Linting;
using CsEtiquette.Linting.Engine;
using CsEtiquette.Rewriting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CsEtiquette.Tests.Linting;

/// <summary>Links in a draft are not the agent's wording: no rule fires inside them and no edit touches them.</summary>
public sealed class LinkProtectionTests
{
    [Theory]
    [InlineData("请点这里 https://shop.example.com/item?id=123&sku=4 查看", "https://shop.example.com/item?id=123&sku=4")]
    [InlineData("链接：http://t.cn/SKU-ni-buneng 请查收", "http://t.cn/SKU-ni-buneng")]
    [InlineData("详情见www.example.com/sku/, 谢谢", "www.example.com/sku/")]
    public void Rewrite_LeavesLinksUntouched(string draft, string link)
    {
        var result = PhraseRewriter.Default.Rewrite(draft);
        Assert.Contains(link, result.Text);
        Assert.DoesNotContain(ReplyLinter.Default.Lint(draft).Findings, f => f.Start < draft.IndexOf(link, StringComparison.Ordinal) + link.Length
            && f.Start + f.Length > draft.IndexOf(link, StringComparison.Ordinal));
    }

    [Fact]
    public void Rewrite_StillFixesTextOutsideTheLink()
    {
        var result = PhraseRewriter.Default.Rewrite("请看 https://shop.example.com/?sku=4 ，SKU不同价格不同");
        Assert.Equal("请看 https://shop.example.com/?sku=4 ，款式不同价格不同", result.Text);
    }

    [Theory]
    [InlineData("见 https://a.example/x. 谢谢", "https://a.example/x")]
    [InlineData("(www.example.com)", "www.example.com")]
    [InlineData("ftp://files.example.org/a?b=c!", "ftp://files.example.org/a?b=c")]
    public void Links_EndBeforeSentencePunctuation(string text, string expected)
    {
        var list = new List<(int Start, int End)>();
        TextLayout.AddUrls(text, list);
        var (start, end) = Assert.Single(list);
        Assert.Equal(expected, text[start..end]);
    }

    [Fact]
    public void WordsContainingWww_AreNotLinks()
    {
        var list = new List<(int Start, int End)>();
        TextLayout.AddUrls("awww.那个", list);
        Assert.Empty(list);
    }

    [Property(MaxTest = 200)]
    public Property AnyAsciiLink_SurvivesRewriting()
    {
        var pathChars = Gen.Elements("abcxyzSKU0123456789-_/?=&.%".ToCharArray());
        var gen = from path in Gen.ArrayOf(pathChars)
                  from prefix in Gen.Elements("你好，请看 ", "我们不能马上解决，", "这款没货了 ", "", "SKU ")
                  from suffix in Gen.Elements(" 谢谢", "，你看一下！！", "", " 工单已建")
                  select (Link: "https://shop.example.com/" + new string(path).TrimEnd('.', '?'), Prefix: prefix, Suffix: suffix);
        return Prop.ForAll(Arb.From(gen), t =>
        {
            var draft = t.Prefix + t.Link + t.Suffix;
            return PhraseRewriter.Default.Rewrite(draft).Text.Contains(t.Link, StringComparison.Ordinal);
        });
    }
}
