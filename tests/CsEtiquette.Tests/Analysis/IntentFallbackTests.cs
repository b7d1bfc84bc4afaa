using System.Text.Json;
using CsEtiquette.Analysis;
using CsEtiquette.Tests.Linting;

namespace CsEtiquette.Tests.Analysis;

/// <summary>
/// The intent fallback floor (#14): when no intent reaches <see cref="AnalysisOptions.IntentThreshold"/>, the best one
/// is reported alone from a probability of 0.3 instead of Other; it never changes a message that had an intent.
/// </summary>
public sealed class IntentFallbackTests
{
    private static readonly CustomerMessageAnalyzer NoFloor = new(new AnalysisOptions { IntentFallbackFloor = 1.0 });

    [Fact]
    public void ShortVagueTurn_GetsItsBestIntentWithItsLowScore()
    {
        var a = CustomerMessageAnalyzer.Default.Analyze("那个东西不对");
        Assert.Single(a.Intents);
        Assert.NotEqual(MessageIntent.Other, a.PrimaryIntent);
        Assert.InRange(a.Intents[0].Score, AnalysisOptions.DefaultIntentFallbackFloor, 0.5);
        Assert.Equal(MessageIntent.Other, NoFloor.Analyze("那个东西不对").PrimaryIntent);
    }

    /// <summary>
    /// Short vague turns that are in no training file. The shipped model is trained on dev too, so since it is trained
    /// for 12 epochs (2026-12-04) no dev line has its best intent between the floor and 0.5 when none reaches 0.5, and the floor
    /// fires only on unseen lines like these (on the hand-written dev lines the tuning model gains 0.810 → 0.845 from it).
    /// </summary>
    private static readonly string[] UnseenShortTurns =
    [
        "这个呢", "然后呢", "那个呢", "那这个怎么弄", "上次那个", "我说的是那件", "换个呢", "这样可以吗", "还有别的吗",
        "能便宜吗", "那个还在吗", "弄好了没", "咋样了", "好了吗", "那个事呢", "我那个单子", "刚才那个", "有结果了吗",
    ];

    [Fact]
    public void Floor_OnlyReplacesOther_OnEveryDevLine_AndUnseenShortTurns()
    {
        var changed = 0;
        var dev = File.ReadLines(Path.Combine(LintTestData.RepoRoot(), "data", "chat", "dev.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!);
        foreach (var text in dev.Concat(UnseenShortTurns))
        {
            var with = CustomerMessageAnalyzer.Default.Analyze(text);
            var without = NoFloor.Analyze(text);
            if (with.PrimaryIntent == without.PrimaryIntent && with.Intents.Count == without.Intents.Count)
            {
                continue;
            }

            changed++;
            Assert.Equal(MessageIntent.Other, without.PrimaryIntent);
            Assert.Single(with.Intents);
            Assert.InRange(with.Intents[0].Score, AnalysisOptions.DefaultIntentFallbackFloor, 0.5);
            Assert.Equal(without.Emotion, with.Emotion);
        }

        Assert.InRange(changed, 1, 200); // the floor does something, and only to a minority of lines
    }
}

/// <summary><see cref="AnalysisOptions.IncludeEvidence"/> off changes nothing but the evidence.</summary>
public sealed class IncludeEvidenceTests
{
    [Theory]
    [InlineData("我的订单号123456789012345678，杯子收到就破损了，非常失望！！！")]
    [InlineData("在吗 这个有货吗")]
    [InlineData("快递三天没动了 咋回事")]
    public void Off_SameLabelsAndScores_NoEvidence(string message)
    {
        var with = CustomerMessageAnalyzer.Default.Analyze(message);
        var without = new CustomerMessageAnalyzer(new AnalysisOptions { IncludeEvidence = false }).Analyze(message);
        Assert.NotEmpty(with.Evidence);
        Assert.Empty(without.Evidence);
        Assert.Equal(with.Emotion, without.Emotion);
        Assert.Equal(with.Intents, without.Intents);
        Assert.Equal(with.Issue, without.Issue);
    }
}
