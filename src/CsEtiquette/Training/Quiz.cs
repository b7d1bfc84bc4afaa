using CsEtiquette.Linting;
using CsEtiquette.Rewriting;

namespace CsEtiquette.Training;

/// <summary>
/// Generates and marks quizzes (理论考核) from the training pack's drafts and the loaded rule pack: spot the problem,
/// pick the better reply (the draft against its verified rewrite), rewrite this line (marked by the linter).
/// The answers come from the linter and rewriter at run time, so a user's rule pack changes the quiz with it.
/// Thread-safe; the same seed gives the same paper.
/// </summary>
public sealed class Quiz
{
    private static readonly string[] Letters = ["A", "B", "C", "D"];
    private readonly TrainingPack _pack;
    private readonly IReplyLinter _linter;
    private readonly Lazy<Item[]> _items;

    /// <summary>Creates a quiz over <paramref name="pack"/>'s drafts, judged by <paramref name="linter"/>.</summary>
    /// <param name="pack">The training pack; <see cref="TrainingPack.Default"/> when null.</param>
    /// <param name="linter">The rules; <see cref="ReplyLinter.Default"/> when null.</param>
    /// <param name="rewriter">Supplies the better reply; <see cref="PhraseRewriter.Default"/> when null.</param>
    public Quiz(TrainingPack? pack = null, IReplyLinter? linter = null, IPhraseRewriter? rewriter = null)
    {
        _pack = pack ?? TrainingPack.Default;
        _linter = linter ?? ReplyLinter.Default;
        var rw = rewriter ?? PhraseRewriter.Default;
        _items = new Lazy<Item[]>(() => Prepare(rw));
    }

    /// <summary>How many drafts can become questions (those the rules flag).</summary>
    public int AvailableQuestions => _items.Value.Length;

    /// <summary>Generates a paper.</summary>
    /// <param name="seed">Selects and orders the questions and options.</param>
    /// <param name="count">Number of questions; the pack's default when null; at most <see cref="AvailableQuestions"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 1.</exception>
    public QuizPaper Generate(int seed, int? count = null)
    {
        var n = count ?? _pack.QuizQuestionCount;
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1, nameof(count));
        var items = _items.Value;
        var random = new Random(seed);
        var order = new int[items.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        random.Shuffle(order);
        n = Math.Min(n, items.Length);
        var questions = new QuizQuestion[n];
        for (var q = 0; q < n; q++)
        {
            var item = items[order[q]];
            var kind = (QuizKind)(int)(((((long)q + seed) % 3) + 3) % 3);
            if (kind == QuizKind.PickTheBetterReply && item.Better is null)
            {
                kind = QuizKind.SpotTheProblem;
            }

            questions[q] = kind switch
            {
                QuizKind.PickTheBetterReply => PickBetter(q + 1, item, random),
                QuizKind.RewriteThisLine => new QuizQuestion(q + 1, kind, $"请改写这句回复，使它符合沟通规范：「{item.Draft}」", item.Draft, [], item.Better ?? item.Rule.Advice, item.RuleIds, item.Explanation),
                _ => SpotProblem(q + 1, item, random),
            };
        }

        return new QuizPaper(seed, questions);
    }

    /// <summary>Marks <paramref name="answers"/> (one per question, in order; missing ones count as wrong).</summary>
    /// <remarks>A choice answer is a letter (A–D, case-insensitive) or, for spot-the-problem, the rule id. A rewrite earns
    /// the mark when it is not empty, differs from the draft, and the linter finds none of the draft's rules and no error.</remarks>
    public QuizResult Grade(QuizPaper paper, IReadOnlyList<string> answers)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(answers);
        var results = new QuizAnswerResult[paper.Questions.Count];
        var correct = 0;
        for (var i = 0; i < results.Length; i++)
        {
            var q = paper.Questions[i];
            var given = i < answers.Count ? answers[i].Trim() : string.Empty;
            var (ok, why) = q.Kind == QuizKind.RewriteThisLine ? MarkRewrite(q, given) : (MarkChoice(q, given), q.Explanation);
            correct += ok ? 1 : 0;
            results[i] = new QuizAnswerResult(q.Number, q.Kind, given, q.Answer, ok, why);
        }

