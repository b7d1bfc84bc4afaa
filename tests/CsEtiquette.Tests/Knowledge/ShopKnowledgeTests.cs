using CsEtiquette.Assistant;
using CsEtiquette.Knowledge;

namespace CsEtiquette.Tests.Knowledge;

public sealed class ShopKnowledgeTests
{
    internal const string MinimalPack = """
        {"schemaVersion":1,"locale":"zh-CN","name":"my-shop","policy":{"returnWindowDays":7,"afterSalesDays":15},
         "entries":[{"id":"gift-rules","questions":["赠品规则是什么","买这个送什么"],"answer":"订单满199元赠送保温杯套一个，赠品随主商品一起发出。"}]}
        """;

    [Fact]
    public void Parse_TheIssuesMinimalShape_LoadsAsIsWithPolicyEntries()
    {
        var k = ShopKnowledge.Parse(MinimalPack, "my-shop.json");
        Assert.Equal("my-shop", k.Name);
        Assert.Equal(7, k.Policy.ReturnWindowDays);
        Assert.Equal(15, k.Policy.AfterSalesDays);
        Assert.Contains(k.Entries, e => e.Id == "gift-rules");
        Assert.Contains(k.Entries, e => e.Id == "policy.return-window" && e.FromPolicy && e.Answer.Contains("7天", StringComparison.Ordinal));
        Assert.Contains(k.Entries, e => e.Id == "policy.after-sales" && e.Answer.Contains("15天", StringComparison.Ordinal));
        Assert.DoesNotContain(k.Entries, e => e.Id == "policy.warranty");
    }

    [Theory]
    [InlineData("赠品规则是什么", "gift-rules")]
    [InlineData("请问买这个有送什么吗", "gift-rules")]
    [InlineData("售后期限是多久?", "policy.after-sales")]
    [InlineData("几天内可以无理由退货", "policy.return-window")]
    public void Find_MinimalPack_AnswersPolicyAndFaq(string question, string expected)
    {
        var k = ShopKnowledge.Parse(MinimalPack);
        var m = k.Find(question);
        Assert.Single(m);
        Assert.Equal(expected, m[0].Id);
        Assert.InRange(m[0].Score, k.Threshold, 1.0);
    }

    [Theory]
    [InlineData("")]
    [InlineData("？？？")]
    [InlineData("在吗")]
    [InlineData("好的谢谢")]
    [InlineData("你们老板叫什么名字")]
    [InlineData("今天天气怎么样")]
    public void Find_NothingToAnswer_ReturnsEmpty(string question) =>
        Assert.Empty(ShopKnowledge.Example.Find(question, 3));

    [Fact]
    public void Find_Top3_BestFirstAndAboveThreshold()
    {
        var m = ShopKnowledge.Example.Find("退货的运费谁出", 3);
        Assert.Equal("return-shipping-fee", m[0].Id);
        for (var i = 1; i < m.Count; i++)
        {
            Assert.True(m[i - 1].Score >= m[i].Score);
        }

        Assert.All(m, x => Assert.True(x.Score >= ShopKnowledge.Example.Threshold));
    }

    [Fact]
    public void Find_HugeOrHostileInput_IsBoundedAndDoesNotThrow()
    {
        var k = ShopKnowledge.Example;
        _ = k.Find(new string('退', 100_000), 5);
        _ = k.Find("\ud800赠品\udc00规则", 2);
        _ = k.Find(string.Concat(Enumerable.Repeat("赠品 ", 5000)), 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => k.Find("赠品", 0));
        Assert.Throws<ArgumentNullException>(() => k.Find(null!));
    }

    [Theory]
    [InlineData("{}", "$.schemaVersion")]
    [InlineData("""{"schemaVersion":2,"locale":"zh-CN","name":"x","entries":[]}""", "$.schemaVersion")]
    [InlineData("""{"schemaVersion":1,"locale":"en-US","name":"x","entries":[]}""", "$.locale")]
    [InlineData("""{"schemaVersion":1,"locale":"zh-CN","name":"x","entries":[{"id":"a","questions":[],"answer":"b"}]}""", "$.entries[0].questions")]
    [InlineData("""{"schemaVersion":1,"locale":"zh-CN","name":"x","entries":[{"id":"a","questions":["q"],"answer":" "}]}""", "$.entries[0].answer")]
    [InlineData("""{"schemaVersion":1,"locale":"zh-CN","name":"x","entries":[{"id":"a","questions":["q"],"answer":"b"},{"id":"a","questions":["q"],"answer":"b"}]}""", "$.entries[1].id")]
    [InlineData("""{"schemaVersion":1,"locale":"zh-CN","name":"x","entries":[{"id":"a","questoins":["q"],"answer":"b"}]}""", "$.entries[0].questoins")]
    [InlineData("""{"schemaVersion":1,"locale":"zh-CN","name":"x","policy":{"returnWindowDays":-1},"entries":[]}""", "$.policy.returnWindowDays")]
    [InlineData("""{"schemaVersion":1,"locale":"zh-CN","name":"x","threshold":2,"entries":[]}""", "$.threshold")]
    [InlineData("""{"schemaVersion":1,"locale":"zh-CN","name":"x","entries":[""", "$")]
    public void Parse_Malformed_NamesTheJsonPath(string json, string path)
    {
        var ex = Assert.Throws<KnowledgePackException>(() => ShopKnowledge.Parse(json, "shop.json"));
        Assert.StartsWith(path, ex.JsonPath, StringComparison.Ordinal);
        Assert.StartsWith("shop.json: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingFile_IsAKnowledgePackException()
    {
        var ex = Assert.Throws<KnowledgePackException>(() => ShopKnowledge.Load("/nonexistent/shop.json"));
        Assert.Contains("/nonexistent/shop.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PackSynonyms_AreFoldedIntoRetrieval()
    {
        const string json = """
            {"schemaVersion":1,"locale":"zh-CN","name":"x","synonyms":[["保温杯","水杯","杯子"]],
             "entries":[{"id":"cup","questions":["保温杯怎么清洗"],"answer":"用温水清洗。"},
                        {"id":"gift","questions":["赠品是什么"],"answer":"杯套。"}]}
            """;
        var m = ShopKnowledge.Parse(json).Find("水杯怎么洗");
        Assert.Equal("cup", Assert.Single(m).Id);
    }

    [Fact]
    public void Example_PolicyAppliesToShopPolicy()
    {
        var policy = ShopKnowledge.Example.Policy.ApplyTo(ShopPolicy.Default);
        Assert.Equal(TimeSpan.FromDays(7), policy.ReturnWindow);
        Assert.Equal(TimeSpan.FromDays(15), policy.AfterSalesPeriod);
        Assert.Equal(TimeSpan.FromDays(365), policy.WarrantyPeriod);
        Assert.Empty(policy.Validate());
    }
}
