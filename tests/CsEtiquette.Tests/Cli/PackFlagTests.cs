namespace CsEtiquette.Tests.Cli;

/// <summary>
/// Every <c>cse</c> flag that takes a pack (or the lint config) exits 1 on an unknown or mistyped property, with a
/// message naming the file and the JSON path — one case per flag and defect.
/// </summary>
public sealed class PackFlagTests
{
    private const string Header = "\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"t\",";

    public static TheoryData<string, string[], string, string, string> Cases() => new()
    {
        // command, flag (+ other args), pack text, JSON path, stdin
        { "lint --rules unknown", ["lint", "--rules"], "{" + Header + "\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"severty\":\"error\",\"patterns\":[\"亲亲\"]}]}", "$.rules[0].severty", "你好\n" },
        { "lint --rules mistyped", ["lint", "--rules"], "{" + Header + "\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"detector\":\"exclamation\",\"settings\":{\"maxMarks\":\"5\"}}]}", "$.rules[0].settings.maxMarks", "你好\n" },
        { "rewrite --rules", ["rewrite", "--rules"], "{" + Header + "\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"patterns\":[{\"match\":\"亲亲\",\"replase\":\"您\"}]}]}", "$.rules[0].patterns[0].replase", "你好\n" },
        { "report --rules", ["report", "-", "--rules"], "{" + Header + "\"rules\":[{\"id\":\"A\",\"message\":\"m\",\"ignoreQuoted\":\"yes\",\"patterns\":[\"亲亲\"]}]}", "$.rules[0].ignoreQuoted", "" },
        { "lint --config unknown", ["lint", "--config"], "{\"rules\":{\"CSE008\":\"error\"},\"failon\":\"error\"}", "$.failon", "你好\n" },
        { "lint --config mistyped", ["lint", "--config"], "{\"defaultPack\":\"no\"}", "$.defaultPack", "你好\n" },
        { "analyze --lexicon unknown", ["analyze", "--lexicon"], "{" + Header + "\"emotoins\":{}}", "$.emotoins", "你好\n" },
        { "analyze --lexicon mistyped", ["analyze", "--lexicon"], "{" + Header + "\"emotions\":{\"Angry\":{\"离大谱\":\"0.9\"}}}", "$.emotions.Angry.离大谱", "你好\n" },
        { "template --pack unknown", ["template", "list", "--pack"], "{" + Header + "\"templates\":[{\"id\":\"a.b\",\"scenario\":\"s\",\"variant\":[\"您好\"]}]}", "$.templates[0].variant", "" },
        { "template --pack mistyped", ["template", "list", "--pack"], "{" + Header + "\"slotDefaults\":{\"处理时限\":24}}", "$.slotDefaults.处理时限", "" },
        { "faq --knowledge unknown", ["faq", "--knowledge"], "{" + Header + "\"entries\":[{\"id\":\"a\",\"question\":[\"q\"],\"answer\":\"b\"}]}", "$.entries[0].question", "赠品\n" },
        { "faq --knowledge mistyped", ["faq", "--knowledge"], "{" + Header + "\"policy\":{\"returnWindowDays\":\"7\"},\"entries\":[]}", "$.policy.returnWindowDays", "赠品\n" },
        { "handbook --knowledge", ["handbook", "--out", Path.Combine(Path.GetTempPath(), "cse-handbook-never-written.md"), "--knowledge"], "{" + Header + "\"threshhold\":0.5,\"entries\":[]}", "$.threshhold", "" },
        { "drill --pack", ["drill", "--list", "--pack"], "{" + Header + "\"version\":\"1\",\"passScore\":\"70\"}", "$.passScore", "" },
        { "quiz --pack", ["quiz", "--pack"], "{" + Header + "\"version\":\"1\",\"quizz\":{}}", "$.quizz", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void PackFlag_BadProperty_Exits1_NamingFileAndJsonPath(string name, string[] args, string pack, string jsonPath, string stdin)
    {
        _ = name;
        var path = Path.Combine(Path.GetTempPath(), $"cse-pack-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, pack);
        try
        {
            var (code, _, err) = CliHarness.Run(stdin, [.. args, path]);
            Assert.True(code == 1, $"exit {code}: {err}");
            Assert.Contains($"{path}: {jsonPath}: ", err, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
