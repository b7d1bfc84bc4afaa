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

    [Fact]
    public void Floor_OnlyReplacesOther_OnEveryDevLine()
    {
        var changed = 0;
        foreach (var line in File.ReadLines(Path.Combine(LintTestData.RepoRoot(), "data", "chat", "dev.jsonl")))
        {
            var text = JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!;
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