        var score = results.Length == 0 ? 0 : (int)Math.Round(100.0 * correct / results.Length, MidpointRounding.AwayFromZero);
        return new QuizResult(paper.Seed, score, correct, results.Length, score >= _pack.QuizPassScore, results);
    }

    private static bool MarkChoice(QuizQuestion q, string given)
    {
        if (given.Equals(q.Answer, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (q.Kind != QuizKind.SpotTheProblem)
        {
            return false;
        }

        // The rule id itself is also accepted: "CSE002" for "B. CSE002 拒绝未给替代方案".
        var letter = Array.IndexOf(Letters, q.Answer);
        return letter >= 0 && q.Options[letter].AsSpan(3).StartsWith(given + " ", StringComparison.OrdinalIgnoreCase);
    }

    private (bool Ok, string Why) MarkRewrite(QuizQuestion q, string given)
    {
        if (given.Length == 0)
        {
            return (false, "未作答");
        }

        if (string.Equals(given, q.Draft, StringComparison.Ordinal))
        {
            return (false, "与原句相同");
        }

        foreach (var f in _linter.Lint(given).Findings)
        {
            if (f.Severity == Severity.Error || Contains(q.Rules, f.RuleId))
            {
                return (false, $"[{f.RuleId}] 「{f.MatchedText}」 {f.Message}");
            }
        }

        return (true, q.Explanation);
    }

    private QuizQuestion SpotProblem(int number, Item item, Random random)
    {
        var rules = _linter.Rules;
        var options = new List<RuleDefinition> { item.Rule };
        var pool = new List<RuleDefinition>();
        foreach (var r in rules)
        {
            if (!Contains(item.RuleIds, r.Id))
            {
                pool.Add(r);
            }
        }

        var shuffled = pool.ToArray();
        random.Shuffle(shuffled);
        for (var i = 0; i < shuffled.Length && options.Count < Letters.Length; i++)
        {
            options.Add(shuffled[i]);
        }

        var arranged = options.ToArray();
        random.Shuffle(arranged);
        var texts = new string[arranged.Length];
        var answer = string.Empty;
        for (var i = 0; i < arranged.Length; i++)
        {
            texts[i] = $"{Letters[i]}. {arranged[i].Id} {arranged[i].Title}";
            if (ReferenceEquals(arranged[i], item.Rule))
            {
                answer = Letters[i];
            }
        }

        return new QuizQuestion(number, QuizKind.SpotTheProblem, $"下面这句回复主要违反了哪条规范？「{item.Draft}」", item.Draft, texts, answer, item.RuleIds, item.Explanation);
    }

    private static QuizQuestion PickBetter(int number, Item item, Random random)
    {
        var betterFirst = random.Next(2) == 0;
        string[] options = betterFirst ? [$"A. {item.Better}", $"B. {item.Draft}"] : [$"A. {item.Draft}", $"B. {item.Better}"];
        return new QuizQuestion(number, QuizKind.PickTheBetterReply, "哪一句回复更好？", item.Draft, options, betterFirst ? "A" : "B", item.RuleIds, item.Explanation);
    }

    private Item[] Prepare(IPhraseRewriter rewriter)
    {
        var items = new List<Item>();
        foreach (var draft in _pack.QuizDrafts)
        {
            var report = _linter.Lint(draft);
            if (report.Findings.Count == 0)
            {
                continue; // a draft the loaded rules do not flag cannot be asked about
            }

            var first = report.Findings[0];
            RuleDefinition? rule = null;
            foreach (var r in _linter.Rules)
            {
                if (r.Id == first.RuleId)
                {
                    rule = r;
                    break;
                }
            }

            if (rule is null)
            {
                continue;
            }

            var ids = new List<string>();
            foreach (var f in report.Findings)
            {
                if (!ids.Contains(f.RuleId))
                {
                    ids.Add(f.RuleId);
                }
            }

            // The better reply is the rewrite only when it clears every rule the draft broke.
            var rewrite = rewriter.Rewrite(draft);
            string? better = null;
            if (rewrite.Changed && !string.Equals(rewrite.Text, draft, StringComparison.Ordinal))
            {
                better = rewrite.Text;
                foreach (var f in _linter.Lint(rewrite.Text).Findings)
                {
                    if (ids.Contains(f.RuleId) || f.Severity == Severity.Error)
                    {
                        better = null;
                        break;
                    }
                }
            }

            items.Add(new Item(draft, rule, ids, better, $"{rule.Id} {rule.Title}：{rule.Message}"));
        }

        return [.. items];
    }

    private static bool Contains(IReadOnlyList<string> list, string value)
    {
        foreach (var s in list)
        {
            if (string.Equals(s, value, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Item(string Draft, RuleDefinition Rule, List<string> RuleIds, string? Better, string Explanation);
}
