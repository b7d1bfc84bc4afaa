using CsEtiquette.Linting;
using CsEtiquette.Training;

namespace CsEtiquette.Tests.Training;

public sealed class QuizTests
{
    private static readonly Quiz Quiz = new();

    private static string[] Key(QuizPaper paper) => paper.Questions.Select(q => q.Answer).ToArray();

    [Fact]
    public void SameSeed_GivesTheSamePaper()
    {
        var a = Quiz.Generate(42);
        var b = Quiz.Generate(42);
        static string Show(QuizQuestion q) => $"{q.Number}|{q.Kind}|{q.Prompt}|{string.Join("/", q.Options)}|{q.Answer}";
        Assert.Equal(a.Questions.Select(Show), b.Questions.Select(Show));
        Assert.NotEqual(a.Questions.Select(q => q.Draft), Quiz.Generate(43).Questions.Select(q => q.Draft));
    }

    [Fact]
    public void Paper_HasThePacksCount_AndEveryKind()
    {
        var paper = Quiz.Generate(1);
        Assert.Equal(TrainingPack.Default.QuizQuestionCount, paper.Questions.Count);
        Assert.Contains(paper.Questions, q => q.Kind == QuizKind.SpotTheProblem);
        Assert.Contains(paper.Questions, q => q.Kind == QuizKind.RewriteThisLine);
        Assert.Equal(Enumerable.Range(1, paper.Questions.Count), paper.Questions.Select(q => q.Number));
    }

    [Fact]
    public void MostQuizDrafts_AreFlaggedByTheDefaultRules()
    {
        // A draft the rules do not flag is skipped by the quiz; the pack must keep enough material for a paper.
        var unflagged = TrainingPack.Default.QuizDrafts.Where(d => !ReplyLinter.Default.Lint(d).HasFindings).ToList();
        Assert.True(Quiz.AvailableQuestions >= TrainingPack.Default.QuizQuestionCount * 3 / 2, "unflagged: " + string.Join(" / ", unflagged));
        Assert.Equal(TrainingPack.Default.QuizDrafts.Count - unflagged.Count, Quiz.AvailableQuestions);
    }

    [Fact]
    public void SpotTheProblem_AnswerIsARuleTheDraftBreaks()
    {
        foreach (var q in Quiz.Generate(5, 30).Questions.Where(q => q.Kind == QuizKind.SpotTheProblem))
        {
            var option = q.Options[q.Answer[0] - 'A'];
            var ruleId = option.Split(' ')[1];
            Assert.Contains(ruleId, q.Rules);
            Assert.Contains(ReplyLinter.Default.Lint(q.Draft).Findings, f => f.RuleId == ruleId);
            Assert.Equal(1, q.Options.Count(o => q.Rules.Contains(o.Split(' ')[1])));
        }
    }

    [Fact]
    public void PickTheBetter_TheBetterOptionLintsCleanOfTheDraftsRules()
    {
        var picks = Quiz.Generate(7, 30).Questions.Where(q => q.Kind == QuizKind.PickTheBetterReply).ToList();
        Assert.NotEmpty(picks);
        foreach (var q in picks)
        {
            var better = q.Options[q.Answer[0] - 'A'][3..];
            Assert.NotEqual(q.Draft, better);
            Assert.DoesNotContain(ReplyLinter.Default.Lint(better).Findings, f => q.Rules.Contains(f.RuleId));
        }
    }

    [Fact]
    public void AnswerKey_ScoresFull_BlankScoresZero()
    {
        var paper = Quiz.Generate(11);
        var key = paper.Questions.Select(q => q.Kind == QuizKind.RewriteThisLine ? "您好，我们会在24小时内为您处理，请您放心。" : q.Answer).ToArray();
        var full = Quiz.Grade(paper, key);
        Assert.Equal(100, full.Score);
        Assert.True(full.Passed);
        var blank = Quiz.Grade(paper, []);
        Assert.Equal(0, blank.Score);
        Assert.False(blank.Passed);
        Assert.All(blank.Answers, a => Assert.False(a.IsCorrect));
    }

    [Fact]
    public void SpotTheProblem_AcceptsTheRuleIdInsteadOfTheLetter()
    {
        var q = Quiz.Generate(3, 30).Questions.First(q => q.Kind == QuizKind.SpotTheProblem);
        var ruleId = q.Options[q.Answer[0] - 'A'].Split(' ')[1];
        var paper = new QuizPaper(3, [q]);
        Assert.True(Quiz.Grade(paper, [ruleId.ToLowerInvariant()]).Answers[0].IsCorrect);
        var wrong = q.Options.Select(o => o.Split(' ')[1]).First(id => id != ruleId);
        Assert.False(Quiz.Grade(paper, [wrong]).Answers[0].IsCorrect);
    }

    [Fact]
    public void Rewrite_ThatKeepsTheProblem_OrCopiesTheDraft_IsWrong()
    {
        var q = Quiz.Generate(0, 30).Questions.First(q => q.Kind == QuizKind.RewriteThisLine);
        var paper = new QuizPaper(0, [q]);
        Assert.False(Quiz.Grade(paper, [q.Draft]).Answers[0].IsCorrect);
        Assert.False(Quiz.Grade(paper, [q.Draft + "。"]).Answers[0].IsCorrect && ReplyLinter.Default.Lint(q.Draft + "。").Findings.Any(f => q.Rules.Contains(f.RuleId)));
        Assert.True(Quiz.Grade(paper, ["您好，我们会在24小时内为您处理，请您放心。"]).Answers[0].IsCorrect);
    }

    [Fact]
    public void Count_AboveTheDrafts_IsCapped_BelowOne_Throws()
    {
        Assert.Equal(Quiz.AvailableQuestions, Quiz.Generate(0, 10_000).Questions.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => Quiz.Generate(0, 0));
    }
}
