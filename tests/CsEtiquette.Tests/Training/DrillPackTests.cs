using System.Text;
using CsEtiquette.Training;

namespace CsEtiquette.Tests.Training;

public sealed class TrainingPackTests
{
    private const string Skills = """
        "skills":{"Greeting":{"title":"a","cues":["您好"]},"Empathy":{"title":"a","cues":["理解"]},"Apology":{"title":"a","cues":["抱歉"]},
        "Paraphrase":{"title":"a","cues":["您的意思是"]},"AskForInformation":{"title":"a","cues":["订单号"]},"Choices":{"title":"a","cues":["或者"]},
        "TimeCommitment":{"title":"a","cues":["今天"],"units":["小时"]},"FollowUp":{"title":"a","cues":["回访"]},"RuleExplanation":{"title":"a","cues":["规则"]},
        "Alternative":{"title":"a","cues":["不过"]},"CalmReply":{"title":"a","cues":["请指正"]},"Escalation":{"title":"a","cues":["主管"]},
        "Closing":{"title":"a","cues":["祝您"]},"Care":{"title":"a","cues":["生日快乐"]}}
        """;

    private static string Pack(string scenarios, string extra = "") =>
        "{\"schemaVersion\":1,\"locale\":\"zh-CN\",\"name\":\"t\",\"version\":\"1\"," + extra + Skills + ",\"scenarios\":[" + scenarios + "]}";

    private const string Turn = "{\"id\":\"a\",\"customer\":[\"在吗\"],\"expects\":[\"Apology\"],\"good\":\"end\",\"poor\":\"end\"}";

    private static string Scenario(string turns, string start = "a", string extra = "") =>
        "{\"id\":\"s\",\"title\":\"t\",\"persona\":\"p\",\"goals\":[\"g\"],\"required\":[\"Apology\"],\"start\":\"" + start + "\",\"turns\":[" + turns + "]" + extra + "}";

    private static TrainingPackException Reject(string json) =>
        Assert.Throws<TrainingPackException>(() => TrainingPack.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json"));

    [Fact]
    public void MinimalPack_Loads()
    {
        var pack = TrainingPack.Load(new MemoryStream(Encoding.UTF8.GetBytes(Pack(Scenario(Turn)))), "test.json");
        Assert.Equal("s", Assert.Single(pack.Scenarios).Id);
        Assert.Equal(70, pack.PassScore);
    }

    [Fact]
    public void UnknownProperty_IsRejected_WithItsPath()
    {
        var ex = Reject(Pack(Scenario(Turn, extra: ",\"complaitn\":true")));
        Assert.Equal("$.scenarios[0].complaitn", ex.JsonPath);
        Assert.Contains("test.json", ex.Message);
    }

    [Fact]
    public void MistypedValue_IsRejected_WithItsPath()
    {
        var ex = Reject(Pack(Scenario(Turn), extra: "\"passScore\":\"70\","));
        Assert.Equal("$.passScore", ex.JsonPath);
    }

    [Fact]
    public void UnknownSkill_IsRejected()
    {
        var ex = Reject(Pack(Scenario(Turn.Replace("\"Apology\"", "\"Apologise\"", StringComparison.Ordinal))));
        Assert.Equal("$.scenarios[0].turns[0].expects[0]", ex.JsonPath);
    }

    [Fact]
    public void DanglingBranch_IsRejected()
    {
        var ex = Reject(Pack(Scenario(Turn.Replace("\"good\":\"end\"", "\"good\":\"b\"", StringComparison.Ordinal))));
        Assert.Equal("$.scenarios[0].turns[0].good", ex.JsonPath);
    }

    [Fact]
    public void CyclicTurns_AreRejected_SoEveryDrillEnds()
    {
        var a = "{\"id\":\"a\",\"customer\":[\"x\"],\"expects\":[],\"good\":\"b\",\"poor\":\"end\"}";
        var b = "{\"id\":\"b\",\"customer\":[\"y\"],\"expects\":[],\"good\":\"end\",\"poor\":\"a\"}";
        var ex = Reject(Pack(Scenario(a + "," + b)));
        Assert.Contains("cycle", ex.Problem);
    }

    [Fact]
    public void MissingStart_IsRejected()
    {
        var ex = Reject(Pack(Scenario(Turn, start: "zzz")));
        Assert.Equal("$.scenarios[0].start", ex.JsonPath);
    }

    [Fact]
    public void LoneSurrogateEscape_IsAPackError_NotACrash()
    {
        var ex = Reject(Pack(Scenario(Turn.Replace("在吗", "\\ud800", StringComparison.Ordinal))));
        Assert.Contains("surrogate", ex.Problem);
    }

    [Fact]
    public void MissingFile_IsAPackError_NamingIt()
    {
        var ex = Assert.Throws<TrainingPackException>(() => TrainingPack.Load("/nonexistent/drills.json"));
        Assert.Contains("/nonexistent/drills.json", ex.Message);
    }
}
