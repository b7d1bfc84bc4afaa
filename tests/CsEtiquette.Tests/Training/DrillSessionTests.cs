using CsEtiquette.Training;

namespace CsEtiquette.Tests.Training;

public sealed class DrillSessionTests
{
    [Fact]
    public void DefaultPack_CoversEverySeedScenario()
    {
        string[] expected =
        [
            "logistics-delay", "damaged-item", "color-mismatch", "out-of-stock", "return-out-of-window",
            "abuse", "malicious-complaint", "refund-not-received", "livestream-gift-missing", "member-care",
        ];
        foreach (var id in expected)
        {
            Assert.NotNull(TrainingPack.Default.Find(id));
        }
    }

    [Theory]
    [MemberData(nameof(DrillScripts.ScenarioIds), MemberType = typeof(DrillScripts))]
    public void GoodAnswers_Pass(string scenarioId)
    {
        var result = DrillScripts.Play(scenarioId, "good");
        var detail = string.Join(" | ", result.Turns.Select(t => $"{t.TurnId}:{t.Score}:{string.Join(",", t.Coaching)}"));
        Assert.True(result.IsComplete, detail);
        Assert.True(result.Passed, $"score {result.Score}, missed [{string.Join(",", result.Missed)}]: {detail}");
        Assert.Empty(result.Missed);
        Assert.All(result.Turns, t => Assert.True(t.IsGood, $"{t.TurnId}: {string.Join(",", t.Coaching)}"));
    }

    [Theory]
    [MemberData(nameof(DrillScripts.ScenarioIds), MemberType = typeof(DrillScripts))]
    public void CarelessAnswers_Fail(string scenarioId)
    {
        var result = DrillScripts.Play(scenarioId, "careless");
        Assert.False(result.Passed);
        Assert.True(result.Score < TrainingPack.Default.PassScore, $"score {result.Score}");
        Assert.NotEmpty(result.Missed);
        Assert.False(result.Turns[0].IsGood);
    }

    [Fact]
    public void PoorReply_TakesTheAngrierBranch_GoodReply_TheCalmerOne()
    {
        var scenario = TrainingPack.Default.Find("logistics-delay")!;
        var poor = new DrillSession(scenario);
        poor.Answer("不知道");
        Assert.Contains(poor.CustomerMessage!, scenario.FindTurn("angry")!.CustomerLines);

        var good = new DrillSession(scenario);
        good.Answer("非常抱歉让您着急了，麻烦您告诉我订单号，我马上查一下。");
        Assert.Contains(good.CustomerMessage!, scenario.FindTurn("order")!.CustomerLines);
    }

    [Fact]
    public void SameSeed_SameCustomerLines_OtherSeeds_Vary()
    {
        var scenario = TrainingPack.Default.Find("logistics-delay")!;
        string Opening(int seed) => new DrillSession(scenario, seed: seed).CustomerMessage!;
        Assert.Equal(Opening(7), Opening(7));
        var seen = new HashSet<string>();
        for (var seed = 0; seed < 50; seed++)
        {
            seen.Add(Opening(seed));
        }

        Assert.True(seen.Count > 1);
    }

    [Fact]
    public void AvoidedPhrase_CapsTheTurnScore_AndIsReported()
    {
        var scenario = TrainingPack.Default.Find("return-out-of-window")!;
        var session = new DrillSession(scenario);
        var turn = session.Answer("理解您的心情，根据平台规则已超出期限，不过这次破例给您退了。");
        Assert.Contains("破例给您退", turn.Avoided);
        Assert.True(turn.Score <= 20);
        Assert.False(turn.IsGood);
    }

    [Fact]
    public void ResultBeforeTheEnd_IsIncomplete_AndDoesNotPass()
    {
        var scenario = TrainingPack.Default.Find("damaged-item")!;
        var session = new DrillSession(scenario);
        session.Answer("非常抱歉，您一定很失望，麻烦您拍照片并告诉我订单号。");
        var result = session.Result();
        Assert.False(result.IsComplete);
        Assert.False(result.Passed);
        Assert.Equal((int)Math.Round(result.Turns[0].Score / 2.0, MidpointRounding.AwayFromZero), result.Score);
    }

    [Fact]
    public void AnswerAfterTheEnd_Throws()
    {
        var scenario = TrainingPack.Default.Find("member-care")!;
        var session = new DrillSession(scenario);
        foreach (var line in File.ReadLines(DrillScripts.PathOf("member-care", "good")))
        {
            session.Answer(line);
        }

        Assert.True(session.IsFinished);
        Assert.Null(session.CustomerMessage);
        Assert.Throws<InvalidOperationException>(() => session.Answer("还有其他问题吗"));
    }

    [Theory]
    [InlineData("24小时内给您答复", true)]
    [InlineData("1-3个工作日到账", true)]
    [InlineData("预计三天送达", true)]
    [InlineData("半小时后回复您", true)]
    [InlineData("我们会尽快处理", false)]
    public void TimeCommitment_NeedsANumberAndAUnit(string reply, bool shown)
    {
        Assert.Equal(shown, TrainingPack.Default.DetectSkills(reply).Contains(ServiceSkill.TimeCommitment));
    }
}
