using CsEtiquette.Analysis;
using CsEtiquette.Assistant;
using CsEtiquette.Complaints;
using CsEtiquette.Insights;
using CsEtiquette.Knowledge;
using CsEtiquette.Linting;
using CsEtiquette.Templates;
using CsEtiquette.Training;

namespace CsEtiquette.Tests.Packs;

/// <summary>
/// Every pack loader reads through the one strict reader: each rejects an unknown property, a mistyped value, a wrong
/// schemaVersion, an escaped lone surrogate and a duplicate key with its own exception type (an
/// <see cref="EtiquettePackException"/>) naming the source and the JSON path.
/// </summary>
public sealed class PackLoaderConformanceTests
{
    private const string Header = "\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"t\",";

    /// <summary>A loader, a minimal valid pack, and where in it each defect goes.</summary>
    public sealed record Loader(
        string Name,
        Func<string, string, object> Parse,
        Type ExceptionType,
        string Valid,
        (string From, string To, string Path) Unknown,
        (string From, string To, string Path) Mistyped,
        (string From, string To, string Path) LoneSurrogate,
        (string From, string To, string Path) Duplicate)
    {
        public override string ToString() => Name;
    }

    public static TheoryData<Loader> Loaders() =>
    [
        new Loader(
            "rules",
            (json, source) => RulePack.Parse(json, source),
            typeof(RulePackException),
            "{" + Header + "\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"patterns\":[\"亲亲\"]},{\"id\":\"B\",\"message\":\"m\",\"detector\":\"exclamation\",\"settings\":{\"maxMarks\":5}}]}",
            ("\"message\":\"m\",\"patterns\"", "\"message\":\"m\",\"severty\":\"error\",\"patterns\"", "$.rules[0].severty"),
            ("\"maxMarks\":5", "\"maxMarks\":\"5\"", "$.rules[1].settings.maxMarks"),
            ("\"亲亲\"", "\"\\ud800\"", "$.rules[0].patterns[0]"),
            ("\"id\":\"A\",", "\"id\":\"A\",\"id\":\"A\",", "$.rules[0].id")),
        new Loader(
            "templates",
            (json, source) => TemplateLibrary.Parse(json, source),
            typeof(TemplatePackException),
            "{" + Header + "\"templates\":[{\"id\":\"a.b\",\"scenario\":\"s\",\"slots\":[{\"name\":\"x\",\"sample\":\"1\"}],\"variants\":[\"您好{x}\"]}]}",
            ("\"sample\":\"1\"", "\"sample\":\"1\",\"defualt\":\"2\"", "$.templates[0].slots[0].defualt"),
            ("\"scenario\":\"s\"", "\"scenario\":5", "$.templates[0].scenario"),
            ("\"您好{x}\"", "\"\\udc00{x}\"", "$.templates[0].variants[0]"),
            ("\"scenario\":\"s\",", "\"scenario\":\"s\",\"scenario\":\"s\",", "$.templates[0].scenario")),
        new Loader(
            "training",
            (json, source) => TrainingPack.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), source),
            typeof(TrainingPackException),
            "{" + Header + "\"version\":\"1\",\"passScore\":70," + TrainingSkills + ",\"scenarios\":[{\"id\":\"s\",\"title\":\"t\",\"persona\":\"p\",\"goals\":[\"g\"],\"required\":[\"Apology\"],\"start\":\"a\",\"turns\":[{\"id\":\"a\",\"customer\":[\"在吗\"],\"expects\":[\"Apology\"],\"good\":\"end\",\"poor\":\"end\"}]}]}",
            ("\"persona\":\"p\"", "\"persona\":\"p\",\"persnoa\":\"p\"", "$.scenarios[0].persnoa"),
            ("\"passScore\":70", "\"passScore\":\"70\"", "$.passScore"),
            ("\"在吗\"", "\"\\ud800\"", "$.scenarios[0].turns[0].customer[0]"),
            ("\"title\":\"t\",", "\"title\":\"t\",\"title\":\"t\",", "$.scenarios[0].title")),
        new Loader(
            "analysis-lexicon",
            (json, source) => AnalysisLexicon.Parse(json, source),
            typeof(AnalysisLexiconException),
            "{" + Header + "\"emotions\":{\"Angry\":{\"离大谱\":0.9}},\"trackingPrefixes\":[{\"prefix\":\"SF\",\"minDigits\":12,\"maxDigits\":15}]}",
            ("\"maxDigits\":15", "\"maxDigits\":15,\"maxDigts\":3", "$.trackingPrefixes[0].maxDigts"),
            ("\"离大谱\":0.9", "\"离大谱\":\"0.9\"", "$.emotions.Angry.离大谱"),
            ("\"SF\"", "\"\\ud800\"", "$.trackingPrefixes[0].prefix"),
            ("\"minDigits\":12,", "\"minDigits\":12,\"minDigits\":12,", "$.trackingPrefixes[0].minDigits")),
        new Loader(
            "knowledge",
            (json, source) => ShopKnowledge.Parse(json, source),
            typeof(KnowledgePackException),
            "{" + Header + "\"policy\":{\"returnWindowDays\":7,\"afterSalesDays\":15},\"entries\":[{\"id\":\"gift-rules\",\"questions\":[\"赠品规则是什么\"],\"answer\":\"赠品随单发出。\"}]}",
            ("\"afterSalesDays\":15", "\"afterSalesDays\":15,\"aftersalesDays\":15", "$.policy.aftersalesDays"),
            ("\"returnWindowDays\":7", "\"returnWindowDays\":\"7\"", "$.policy.returnWindowDays"),
            ("\"赠品规则是什么\"", "\"\\ud800\"", "$.entries[0].questions[0]"),
            ("\"id\":\"gift-rules\",", "\"id\":\"gift-rules\",\"id\":\"gift-rules\",", "$.entries[0].id")),
        new Loader(
            "conversation-rules",
            (json, source) => ConversationRules.Parse(json, source),
            typeof(InspectionPackException),
            Embedded(typeof(ConversationRules), "CsEtiquette.Data.conversation-rules.zh-CN.json"),
            ("\"firstResponseSeconds\":30", "\"firstResponseSeconds\":30,\"firstResponseSecond\":1", "$.settings.firstResponseSecond"),
            ("\"responseSeconds\":120", "\"responseSeconds\":\"120\"", "$.settings.responseSeconds"),
            ("\"empathy\":[\"抱歉\"", "\"empathy\":[\"\\ud800\"", "$.markers.empathy[0]"),
            ("\"firstResponseSeconds\":30,", "\"firstResponseSeconds\":30,\"firstResponseSeconds\":30,", "$.settings.firstResponseSeconds")),
        new Loader(
            "scorecard",
            (json, source) => Scorecard.Parse(json, source),
            typeof(InspectionPackException),
            Embedded(typeof(Scorecard), "CsEtiquette.Data.scorecard.zh-CN.json"),
            ("\"id\":\"greeting\",", "\"id\":\"greeting\",\"wieght\":1,", "$.items[0].wieght"),
            ("\"weight\":10", "\"weight\":\"10\"", "$.items[0].weight"),
            ("\"title\":\"问候\"", "\"title\":\"\\ud800\"", "$.items[0].title"),
            ("\"id\":\"greeting\",", "\"id\":\"greeting\",\"id\":\"greeting\",", "$.items[0].id")),
        new Loader(
            "inspection-vocabulary",
            (json, source) => InspectionVocabulary.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), source),
            typeof(InspectionPackException),
            Embedded(typeof(InspectionVocabulary), "CsEtiquette.Data.insights.zh-CN.json"),
            ("\"label\":\"尺码\"", "\"label\":\"尺码\",\"lable\":\"x\"", "$.topics[0].lable"),
            ("\"minSuggestionShare\":0.05", "\"minSuggestionShare\":\"0.05\"", "$.minSuggestionShare"),
            ("\"apology\":[\"抱歉\"", "\"apology\":[\"\\udfff\"", "$.apology[0]"),
            ("\"label\":\"尺码\",", "\"label\":\"尺码\",\"label\":\"尺码\",", "$.topics[0].label")),
        new Loader(
            "assistant-cues",
            (json, source) => AssistantCues.Parse(json, source),
            typeof(AssistantCuesException),
            Embedded(typeof(AssistantCues), "CsEtiquette.Data.assistant.zh-CN.json"),
            ("\"label\":\"商品破损\"", "\"label\":\"商品破损\",\"lable\":\"x\"", "$.issues[0].lable"),
            ("\"empathyTemplate\":\"empathy.damaged-item\"", "\"empathyTemplate\":5", "$.issues[0].empathyTemplate"),
            ("\"label\":\"商品破损\"", "\"label\":\"\\ud800\"", "$.issues[0].label"),
            ("\"issue\":\"DamagedItem\",", "\"issue\":\"DamagedItem\",\"issue\":\"DamagedItem\",", "$.issues[0].issue")),
        new Loader(
            "complaint-replies",
            (json, source) => ComplaintReplyCatalog.Parse(json, source),
            typeof(ComplaintReplyPackException),
            Embedded(typeof(ComplaintReplyCatalog), "CsEtiquette.Data.complaint-replies.zh-CN.json"),
            ("\"replies\":", "\"replis\":{},\"replies\":", "$.replis"),
            ("\"complaint.acknowledge-emotion\":\"", "\"complaint.acknowledge-emotion\":5,\"complaint.unused\":\"", "$.replies['complaint.acknowledge-emotion']"),
            ("\"complaint.acknowledge-emotion\":\"", "\"complaint.acknowledge-emotion\":\"\\ud800", "$.replies['complaint.acknowledge-emotion']"),
            ("\"complaint.acknowledge-emotion\":", "\"complaint.acknowledge-emotion\":\"x\",\"complaint.acknowledge-emotion\":", "$.replies['complaint.acknowledge-emotion']")),
    ];

    /// <summary>An embedded pack as compact JSON with the name "t" (so the header defects above apply to it too).</summary>
    private static string Embedded(Type anchor, string resource)
    {
        using var stream = anchor.Assembly.GetManifestResourceStream(resource)!;
        var node = System.Text.Json.Nodes.JsonNode.Parse(stream)!.AsObject();
        node["name"] = "t";
        return node.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private const string TrainingSkills = """
        "skills":{"Greeting":{"title":"a","cues":["您好"]},"Empathy":{"title":"a","cues":["理解"]},"Apology":{"title":"a","cues":["抱歉"]},
        "Paraphrase":{"title":"a","cues":["您的意思是"]},"AskForInformation":{"title":"a","cues":["订单号"]},"Choices":{"title":"a","cues":["或者"]},
        "TimeCommitment":{"title":"a","cues":["今天"],"units":["小时"]},"FollowUp":{"title":"a","cues":["回访"]},"RuleExplanation":{"title":"a","cues":["规则"]},
        "Alternative":{"title":"a","cues":["不过"]},"CalmReply":{"title":"a","cues":["请指正"]},"Escalation":{"title":"a","cues":["主管"]},
        "Closing":{"title":"a","cues":["祝您"]},"Care":{"title":"a","cues":["生日快乐"]}}
        """;

    [Fact]
    public void KnowledgePack_Issue16MinimalShape_LoadsAsIs()
    {
        var k = ShopKnowledge.Parse("""{"schemaVersion":1,"locale":"zh-CN","name":"my-shop","policy":{"returnWindowDays":7,"afterSalesDays":15},"entries":[{"id":"gift-rules","questions":["赠品规则是什么"],"answer":"赠品随主商品一起发出，数量有限，送完即止。"}]}""", "my-shop.json");
        Assert.Equal("my-shop", k.Name);
        Assert.Equal(7, k.Policy.ReturnWindowDays);
        Assert.True(k.TryGetEntry("gift-rules", out _));
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void ValidPack_Loads(Loader loader) => Assert.NotNull(loader.Parse(loader.Valid, "ok.json"));

    [Theory]
    [MemberData(nameof(Loaders))]
    public void UnknownProperty_IsRejected_NamingThePath(Loader loader)
    {
        var ex = Reject(loader, loader.Unknown);
        Assert.Contains("unknown property", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void MistypedValue_IsRejected_NamingThePath(Loader loader)
    {
        var ex = Reject(loader, loader.Mistyped);
        Assert.Contains("expected", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void UnknownRootProperty_IsRejected_NamingThePath(Loader loader)
    {
        var ex = Reject(loader, ("\"schemaVersion\":1,", "\"schemaVersion\":1,\"shcema\":\"x\",", "$.shcema"));
        Assert.Contains("unknown property 'shcema'", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void WrongSchemaVersion_IsRejected(Loader loader)
    {
        var ex = Reject(loader, ("\"schemaVersion\":1", "\"schemaVersion\":2", "$.schemaVersion"));
        Assert.Contains("must be 1", ex.Problem, StringComparison.Ordinal);
        Reject(loader, ("\"schemaVersion\":1", "\"schemaVersion\":\"1\"", "$.schemaVersion"));
        Reject(loader, ("\"schemaVersion\":1,", string.Empty, "$.schemaVersion"));
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void MissingOrWrongHeader_IsRejected(Loader loader)
    {
        Reject(loader, ("\"locale\":\"zh-CN\",", string.Empty, "$.locale"));
        Reject(loader, ("\"locale\":\"zh-CN\"", "\"locale\":\"en-US\"", "$.locale"));
        Reject(loader, ("\"name\":\"t\",", string.Empty, "$.name"));
        Reject(loader, ("\"name\":\"t\"", "\"name\":7", "$.name"));
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void LoneSurrogate_IsRejected_NamingThePathAndLine(Loader loader)
    {
        var ex = Reject(loader, loader.LoneSurrogate);
        var json = ReplaceFirst(loader.Valid, loader.LoneSurrogate.From, loader.LoneSurrogate.To);
        var line = json[..json.IndexOf(loader.LoneSurrogate.To, StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Contains($"line {line}:", ex.Problem, StringComparison.Ordinal);
        Assert.Contains("lone surrogate", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void DuplicateKey_IsRejected_NamingThePath(Loader loader)
    {
        var ex = Reject(loader, loader.Duplicate);
        Assert.Contains("duplicate property", ex.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Loaders))]
    public void TrailingComma_IsMalformedJson(Loader loader)
    {
        var json = loader.Valid[..^1] + ",}";
        var ex = Assert.IsAssignableFrom<EtiquettePackException>(Record.Exception(() => loader.Parse(json, "bad.json")));
        Assert.Contains("malformed JSON", ex.Problem, StringComparison.Ordinal);
    }

    private static EtiquettePackException Reject(Loader loader, (string From, string To, string Path) defect)
    {
        Assert.Contains(defect.From, loader.Valid, StringComparison.Ordinal);
        var json = ReplaceFirst(loader.Valid, defect.From, defect.To);
        var thrown = Record.Exception(() => loader.Parse(json, "bad.json"));
        Assert.NotNull(thrown);
        Assert.IsType(loader.ExceptionType, thrown);
        var ex = (EtiquettePackException)thrown;
        Assert.Equal("bad.json", ex.PackSource);
        Assert.Equal(defect.Path, ex.JsonPath);
        Assert.StartsWith($"bad.json: {defect.Path}: ", ex.Message, StringComparison.Ordinal);
        return ex;
    }

    private static string ReplaceFirst(string text, string from, string to)
    {
        var i = text.IndexOf(from, StringComparison.Ordinal);
        return text[..i] + to + text[(i + from.Length)..];
    }
}
