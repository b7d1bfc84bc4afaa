using CsEtiquette.Knowledge;
using CsEtiquette.Packs;

namespace CsEtiquette.Tests.Knowledge;

/// <summary>The retrieval lexicon is a user-replaceable pack (issue #13: every embedded pack replaceable).</summary>
public sealed class KnowledgeLexiconTests
{
    private const string ShopLexicon = """
        {"schemaVersion":1,"locale":"zh-CN","name":"my-lexicon",
         "synonyms":[["赠品","小礼物","礼品"]],
         "stopWords":["请问"],
         "policyEntries":[{"id":"policy.return-window","fact":"returnWindowDays","questions":["能退吗"],"answer":"本店支持{天数}天退货。"}],
         "chatTurns":["收到"],
         "outOfScopeCues":["天气怎么样"]}
        """;

    [Fact]
    public void Default_IsTheEmbeddedPack()
    {
        Assert.Equal("CsEtiquette knowledge retrieval lexicon", KnowledgeLexicon.Default.Name);
        Assert.Same(KnowledgeLexicon.Default, ShopKnowledge.Parse(ShopKnowledgeTests.MinimalPack).Lexicon);
    }

    [Fact]
    public void WithLexicon_ItsPolicyAnswersAndChatTurnsReplaceTheEmbeddedOnes()
    {
        var embedded = ShopKnowledge.Parse(ShopKnowledgeTests.MinimalPack);
        var mine = embedded.WithLexicon(KnowledgeLexicon.Parse(ShopLexicon, "my-lexicon.json"));

        Assert.Equal("my-lexicon", mine.Lexicon.Name);
        Assert.Equal(embedded.Name, mine.Name);
        Assert.True(mine.TryGetEntry("gift-rules", out _));
        // the generated policy entry is the user's wording, and only the facts the user's lexicon names are generated
        Assert.True(mine.TryGetEntry("policy.return-window", out var window));
        Assert.Equal("本店支持7天退货。", window!.Answer);
        Assert.False(mine.TryGetEntry("policy.after-sales", out _));
        Assert.True(embedded.TryGetEntry("policy.after-sales", out _));

        // the user's chit-chat cue gives no match; the embedded lexicon does not know it
        Assert.Empty(mine.Find("今天天气怎么样"));
        Assert.Same(KnowledgeLexicon.Default, embedded.Lexicon);
    }

    [Fact]
    public void WithLexicon_UserSynonymsReachRetrieval()
    {
        var embedded = ShopKnowledge.Parse(ShopKnowledgeTests.MinimalPack);
        var mine = embedded.WithLexicon(KnowledgeLexicon.Parse(ShopLexicon));
        const string question = "小礼物规则是什么";
        var before = embedded.Find(question, 1, 0.0);
        var after = mine.Find(question, 1, 0.0);
        Assert.Equal("gift-rules", after[0].Id);
        Assert.True(after[0].Score > (before.Count == 0 ? 0 : before[0].Score), $"{after[0].Score} vs {(before.Count == 0 ? 0 : before[0].Score)}");
    }

    [Theory]
    [InlineData("""{"schemaVersion":1,"locale":"zh-CN","name":"x","synonyms":[],"stopWords":[],"policyEntries":[],"chatTurns":[],"outOfScopeCues":[],"stopword":[]}""", "$.stopword")]
    [InlineData("""{"schemaVersion":1,"locale":"zh-CN","name":"x","synonyms":[["只有一个"]],"stopWords":[],"policyEntries":[],"chatTurns":[],"outOfScopeCues":[]}""", "$.synonyms[0]")]
    [InlineData("""{"schemaVersion":1,"locale":"zh-CN","name":"x","synonyms":[],"stopWords":[],"policyEntries":[{"id":"a","fact":"shippingDays","questions":["q"],"answer":"a"}],"chatTurns":[],"outOfScopeCues":[]}""", "$.policyEntries[0].fact")]
    public void Parse_Malformed_ThrowsNamingTheSourceAndPath(string json, string path)
    {
        var e = Assert.ThrowsAny<EtiquettePackException>(() => KnowledgeLexicon.Parse(json, "bad-lexicon.json"));
        Assert.IsType<KnowledgePackException>(e);
        Assert.Equal("bad-lexicon.json", e.PackSource);
        Assert.Equal(path, e.JsonPath);
    }

    [Fact]
    public void Load_MissingFile_ThrowsKnowledgePackException()
    {
        var path = Path.Combine(Path.GetTempPath(), "cse-no-such-lexicon-" + Guid.NewGuid().ToString("N") + ".json");
        Assert.Throws<KnowledgePackException>(() => KnowledgeLexicon.Load(path));
    }
}
