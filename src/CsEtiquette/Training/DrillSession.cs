using CsEtiquette.Linting;

namespace CsEtiquette.Training;

/// <summary>
/// One role-play drill in progress: shows the customer's message, takes the trainee's reply, judges it (skills
/// shown, linter findings, phrases to avoid) and moves to the customer's next turn — calmer after a good reply,
/// more upset after a poor one. Deterministic for a given seed (the seed picks among the customer's wordings).
/// Not thread-safe: one session per trainee; the pack and linter it uses are shared safely.
/// </summary>
public sealed class DrillSession
{
    private const double SkillWeight = 0.7;
    private const double ToneWeight = 0.3;
    private const int AvoidCap = 20;
    private static readonly string[] CarriedOver = ["CSE009"];

    private readonly TrainingPack _pack;
    private readonly IReplyLinter _linter;
    private readonly Random _random;
    private readonly List<DrillTurnResult> _turns = [];
    private readonly HashSet<ServiceSkill> _shownEver = [];
    private DrillTurn? _current;
    private string? _customerMessage;

    /// <summary>Starts a drill of <paramref name="scenario"/>.</summary>
    /// <param name="scenario">The scenario, usually from <paramref name="pack"/>.</param>
    /// <param name="pack">The pack whose skill cues judge replies; <see cref="TrainingPack.Default"/> when null.</param>
    /// <param name="linter">The linter for tone findings; <see cref="ReplyLinter.Default"/> when null.</param>
    /// <param name="seed">Chooses among the customer's interchangeable wordings; the same seed gives the same drill.</param>
    public DrillSession(DrillScenario scenario, TrainingPack? pack = null, IReplyLinter? linter = null, int seed = 0)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        Scenario = scenario;
        _pack = pack ?? TrainingPack.Default;
        _linter = linter ?? ReplyLinter.Default;
        _random = new Random(seed);
        MoveTo(scenario.Start);
    }

    /// <summary>The scenario being drilled.</summary>
    public DrillScenario Scenario { get; }

    /// <summary>Whether the conversation has ended.</summary>
    public bool IsFinished => _current is null;

    /// <summary>What the customer says now; <see langword="null"/> once the drill has ended.</summary>
    public string? CustomerMessage => _customerMessage;

    /// <summary>The turns judged so far.</summary>
    public IReadOnlyList<DrillTurnResult> Turns => _turns;

    /// <summary>Judges the trainee's <paramref name="reply"/> to <see cref="CustomerMessage"/> and moves on.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="reply"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The drill has already ended.</exception>
    public DrillTurnResult Answer(string reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var turn = _current ?? throw new InvalidOperationException("The drill has ended; read Result().");
        // Once the trainee has apologised or shown empathy, later replies need not repeat it (CSE009 carries over).
        var apologised = _shownEver.Contains(ServiceSkill.Apology) || _shownEver.Contains(ServiceSkill.Empathy);
        var context = new LintContext { IsComplaint = Scenario.IsComplaint, SuppressedRules = apologised ? CarriedOver : [] };
        var report = _linter.Lint(reply, context);
        var shown = _pack.Cues.Detect(reply);
        foreach (var s in shown)
        {
            _shownEver.Add(s);
        }

        var missing = new List<ServiceSkill>();
        foreach (var expected in turn.Expects)
        {
            if (!Contains(shown, expected))
            {
                missing.Add(expected);
            }
        }

        var avoided = new List<string>();
        foreach (var phrase in Scenario.Avoid)
        {
            if (reply.Contains(phrase, StringComparison.Ordinal))
            {
                avoided.Add(phrase);
            }
        }

        var errors = 0;
        var tone = 1.0;
        foreach (var f in report.Findings)
        {
            tone -= f.Severity switch { Severity.Error => 1.0, Severity.Warning => 0.25, _ => 0.1 };
            errors += f.Severity == Severity.Error ? 1 : 0;
        }

        var skillPart = turn.Expects.Count == 0 ? 1.0 : (turn.Expects.Count - missing.Count) / (double)turn.Expects.Count;
        var score = (int)Math.Round(100 * ((SkillWeight * skillPart) + (ToneWeight * Math.Max(0, tone))), MidpointRounding.AwayFromZero);
        if (avoided.Count > 0)
        {
            score = Math.Min(score, AvoidCap);
        }

        if (string.IsNullOrWhiteSpace(reply))
        {
            score = 0;
        }

        var good = missing.Count == 0 && errors == 0 && avoided.Count == 0 && !string.IsNullOrWhiteSpace(reply);
        var result = new DrillTurnResult(
            _turns.Count + 1, turn.Id, _customerMessage!, reply, report.Findings, shown, missing, avoided, score, good,
            Coach(missing, report.Findings, avoided));
        _turns.Add(result);
        MoveTo(good ? turn.Good : turn.Poor);
        return result;
    }

    /// <summary>
    /// The scorecard so far. Before the drill ends, the pending customer turn counts as an unanswered turn
    /// (score 0) and the drill does not pass.
    /// </summary>
    public DrillResult Result()
    {
        var total = 0;
        foreach (var t in _turns)
        {
            total += t.Score;
        }

        var count = _turns.Count + (IsFinished ? 0 : 1);
        var score = count == 0 ? 0 : (int)Math.Round(total / (double)count, MidpointRounding.AwayFromZero);
        var missed = new List<ServiceSkill>();
        foreach (var required in Scenario.Required)
        {
            if (!_shownEver.Contains(required))
            {
                missed.Add(required);
            }
        }

        var endedWell = IsFinished && _turns.Count > 0 && _turns[^1].IsGood;
        var passed = endedWell && missed.Count == 0 && score >= _pack.PassScore;
        return new DrillResult(Scenario.Id, score, passed, missed, _turns.ToArray(), IsFinished);
    }

    private void MoveTo(string id)
    {
        _current = id == DrillTurn.End ? null : Scenario.FindTurn(id);
        _customerMessage = _current is null ? null : _current.CustomerLines[_random.Next(_current.CustomerLines.Count)];
    }

    private List<string> Coach(List<ServiceSkill> missing, IReadOnlyList<Finding> findings, List<string> avoided)
    {
        var lines = new List<string>();
        foreach (var skill in missing)
        {
            lines.Add($"缺少「{_pack.TitleOf(skill)}」");
        }

        foreach (var phrase in avoided)
        {
            lines.Add($"避免说「{phrase}」");
        }

        foreach (var f in findings)
        {
            lines.Add($"[{f.RuleId}] {f.Message}");
        }

        return lines;
    }

    private static bool Contains(IReadOnlyList<ServiceSkill> list, ServiceSkill skill)
    {
        foreach (var s in list)
        {
            if (s == skill)
            {
                return true;
            }
        }

        return false;
    }
}
