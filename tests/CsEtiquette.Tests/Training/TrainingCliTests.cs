using System.Text.Json;
using CsEtiquette.Tests.Cli;
using CsEtiquette.Training;

namespace CsEtiquette.Tests.Training;

public sealed class TrainingCliTests
{
    [Fact]
    public void DrillList_NamesEveryScenario()
    {
        var (code, output, _) = CliHarness.Run("", "drill", "--list");
        Assert.Equal(0, code);
        foreach (var s in TrainingPack.Default.Scenarios)
        {
            Assert.Contains(s.Id, output);
        }
    }

    [Fact]
    public void DrillAnswers_WritesOneJsonLinePerTurn_AndAFinalSummary()
    {
        var (code, output, _) = CliHarness.Run("", "drill", "damaged-item", "--answers", DrillScripts.PathOf("damaged-item", "good"), "--seed", "3");
        Assert.Equal(0, code);
        var lines = output.TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        for (var i = 0; i < 3; i++)
        {
            using var turn = JsonDocument.Parse(lines[i]);
            Assert.Equal(i + 1, turn.RootElement.GetProperty("turn").GetInt32());
            Assert.False(string.IsNullOrEmpty(turn.RootElement.GetProperty("customer").GetString()));
            Assert.False(string.IsNullOrEmpty(turn.RootElement.GetProperty("agent").GetString()));
            Assert.Equal(JsonValueKind.Array, turn.RootElement.GetProperty("findings").ValueKind);
            Assert.InRange(turn.RootElement.GetProperty("score").GetInt32(), 0, 100);
        }

        using var summary = JsonDocument.Parse(lines[3]);
        Assert.Equal("damaged-item", summary.RootElement.GetProperty("scenario").GetString());
        Assert.True(summary.RootElement.GetProperty("passed").GetBoolean());
        Assert.Equal(0, summary.RootElement.GetProperty("missed").GetArrayLength());
    }

    [Fact]
    public void DrillAnswers_Careless_FailsNamingTheMissedSkills()
    {
        var (code, output, _) = CliHarness.Run("", "drill", "damaged-item", "--answers", DrillScripts.PathOf("damaged-item", "careless"));
        Assert.Equal(0, code);
        using var summary = JsonDocument.Parse(output.TrimEnd('\n').Split('\n')[^1]);
        Assert.False(summary.RootElement.GetProperty("passed").GetBoolean());
        Assert.Contains("Apology", summary.RootElement.GetProperty("missed").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void DrillSeed_FixesTheCustomerLines()
    {
        var file = DrillScripts.PathOf("logistics-delay", "good");
        Assert.Equal(
            CliHarness.Run("", "drill", "logistics-delay", "--answers", file, "--seed", "9").Out,
            CliHarness.Run("", "drill", "logistics-delay", "--answers", file, "--seed", "9").Out);
    }

    [Fact]
    public void Drill_Interactive_ReadsRepliesFromInput()
    {
        var replies = string.Join('\n', File.ReadAllLines(DrillScripts.PathOf("abuse", "good"))) + "\n";
        var (code, output, _) = CliHarness.Run(replies, "drill", "abuse");
        Assert.Equal(0, code);
        Assert.Contains("客户", output);
        Assert.Contains("通过", output);
        Assert.DoesNotContain("未通过", output);
    }

    [Theory]
    [InlineData("drill", "no-such-scenario")]
    [InlineData("drill")]
    [InlineData("drill", "abuse", "--seed", "x")]
    [InlineData("quiz", "--count", "0")]
    [InlineData("handbook")]
    [InlineData("handbook", "--out", "x.md", "--format", "pdf")]
    public void BadArguments_AreUsageErrors(params string[] args)
    {
        Assert.Equal(2, CliHarness.Run("", args).Code);
    }

    [Fact]
    public void MissingAnswersFile_IsADataError()
    {
        Assert.Equal(1, CliHarness.Run("", "drill", "abuse", "--answers", "/nonexistent/answers.txt").Code);
        Assert.Equal(1, CliHarness.Run("", "quiz", "--answers", "/nonexistent/answers.txt").Code);
    }

    [Fact]
    public void QuizPaper_IsReproducibleBySeed_AndMarksAnswers()
    {
        var (code, paper, _) = CliHarness.Run("", "quiz", "--seed", "5", "--format", "json");
        Assert.Equal(0, code);
        Assert.Equal(paper, CliHarness.Run("", "quiz", "--seed", "5", "--format", "json").Out);
        var questions = paper.TrimEnd('\n').Split('\n');
        Assert.Equal(TrainingPack.Default.QuizQuestionCount, questions.Length);
        Assert.DoesNotContain("\"answer\"", paper);

        var answers = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(answers, new Quiz().Generate(5).Questions.Select(q => q.Kind == QuizKind.RewriteThisLine ? "您好，我们会在24小时内为您处理，请您放心。" : q.Answer));
            var (markCode, marked, _) = CliHarness.Run("", "quiz", "--seed", "5", "--answers", answers);
            Assert.Equal(0, markCode);
            using var summary = JsonDocument.Parse(marked.TrimEnd('\n').Split('\n')[^1]);
            Assert.Equal(100, summary.RootElement.GetProperty("score").GetInt32());
            Assert.True(summary.RootElement.GetProperty("passed").GetBoolean());
            Assert.Equal(5, summary.RootElement.GetProperty("seed").GetInt32());
        }
        finally
        {
            File.Delete(answers);
        }
    }

    [Theory]
    [InlineData("md", "# 客服沟通话术手册")]
    [InlineData("html", "<!DOCTYPE html>")]
    public void Handbook_WritesTheFile(string format, string start)
    {
        var path = Path.Combine(Path.GetTempPath(), $"cse-hb-{Guid.NewGuid():N}.{format}");
        try
        {
            var (code, _, _) = CliHarness.Run("", "handbook", "--out", path);
            Assert.Equal(0, code);
            var text = File.ReadAllText(path);
            Assert.StartsWith(start, text);
            // 《常见问题速查指南》 comes from the (embedded example) shop knowledge pack.
            var entry = CsEtiquette.Knowledge.ShopKnowledge.Example.Entries[0];
            Assert.Contains(format == "html" ? System.Net.WebUtility.HtmlEncode(entry.Answer) : entry.Answer, text);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
